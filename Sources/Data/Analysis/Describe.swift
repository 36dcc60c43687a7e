/// How `Describe` groups the panel.
public enum DescribeGrouping: String, Sendable, CaseIterable {
    /// One row per year (all districts).
    case year
    /// One row per district (all years pooled).
    case district
    /// One row per district and year.
    case districtYear = "district-year"

    var keys: [String] {
        switch self {
        case .year: return ["year"]
        case .district: return ["district_id", "district_name"]
        case .districtYear: return ["district_id", "district_name", "year"]
        }
    }
}

/// Descriptive statistics of a bundle by year, district or district-year.
///
/// Computed from the street-level panel (`Panel.build(_, level: .street)`); a group is a set of
/// street-years. Columns:
/// - `streets`: streets in the group (distinct);
/// - `stations_open`: open station-years ÷ years in the group (the count for one year, the
///   yearly mean when grouping by district alone);
/// - `coverage`: street-years with an open station ÷ street-years;
/// - `social_workers_per_station`: Σ social_workers ÷ open station-years;
/// - `certified_share`: Σ certified ÷ Σ social_workers;
/// - `funding_per_station`: Σ (city + district + other) ÷ open station-years, in the manifest's
///   money unit (万元 by default); `city_share`: Σ city ÷ Σ (city + district + other);
/// - `people_served`: Σ people_served ÷ years in the group (a yearly figure);
/// - `mean_score`: mean total score (Σ item scores) over evaluated station-years, computed in exact
///   decimal and rounded once (`DecimalTotals`);
/// - `grade_<G>_share`: share of evaluated station-years with grade G (grades.csv order, best first).
/// Ratios with a zero denominator are missing (NaN).
public enum Describe {
    /// The table of statistics, one row per group, sorted by the group keys.
    /// - Throws: `DataError` only for bundles lacking required columns.
    public static func table(_ b: DatasetBundle, by grouping: DescribeGrouping) throws -> Table {
        var p = try Panel.build(b, level: .street)
        let grades = try Grades(b)
        let g = try p.strings("grade")
        for id in grades.ids {
            try p.append("is_\(id)", .double(g.map { $0 == nil ? .nan : ($0 == id ? 1 : 0) }))
        }
        // Mean score in exact decimal (`DecimalTotals`): Σ (total · 10^d) ÷ (n · 10^d).
        let totals = try p.doubles("total_score")
        let places = DecimalTotals.places(totals) ?? 0
        try p.append("scaled_score", .double(places > 0 ? DecimalTotals.scaled(totals, places: places) : totals))
        let sums = ["open", "social_workers", "certified", "funding_total", "funding_city", "people_served"]
        var aggs = sums.map { Aggregation(.sum, $0, as: $0) }
        aggs.append(Aggregation(.count, "street_id", as: "street_years"))
        aggs.append(Aggregation(.sum, "scaled_score", as: "scaled_score_sum"))
        aggs.append(Aggregation(.count, "scaled_score", as: "scored"))
        aggs += grades.ids.map { Aggregation(.mean, "is_\($0)", as: "grade_\($0)_share") }
        var t = try p.grouped(by: grouping.keys, aggs).sorted(by: grouping.keys)
        let years = Double(grouping == .district ? b.manifest.years.count : 1)
        func col(_ n: String) throws -> [Double] { try t.doubles(n) }
        func ratio(_ a: [Double], _ b: [Double]) -> [Double] { zip(a, b).map { $1 > 0 ? $0 / $1 : .nan } }
        let open = try col("open"), streetYears = try col("street_years")
        let out: [(String, [Double])] = [
            ("streets", streetYears.map { $0 / years }),
            ("stations_open", open.map { $0 / years }),
            ("coverage", ratio(open, streetYears)),
            ("social_workers_per_station", ratio(try col("social_workers"), open)),
            ("certified_share", ratio(try col("certified"), try col("social_workers"))),
            ("funding_per_station", ratio(try col("funding_total"), open)),
            ("city_share", ratio(try col("funding_city"), try col("funding_total"))),
            ("people_served", try col("people_served").map { $0 / years }),
        ]
        var r = try t.selecting(grouping.keys)
        for (n, v) in out { try r.append(n, .double(v)) }
        let scale = DecimalTotals.scale(places)
        try r.append("mean_score", .double(ratio(try col("scaled_score_sum"), try col("scored").map { $0 * scale })))
        for id in grades.ids { try r.append("grade_\(id)_share", t.column("grade_\(id)_share")) }
        t = r
        return t
    }
}
