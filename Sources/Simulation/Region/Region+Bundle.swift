import Data
import Foundation

extension Region {
    /// The districts, streets and open stations of a dataset bundle (BUNDLE.md): districts.csv,
    /// streets.csv and stations.csv as named in dataset.toml's `[tables]`.
    ///
    /// Interim reader until Data's bundle loader lands (it will validate the whole bundle); this one
    /// reads only the three tables the simulation needs and checks what it uses: required columns,
    /// numbers present and non-negative, known district and street ids.
    /// - Throws: `DataError`/`DataErrors` with file:line:column (66 when a file is missing, else 65).
    public init(bundleAt folder: String) throws {
        let base = URL(fileURLWithPath: folder)
        func path(_ name: String) -> String { base.appendingPathComponent(name).path }
        let manifest = try TOML.read(path("dataset.toml"))
        let name = manifest["name"]?.string ?? base.lastPathComponent
        let tables = manifest["tables"]?.table
        func file(_ key: String) -> String { tables?[key]?.string ?? "\(key).csv" }
        let text: [String: ColumnType] = ["district_id": .string, "street_id": .string, "station_id": .string,
                                           "name": .string, "kind": .string, "operator_id": .string]
        let dFile = try CSVReader.read(path(file("districts")), options: CSVReadOptions(schema: text))
        let sFile = try CSVReader.read(path(file("streets")), options: CSVReadOptions(schema: text))
        let tFile = try CSVReader.read(path(file("stations")), options: CSVReadOptions(schema: text))
        var errors: [DataError] = []
        func column(_ f: CSVFile, _ name: String) -> [Double] {
            guard let values = try? f.table.doubles(name) else {
                errors.append(DataError(at: SourceLocation(file: f.path, line: 1), "missing numeric column \(name)"))
                return [Double](repeating: 0, count: f.table.rowCount)
            }
            for (row, v) in values.enumerated() where !(v >= 0) {
                errors.append(DataError(at: f.location(row: row, column: name), "\(name) must be a number ≥ 0"))
            }
            return values
        }
        func strings(_ f: CSVFile, _ name: String) -> [String] {
            guard let values = try? f.table.strings(name) else {
                errors.append(DataError(at: SourceLocation(file: f.path, line: 1), "missing column \(name)"))
                return [String](repeating: "", count: f.table.rowCount)
            }
            return values.map { $0 ?? "" }
        }
        for f in [dFile, sFile, tFile] { errors += f.problems }

        let dIDs = strings(dFile, "district_id"), dNames = strings(dFile, "name")
        let dPop = column(dFile, "population"), dFiscal = column(dFile, "fiscal_capacity")
        var districtIndex: [String: Int] = [:]
        for (i, id) in dIDs.enumerated() { districtIndex[id] = i }

        let sIDs = strings(sFile, "street_id"), sDistricts = strings(sFile, "district_id")
        let sNames = strings(sFile, "name"), sKinds = strings(sFile, "kind")
        let pop = column(sFile, "population"), elderly = column(sFile, "elderly"), children = column(sFile, "children")
        let low = column(sFile, "low_income"), villages = column(sFile, "villages")
        var streetIndex: [String: Int] = [:]
        for (i, id) in sIDs.enumerated() { streetIndex[id] = i }

        var opened = [Int?](repeating: nil, count: sIDs.count)
        let tStreets = strings(tFile, "street_id")
        let tOpened = (try? tFile.table.doubles("opened")) ?? [Double](repeating: .nan, count: tFile.table.rowCount)
        for (row, street) in tStreets.enumerated() {
            guard let s = streetIndex[street] else {
                errors.append(DataError(at: tFile.location(row: row, column: "street_id"), "unknown street \(street)"))
                continue
            }
            if tOpened[row].isFinite { opened[s] = Int(tOpened[row]) }
        }
        var streets: [Street] = []
        for i in sIDs.indices {
            guard let d = districtIndex[sDistricts[i]] else {
                errors.append(DataError(at: sFile.location(row: i, column: "district_id"), "unknown district \(sDistricts[i])"))
                continue
            }
            streets.append(Street(id: sIDs[i], district: d, name: sNames[i], isUrban: sKinds[i] != "town",
                                  population: pop[i], elderly: elderly[i], children: children[i], lowIncome: low[i],
                                  villages: villages[i], opened: opened[i]))
        }
        if !errors.isEmpty { throw DataErrors(Array(errors.prefix(100)), omitted: max(0, errors.count - 100)) }
        let districts = dIDs.indices.map {
            District(id: dIDs[$0], name: dNames[$0], population: dPop[$0], fiscalCapacity: dFiscal[$0])
        }
        try self.init(name: name, districts: districts, streets: streets)
    }
}
