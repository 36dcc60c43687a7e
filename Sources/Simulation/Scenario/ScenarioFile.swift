import Data

/// A scenario read from a TOML file, with the place of every key, so that problems found later
/// (a district id the region does not have, a listed street that does not exist) are still reported
/// at file:line:column.
public struct ScenarioFile: Sendable {
    public let scenario: Scenario
    /// The file name used in locations.
    public let file: String
    private let reader: ScenarioTOMLReader

    /// Reads and validates the file (see `Scenario.load(path:)`).
    /// - Throws: `DataError` (missing file, exit 66; TOML syntax) or `DataErrors` with every problem.
    public static func load(path: String, displayName: String? = nil) throws -> ScenarioFile {
        let name = displayName ?? path
        var scenario = Scenario()
        let reader = try scenario.applyLocated(toml: TOML.read(path, displayName: name), file: name)
        return ScenarioFile(scenario: scenario, file: name, reader: reader)
    }

    /// The simulator of this scenario over `region`.
    /// - Throws: `DataErrors` located in the file when the scenario names districts or streets the
    ///   region does not have.
    public func simulator(region: Region) throws -> Simulator {
        do {
            return try Simulator(scenario: scenario, region: region)
        } catch let e as ScenarioError {
            throw DataErrors(e.issues.map { DataError(at: reader.location(of: $0.keyPath), "`\($0.keyPath)`: \($0.message)") })
        }
    }
}
