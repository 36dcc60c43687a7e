import Data

extension Region {
    /// The districts, streets and stations of the dataset bundle in `folder`, read and validated by
    /// `DatasetBundle.load(at:tables:)` (every problem reported with file:line:column).
    /// - Parameters:
    ///   - folder: the bundle folder.
    ///   - initialState: also read staffing.csv and evaluations.csv (when the manifest lists them) for
    ///     each station's observed workers and total score, the simulation's initial state (default true).
    ///     False reads only the three tables above: a national bundle's 145 MB evaluations.csv is then
    ///     neither parsed nor validated.
    /// - Throws: `DataError` (exit 66) for a missing bundle, `DataErrors` (exit 65) for invalid data.
    public init(bundleAt folder: String, initialState: Bool = true) throws {
        let tables: Set<String> = initialState ? ["districts", "streets", "stations", "staffing", "evaluations"]
            : ["districts", "streets", "stations"]
        try self.init(bundle: DatasetBundle.load(at: folder, tables: tables))
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
        var stationStreet: [String: Int] = [:]
        for (station, (street, year)) in zip(try t.strings("station_id"), zip(try t.strings("street_id"), try t.doubles("opened"))) {
            guard let street, let i = streetIndex[street] else { continue }
            if year.isFinite { opened[i] = Int(year) }
            if let station { stationStreet[station] = i }
        }
        let observations = try Self.observations(bundle, streetOfStation: stationStreet, streets: sIDs.count)
        var streets: [Street] = []
        streets.reserveCapacity(sIDs.count)
        for i in sIDs.indices {
            streets.append(Street(
                id: sIDs[i], district: districtIndex[sDistricts[i]] ?? -1, name: sNames[i], isUrban: sKinds[i] != "town",
                population: population[i], elderly: elderly[i], children: children[i], lowIncome: lowIncome[i],
                villages: villages[i], opened: opened[i], observations: observations[i]))
        }
        let districts = dIDs.indices.map {
            District(id: dIDs[$0], name: dNames[$0], population: dPopulation[$0], fiscalCapacity: dFiscal[$0])
        }
        try self.init(name: bundle.manifest.name, districts: districts, streets: streets)
    }

    /// Per street, the yearly social workers (staffing.csv) and total score (Σ evaluations.csv scores) of
    /// its station, by year ascending; empty when the bundle has neither table.
    private static func observations(_ bundle: DatasetBundle, streetOfStation: [String: Int],
                                     streets: Int) throws -> [[Observation]] {
        var byStreet = [[Int: Observation]](repeating: [:], count: streets)
        if let sf = bundle.tables["staffing"] {
            let ids = try sf.strings("station_id"), years = try sf.ints("year"), workers = try sf.doubles("social_workers")
            for i in 0..<sf.rowCount {
                guard let id = ids[i], let s = streetOfStation[id], workers[i].isFinite else { continue }
                let y = years[i]
                byStreet[s][y, default: Observation(year: y, workers: nil, score: nil)].workers = max(0, Int(workers[i].rounded()))
            }
        }
        if let ev = bundle.tables["evaluations"] {
            let ids = try ev.strings("station_id"), years = try ev.ints("year"), scores = try ev.doubles("score")
            for i in 0..<ev.rowCount {
                guard let id = ids[i], let s = streetOfStation[id], scores[i].isFinite else { continue }
                let y = years[i]
                byStreet[s][y, default: Observation(year: y, workers: nil, score: nil)].score =
                    (byStreet[s][y]?.score ?? 0) + scores[i]
            }
        }
        return byStreet.map { $0.values.sorted { $0.year < $1.year } }
    }
}
