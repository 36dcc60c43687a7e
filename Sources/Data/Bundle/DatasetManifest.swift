import Foundation

/// The manifest of a dataset bundle (`dataset.toml`, format in BUNDLE.md / DESIGN.md).
public struct DatasetManifest: Sendable {
    /// Short name of the dataset.
    public var name: String
    public var description: String?
    /// Whether the data were generated (and must then record a seed).
    public var synthetic: Bool
    public var seed: Int?
    /// The command that generated the data, when synthetic.
    public var generator: String?
    /// First and last year of the panel (inclusive).
    public var firstYear: Int
    public var lastYear: Int
    /// Unit of every money column (default 万元 = 10,000 yuan).
    public var moneyUnit: String
    /// Table files by logical name (`districts` → `districts.csv`).
    public var tables: [String: String]
    /// Where each `[tables]` value was written (for "file not found" messages).
    public var tableLocations: [String: SourceLocation]
    /// The `[planted]` table as written (the generator's truth), kept raw.
    public var planted: TOMLTable?

    /// The years of the panel, `firstYear...lastYear`.
    public var years: ClosedRange<Int> { firstYear...max(firstYear, lastYear) }

    /// The logical table names a bundle may list; the first three are required.
    public static let knownTables = [
        "districts", "streets", "stations", "staffing", "funding", "services", "evaluations", "framework", "grades",
    ]
    /// Tables every bundle must have.
    public static let requiredTables = ["districts", "streets", "stations"]
    static let knownKeys = [
        "name", "description", "synthetic", "seed", "generator", "first_year", "last_year", "money_unit", "tables", "planted",
    ]

    /// Reads `dataset.toml` at `path`.
    /// - Throws: `DataError` (`.missingInput`) when unreadable, a TOML syntax `DataError`, or
    ///   `DataErrors` listing every problem (unknown keys, missing or mistyped values).
    public static func load(_ path: String) throws -> DatasetManifest {
        let toml = try TOML.read(path)
        var problems: [DataError] = []
        let m = parse(toml, file: path, problems: &problems)
        if let m, problems.isEmpty { return m }
        throw DataErrors(problems.sorted { $0.location < $1.location })
    }

    /// Builds a manifest from parsed TOML, appending every problem; nil when a required value is unusable.
    static func parse(_ t: TOMLTable, file: String, problems: inout [DataError]) -> DatasetManifest? {
        let top = SourceLocation(file: file, line: 1, column: 1)
        func bad(_ loc: SourceLocation, _ m: String) { problems.append(DataError(.invalid, at: loc, m)) }
        for e in t.entries where !knownKeys.contains(e.key) {
            bad(e.keyLocation, "unknown key '\(e.key)' (known: \(knownKeys.joined(separator: ", ")))")
        }
        func value<T>(_ key: String, _ type: String, required: Bool, _ get: (TOMLValue) -> T?) -> T? {
            guard let v = t[key] else {
                if required { bad(top, "missing required key '\(key)'") }
                return nil
            }
            guard let x = get(v) else {
                bad(v.location, "'\(key)' must be \(type), found \(v.typeName)")
                return nil
            }
            return x
        }
        let name = value("name", "a string", required: true) { $0.string }
        let description = value("description", "a string", required: false) { $0.string }
        let synthetic = value("synthetic", "a boolean", required: true) { $0.bool }
        let seed = value("seed", "an integer", required: synthetic == true) { $0.integer }
        let generator = value("generator", "a string", required: false) { $0.string }
        let first = value("first_year", "an integer", required: true) { $0.integer }
        let last = value("last_year", "an integer", required: true) { $0.integer }
        let unit = value("money_unit", "a string", required: false) { $0.string } ?? "万元"
        let planted = value("planted", "a table", required: false) { $0.table }
        if let first, let last, last < first, let loc = t["last_year"]?.location {
            bad(loc, "last_year \(last) is before first_year \(first)")
        }
        var tables: [String: String] = [:]
        var tableLocations: [String: SourceLocation] = [:]
        if let tt = value("tables", "a table", required: true, { $0.table }) {
            for e in tt.entries {
                guard knownTables.contains(e.key) else {
                    bad(e.keyLocation, "unknown table '\(e.key)' (known: \(knownTables.joined(separator: ", ")))")
                    continue
                }
                guard let f = e.value.string else {
                    bad(e.value.location, "table '\(e.key)' must be a file name (string), found \(e.value.typeName)")
                    continue
                }
                tables[e.key] = f
                tableLocations[e.key] = e.value.location
            }
            let at = t["tables"]?.location ?? top
            for r in requiredTables where tables[r] == nil && tt[r] == nil {
                bad(at, "[tables] must list '\(r)'")
            }
        }
        guard let name, let synthetic, let first, let last else { return nil }
        return DatasetManifest(
            name: name, description: description, synthetic: synthetic, seed: seed, generator: generator,
            firstYear: first, lastYear: last, moneyUnit: unit, tables: tables, tableLocations: tableLocations,
            planted: planted)
    }
}
