import Foundation

/// A dataset bundle read and validated: the manifest and typed tables (BUNDLE.md).
///
/// `load(at:)` reads every table with its schema and checks every rule of BUNDLE.md, reporting
/// all problems (up to a limit) with file:line:column, sorted by location. A bundle that loads
/// is consistent: ids resolve, keys are unique, values are in range.
public struct DatasetBundle: Sendable {
    /// The folder the bundle was read from.
    public let directory: String
    /// The parsed `dataset.toml`.
    public let manifest: DatasetManifest
    /// Tables by logical name (`districts`, `streets`, …); optional tables may be absent.
    public let tables: [String: Table]

    /// The districts table (always present).
    public var districts: Table { tables["districts"] ?? Table(name: "districts") }
    /// The streets table (always present).
    public var streets: Table { tables["streets"] ?? Table(name: "streets") }
    /// The stations table (always present).
    public var stations: Table { tables["stations"] ?? Table(name: "stations") }

    /// Number of tables read.
    public var tableCount: Int { tables.count }
    /// Total data rows over all tables.
    public var rowCount: Int { tables.values.reduce(0) { $0 + $1.rowCount } }

    /// Tables whose validation reads another table (references, opening years, villages, item maxima).
    static let validationNeeds: [String: [String]] = [
        "streets": ["districts"],
        "stations": ["streets"],
        "staffing": ["stations"],
        "funding": ["stations"],
        "services": ["stations", "streets"],
        "evaluations": ["stations", "framework"],
    ]

    /// `names` plus every table their validation needs, transitively (`streets` brings `districts`).
    static func closure(of names: Set<String>) -> Set<String> {
        var out = names
        var todo = Array(names)
        while let n = todo.popLast() {
            for m in validationNeeds[n] ?? [] where out.insert(m).inserted { todo.append(m) }
        }
        return out
    }

    /// Reads and validates the bundle in `directory`.
    /// - Parameters:
    ///   - directory: the folder holding `dataset.toml`.
    ///   - tables: when given, read only these logical tables plus those their validation needs
    ///     (`stations` needs `streets`, which needs `districts`; per-station-year tables need
    ///     `stations`; `services` also `streets`; `evaluations` also `framework`). The rules are checked
    ///     on what is read, so e.g. `["districts", "streets", "stations"]` skips parsing a large
    ///     evaluations.csv. nil (default) reads every table of the manifest. Names absent from the
    ///     manifest are skipped like any optional table.
    ///   - maxProblems: how many problems to list before "… and N more".
    /// - Throws: `DataError` (`.missingInput`, exit 66) when the folder or `dataset.toml` is
    ///   missing, (`.invalid`, exit 65) for a name in `tables` that is no bundle table; `DataErrors`
    ///   (exit 65) with every problem found otherwise.
    public static func load(at directory: String, tables: Set<String>? = nil, maxProblems: Int = 100) throws -> DatasetBundle {
        if let unknown = tables?.subtracting(TableSpec.all.keys).sorted().first {
            throw DataError(.invalid, at: SourceLocation(file: directory),
                            "'\(unknown)' is not a bundle table (one of \(TableSpec.all.keys.sorted().joined(separator: ", ")))")
        }
        let wanted = tables.map(closure)
        var isDir: ObjCBool = false
        guard FileManager.default.fileExists(atPath: directory, isDirectory: &isDir), isDir.boolValue else {
            throw DataError(.missingInput, at: SourceLocation(file: directory), "no such directory")
        }
        let manifestPath = join(directory, "dataset.toml")
        guard FileManager.default.fileExists(atPath: manifestPath) else {
            throw DataError(.missingInput, at: SourceLocation(file: manifestPath), "missing dataset.toml (every bundle has one, see BUNDLE.md)")
        }
        let toml = try TOML.read(manifestPath)
        var problems: [DataError] = []
        guard let manifest = DatasetManifest.parse(toml, file: manifestPath, problems: &problems) else {
            throw DataErrors(Array(problems.sorted { $0.location < $1.location }.prefix(maxProblems)),
                             omitted: max(0, problems.count - maxProblems))
        }
        var files: [String: CSVFile] = [:]
        var omitted = 0
        for (logical, file) in manifest.tables.sorted(by: { $0.key < $1.key }) {
            guard let spec = TableSpec.all[logical], wanted?.contains(logical) ?? true else { continue }
            let path = join(directory, file)
            guard FileManager.default.fileExists(atPath: path) else {
                let at = manifest.tableLocations[logical] ?? SourceLocation(file: manifestPath)
                problems.append(DataError(.invalid, at: at, "table file '\(file)' does not exist"))
                continue
            }
            let csv = try CSVReader.read(path, options: CSVReadOptions(schema: spec.schema, maxProblems: maxProblems))
            problems += csv.problems
            omitted += csv.omittedProblems
            files[logical] = csv
        }
        var validator = BundleValidator(manifest: manifest, files: files)
        validator.run()
        problems += validator.problems
        if !problems.isEmpty {
            problems.sort { $0.location < $1.location }
            let kept = Array(problems.prefix(maxProblems))
            throw DataErrors(kept, omitted: omitted + problems.count - kept.count)
        }
        return DatasetBundle(directory: directory, manifest: manifest, tables: files.mapValues(\.table))
    }

    static func join(_ dir: String, _ file: String) -> String {
        dir.hasSuffix("/") ? dir + file : dir + "/" + file
    }
}
