/// The columns each bundle table must have (BUNDLE.md), their types and keys.
struct TableSpec: Sendable {
    let name: String
    let columns: [(String, ColumnType)]
    let key: [String]

    var schema: [String: ColumnType] { Dictionary(uniqueKeysWithValues: columns) }

    static let all: [String: TableSpec] = Dictionary(uniqueKeysWithValues: [
        TableSpec(name: "districts", columns: [
            ("district_id", .string), ("name", .string), ("kind", .string), ("population", .int), ("fiscal_capacity", .double),
        ], key: ["district_id"]),
        TableSpec(name: "streets", columns: [
            ("street_id", .string), ("district_id", .string), ("name", .string), ("kind", .string), ("population", .int),
            ("elderly", .int), ("children", .int), ("low_income", .int), ("villages", .int), ("area_km2", .double),
            ("lon", .double), ("lat", .double),
        ], key: ["street_id"]),
        TableSpec(name: "stations", columns: [
            ("station_id", .string), ("street_id", .string), ("opened", .int), ("operator_id", .string),
        ], key: ["station_id"]),
        TableSpec(name: "staffing", columns: [
            ("station_id", .string), ("year", .int), ("social_workers", .int), ("certified", .int),
            ("supervision_hours", .double), ("volunteers", .int), ("hires", .int), ("departures", .int), ("salary", .double),
        ], key: ["station_id", "year"]),
        TableSpec(name: "funding", columns: [
            ("station_id", .string), ("year", .int), ("city", .double), ("district", .double), ("other", .double), ("spent", .double),
        ], key: ["station_id", "year"]),
        TableSpec(name: "services", columns: [
            ("station_id", .string), ("year", .int), ("cases", .int), ("groups", .int), ("activities", .int),
            ("people_served", .int), ("villages_reached", .int),
        ], key: ["station_id", "year"]),
        TableSpec(name: "evaluations", columns: [
            ("station_id", .string), ("year", .int), ("item", .string), ("score", .double),
        ], key: ["station_id", "year", "item"]),
        TableSpec(name: "framework", columns: [
            ("item", .string), ("level1", .string), ("level2", .string), ("level3", .string), ("max_score", .double),
        ], key: ["item"]),
        TableSpec(name: "grades", columns: [
            ("grade", .string), ("min_score", .double), ("label", .string),
        ], key: ["grade"]),
    ].map { ($0.name, $0) })

    /// Columns that may not be negative (money, counts, sizes), by table.
    static let nonNegative: [String: [String]] = [
        "districts": ["population", "fiscal_capacity"],
        "streets": ["population", "elderly", "children", "low_income", "villages"],
        "staffing": ["social_workers", "certified", "supervision_hours", "volunteers", "hires", "departures", "salary"],
        "funding": ["city", "district", "other", "spent"],
        "services": ["cases", "groups", "activities", "people_served", "villages_reached"],
    ]

    /// Text columns restricted to a set of values.
    static let enums: [String: [(String, [String])]] = [
        "districts": [("kind", ["district", "county", "functional_zone"])],
        "streets": [("kind", ["street", "town"])],
    ]

    /// Per-station yearly tables (checked against the station's opening year).
    static let perStationYear = ["staffing", "funding", "services", "evaluations"]
}
