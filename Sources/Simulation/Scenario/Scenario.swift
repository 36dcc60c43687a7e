/// A rollout and funding scenario: every parameter of the simulation model (DESIGN.md, "Simulation
/// model"), each defaulted and range-checked. Build it in code or load it from TOML with `load(path:)`;
/// sections mirror the file's tables.
///
/// ```toml
/// name = "city pays 60%"
/// [horizon]
/// start_year = 2021
/// years = 7
/// [funding]
/// policy = "uniform"
/// city_share = 0.6
/// ```
public struct Scenario: Sendable, Equatable, Codable {
    enum CodingKeys: String, CodingKey {
        case name, horizon, funding, rollout, staffing, supervision, quality, coverage
    }

    /// `name`: a label for reports (default "scenario").
    public var name: String = "scenario"
    public var horizon = Horizon()
    public var funding = Funding()
    public var rollout = Rollout()
    public var staffing = Staffing()
    public var supervision = Supervision()
    public var quality = Quality()
    public var coverage = CoverageModel()

    /// The default scenario (every field at its documented default).
    public init(name: String = "scenario") { self.name = name }

    /// Every range problem of the scenario, in section order (empty when valid).
    public func issues() -> [ScenarioIssue] {
        var v = ScenarioValidator()
        horizon.validate(into: &v)
        funding.validate(into: &v)
        rollout.validate(into: &v)
        staffing.validate(into: &v)
        supervision.validate(into: &v)
        quality.validate(into: &v)
        coverage.validate(into: &v)
        return v.issues
    }

    /// Checks every field's range.
    /// - Throws: `ScenarioError` listing all problems (exit status 65).
    public func validate() throws {
        let found = issues()
        if !found.isEmpty { throw ScenarioError(found) }
    }
}
