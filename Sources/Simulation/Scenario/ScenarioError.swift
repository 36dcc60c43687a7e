import Data

/// One problem with a scenario: the dotted TOML key path (`funding.city_share`) and what is wrong.
public struct ScenarioIssue: Sendable, Equatable, CustomStringConvertible {
    /// Dotted key path as written in the scenario file, e.g. `staffing.hiring_probability`.
    public var keyPath: String
    /// What is wrong, with the allowed range and the value found.
    public var message: String

    public init(_ keyPath: String, _ message: String) {
        self.keyPath = keyPath
        self.message = message
    }

    public var description: String { "\(keyPath): \(message)" }
}

/// A scenario built in code failed validation. Every problem is listed; exit status 65 (bad data).
/// Scenarios loaded from a file report `DataErrors` with file:line:column instead.
public struct ScenarioError: StationKitError, Equatable, Sendable {
    /// All problems found, in the order of the scenario's sections.
    public var issues: [ScenarioIssue]

    public init(_ issues: [ScenarioIssue]) { self.issues = issues }

    public var exitStatus: ExitStatus { .dataError }

    public var description: String {
        "invalid scenario: " + issues.map(\.description).joined(separator: "; ")
    }
}

/// Collects range problems while a scenario validates itself.
struct ScenarioValidator {
    private(set) var issues: [ScenarioIssue] = []

    mutating func add(_ keyPath: String, _ message: String) {
        issues.append(ScenarioIssue(keyPath, message))
    }

    /// Checks `lower ≤ value ≤ upper` (and that value is finite).
    mutating func check(_ value: Double, _ range: ClosedRange<Double>, _ keyPath: String, unit: String = "") {
        if !value.isFinite || !range.contains(value) {
            let u = unit.isEmpty ? "" : " \(unit)"
            add(keyPath, "must be in [\(Self.text(range.lowerBound)), \(Self.text(range.upperBound))]\(u), got \(Self.text(value))")
        }
    }

    /// Checks `lower ≤ value ≤ upper` for integers.
    mutating func check(_ value: Int, _ range: ClosedRange<Int>, _ keyPath: String) {
        if !range.contains(value) {
            add(keyPath, "must be in [\(range.lowerBound), \(range.upperBound)], got \(value)")
        }
    }

    /// Shortest text for a number in messages (`1.5`, `0`, `inf`).
    static func text(_ x: Double) -> String {
        if x == x.rounded(), abs(x) < 1e15 { return String(Int64(x)) }
        return "\(x)"
    }
}
