/// The unit of a panel: one row per station-year or per street-year.
public enum PanelLevel: String, Sendable, CaseIterable {
    /// Every station × every year of the manifest.
    case station
    /// Every street × every year; a street's station (at most one) is mapped onto it.
    case street
}

/// Analysis frames joined from all tables of a bundle.
///
/// Columns of a panel (missing where a table has no row for the unit-year):
/// - ids and time: `station_id`, `street_id`, `district_id`, `year`;
/// - rollout: `opened` and `cohort` (the opening year; empty if never), `years_since_opening`
///   (`year − opened`, negative before opening, empty if never), `open` (1 when the station
///   exists and `opened ≤ year`, else 0), `operator_id`;
/// - evaluation: `total_score` (Σ item scores of the station-year), `score_<level1>` for each
///   first-level area of framework.csv (in file order), `grade` (the first grade of grades.csv,
///   by decreasing `min_score`, whose `min_score ≤ total_score`);
/// - staffing.csv, services.csv columns as named there; the service counts (`cases`, `groups`,
///   `activities`, `people_served`, `villages_reached`) are 0 where `open` = 0, the untreated
///   value (a station that does not exist serves nobody), so a street panel has an outcome in
///   every street-year for difference-in-differences; funding as `funding_city`,
///   `funding_district`, `funding_other`, `funding_total` (their sum) and `spent`, in the
///   manifest's money unit (万元 by default);
/// - `funding_per_capita`: `funding_total / street population`, in 元 (yuan) per person when the
///   money unit is 万元 (× 10,000) or 元, otherwise in money units per person;
/// - street attributes (`street_name`, `street_kind`, `population`, `elderly`, `children`,
///   `low_income`, `villages`, `area_km2`, `lon`, `lat`) and district attributes
///   (`district_name`, `district_kind`, `district_population`, `fiscal_capacity`).
public enum Panel {
    /// Builds the panel of a validated bundle. O(units × years × columns) with hash joins.
    /// - Throws: `DataError` only if the bundle's tables lack required columns (not after `load`).
    public static func build(_ b: DatasetBundle, level: PanelLevel) throws -> Table {
        let years = Array(b.manifest.years)
        let streetIDs = try b.streets.strings("street_id")
        var sid: [String?] = []
        var yr: [Int] = []
        for s in streetIDs {
            for y in years {
                sid.append(s)
                yr.append(y)
            }
        }
        var t = try Table(name: "panel", [("street_id", .string(StringColumn(sid))), ("year", .int(yr))])
        let streets = try b.streets.renamed(["name": "street_name", "kind": "street_kind"])
        t = try t.joined(with: streets, on: ["street_id"], kind: .left)
        let districts = try b.districts.renamed(["name": "district_name", "kind": "district_kind", "population": "district_population"])
        t = try t.joined(with: districts, on: ["district_id"], kind: .left)
        t = try t.joined(with: b.stations, on: ["street_id"], kind: .left)
        try addRollout(&t)
        t = try t.joined(with: b.table("staffing"), on: ["station_id", "year"], kind: .left)
        let funding = try b.table("funding").renamed(["city": "funding_city", "district": "funding_district", "other": "funding_other"])
        t = try t.joined(with: funding, on: ["station_id", "year"], kind: .left)
        try addFundingTotals(&t, moneyUnit: b.manifest.moneyUnit)
        t = try t.joined(with: b.table("services"), on: ["station_id", "year"], kind: .left)
        try addUntreatedServiceCounts(&t)
        let (scores, areas) = try Scores.byStationYear(b)
        t = try t.joined(with: scores, on: ["station_id", "year"], kind: .left)
        let first = ["station_id", "street_id", "district_id", "year", "opened", "cohort", "years_since_opening", "open",
                     "operator_id", "total_score"] + areas.map { "score_\($0)" } + ["grade"]
        let order = first + t.columnNames.filter { !first.contains($0) }
        t = try t.selecting(order)
        if level == .station {
            let open = try t.strings("station_id").map { $0 != nil }
            t = try t.filtered(open).sorted(by: ["station_id", "year"])
        }
        return t
    }

    static func addRollout(_ t: inout Table) throws {
        let opened = try t.ints("opened")
        let year = try t.ints("year")
        try t.append("cohort", .int(opened))
        try t.append("years_since_opening", .int(zip(year, opened).map { $1 == IntMissing ? IntMissing : $0 - $1 }))
        try t.append("open", .int(zip(year, opened).map { $1 != IntMissing && $1 <= $0 ? 1 : 0 }))
    }

    /// Service counts of unit-years without an open station (`open` = 0: before opening, or a street
    /// with no station) are 0, the untreated value: a station that does not exist serves nobody.
    /// A unit-year with an open station but no services row stays missing.
    static func addUntreatedServiceCounts(_ t: inout Table) throws {
        let open = try t.ints("open")
        let counts = (TableSpec.all["services"]?.columns.map(\.0) ?? []).filter { $0 != "station_id" && $0 != "year" }
        for c in counts where t.has(c) {
            let v = try t.ints(c)
            try t.set(c, .int(zip(v, open).map { $1 == 0 && $0 == IntMissing ? 0 : $0 }))
        }
    }

    static func addFundingTotals(_ t: inout Table, moneyUnit: String) throws {
        var c = try t.doubles("funding_city"), d = try t.doubles("funding_district"), o = try t.doubles("funding_other")
        var scale = 1.0
        if let places = DecimalTotals.places(c + d + o) {
            (c, d, o) = (DecimalTotals.scaled(c, places: places), DecimalTotals.scaled(d, places: places),
                         DecimalTotals.scaled(o, places: places))
            scale = DecimalTotals.scale(places)
        }
        // Exact decimal total (`DecimalTotals`): 18.1 + 12.2 + 1.6 is 31.9.
        let total = (0..<t.rowCount).map { (c[$0] + d[$0] + o[$0]) / scale }
        try t.append("funding_total", .double(total))
        let perPerson = moneyUnit == "万元" ? 10_000.0 : 1.0
        let pop = try t.doubles("population")
        try t.append("funding_per_capita", .double(zip(total, pop).map { $1 > 0 ? $0 * perPerson / $1 : .nan }))
    }
}
