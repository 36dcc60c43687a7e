import Data

extension Region {
    /// The districts, streets and stations of the dataset bundle in `folder`, read and validated by
    /// `DatasetBundle.load(at:tables:)` (every problem reported with file:line:column). Only those three
    /// tables are read: the per-station-year tables (evaluations.csv is 145 MB in a national bundle) are
    /// neither parsed nor validated.
    /// - Throws: `DataError` (exit 66) for a missing bundle, `DataErrors` (exit 65) for invalid data.
    public init(bundleAt folder: String) throws {
        try self.init(bundle: DatasetBundle.load(at: folder, tables: ["districts", "streets", "stations"]))
    }

    /// The region of a loaded bundle: districts.csv (`district_id, name, population, fiscal_capacity`),
    /// streets.csv (`street_id, district_id, name, kind, population, elderly, children, low_income,
    /// villages`; kind `street` is urban) and stations.csv (`street_id, opened`). Streets keep file order.
    /// - Throws: `DataError` when a column the simulation needs is missing or not numeric; `RegionError`
    ///   for an inconsistent region (a validated bundle has neither).
    public init(bundle: DatasetBundle) throws {
        let d = bundle.districts, s = bundle.streets, t = bundle.stations
        let dIDs = try d.strings("district_id").map { $0 ?? "" }
        let dNames = try d.strings("name").map { $0 ?? "" }
        let dPopulation = try d.doubles("population"), dFiscal = try d.doubles("fiscal_capacity")
        var districtIndex: [String: Int] = [:]
        for (i, id) in dIDs.enumerated() { districtIndex[id] = i }

        let sIDs = try s.strings("street_id").map { $0 ?? "" }
        let sDistricts = try s.strings("district_id").map { $0 ?? "" }
        let sNames = try s.strings("name").map { $0 ?? "" }
        let sKinds = try s.strings("kind")
        let population = try s.doubles("population"), elderly = try s.doubles("elderly")
        let children = try s.doubles("children"), lowIncome = try s.doubles("low_income")
        let villages = try s.doubles("villages")
        var streetIndex: [String: Int] = [:]
        for (i, id) in sIDs.enumerated() { streetIndex[id] = i }

        var opened = [Int?](repeating: nil, count: sIDs.count)
        for (street, year) in zip(try t.strings("street_id"), try t.doubles("opened")) {
            if let street, let i = streetIndex[street], year.isFinite { opened[i] = Int(year) }
        }
        var streets: [Street] = []
        streets.reserveCapacity(sIDs.count)
        for i in sIDs.indices {
            streets.append(Street(
                id: sIDs[i], district: districtIndex[sDistricts[i]] ?? -1, name: sNames[i], isUrban: sKinds[i] != "town",
                population: population[i], elderly: elderly[i], children: children[i], lowIncome: lowIncome[i],
                villages: villages[i], opened: opened[i]))
        }
        let districts = dIDs.indices.map {
            District(id: dIDs[$0], name: dNames[$0], population: dPopulation[$0], fiscalCapacity: dFiscal[$0])
        }
        try self.init(name: bundle.manifest.name, districts: districts, streets: streets)
    }
}
