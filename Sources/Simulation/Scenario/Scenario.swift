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
    /// `[horizon]`: years and runs.
    public var horizon = Horizon()
    /// `[funding]`: budgets, station cost and the city–district split.
    public var funding = Funding()
    /// `[rollout]`: priority and opening limits.
    public var rollout = Rollout()
    /// `[staffing]`: posts, pay, hiring, turnover.
    public var staffing = Staffing()
    /// `[supervision]`: the supervisor pool.
    public var supervision = Supervision()
    /// `[quality]`: score model, grades, operator replacement.
    public var quality = Quality()
    /// `[coverage]`: reach of workers and people served.
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
