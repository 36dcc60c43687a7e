/// `[horizon]`: which years are simulated and how many Monte Carlo runs.
public struct Horizon: Sendable, Equatable, Codable {
    enum CodingKeys: String, CodingKey {
        case startYear = "start_year"
        case years = "years"
        case runs = "runs"
    }

    /// `start_year`: first simulated year (calendar year, default 2021). Stations of the bundle that
    /// opened before this year are open at the start.
    public var startYear: Int = 2021
    /// `years`: number of simulated years (1…100, default 7, i.e. 2021–2027).
    public var years: Int = 7
    /// `runs`: Monte Carlo runs (1…10,000,000, default 1000); `--runs` overrides it.
    public var runs: Int = 1000

    public init(startYear: Int = 2021, years: Int = 7, runs: Int = 1000) {
        self.startYear = startYear
        self.years = years
        self.runs = runs
    }

    /// The simulated calendar years.
    public var calendarYears: [Int] { Array(startYear..<(startYear + years)) }

    func validate(into v: inout ScenarioValidator) {
        v.check(startYear, 1900...2200, "horizon.start_year")
        v.check(years, 1...100, "horizon.years")
        v.check(runs, 1...10_000_000, "horizon.runs")
    }
}
