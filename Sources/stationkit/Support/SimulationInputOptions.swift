import ArgumentParser
import StationKit

/// Built-in examples `simulate --builtin` and `sweep --builtin` can run without files.
enum BuiltinExample: String, ExpressibleByArgument, CaseIterable {
    /// `Region.toy` (3 districts, 10 streets) with `Scenario.toy`.
    case toy
}

/// Where the state of the stations open at the start comes from (`--initial-state`).
enum InitialStateSource: String, ExpressibleByArgument, CaseIterable {
    /// Each station's workers and total score in the bundle's last year before the start
    /// (staffing.csv, evaluations.csv); the scenario's values where the bundle has none.
    case bundle
    /// The scenario's `staffing.initial_staff` and `quality.initial_score` for every station; reads
    /// only districts, streets and stations (fast for a national bundle).
    case scenario

    /// The region of `--data` (nil: the toy region), with observations when the source is the bundle.
    func region(data: String?) throws -> Region {
        try data.map { try Region(bundleAt: $0, initialState: self == .bundle) } ?? .toy
    }
}

/// SCENARIO, `--data`, `--builtin` and `--runs`, shared by `simulate` and `sweep`.
struct SimulationInputOptions: ParsableArguments {
    @Argument(help: "Scenario file (TOML). Optional with --builtin, which then uses its own scenario.")
    var scenario: String?

    @Option(help: "Dataset bundle folder whose districts, streets and open stations are simulated.")
    var data: String?

    @Option(help: "Built-in example: toy (a 3-district region; its scenario unless SCENARIO is given).")
    var builtin: BuiltinExample?

    @Option(help: "Monte Carlo runs (default: the scenario's horizon.runs).")
    var runs: Int?

    @Option(help: "Initial state of open stations: bundle (observed workers and scores) or scenario.")
    var initialState: InitialStateSource = .bundle

    func validate() throws {
        if let runs, runs < 1 { throw ValidationError("--runs must be at least 1") }
        if scenario == nil && builtin == nil { throw ValidationError("give a SCENARIO file or --builtin toy") }
        if data == nil && builtin == nil { throw ValidationError("give --data BUNDLE (or --builtin toy for the toy region)") }
    }

    /// The scenario (file, or the built-in toy scenario) and the region (bundle, or the toy region).
    func load() throws -> (Scenario, Region) {
        let s = try scenario.map { try Scenario.load(path: $0) } ?? .toy
        let region = try loadRegion()
        return (s, region)
    }

    /// The region of `--data` (or the toy region), with a warning for each district that has no streets.
    private func loadRegion() throws -> Region {
        let region = try initialState.region(data: data)
        for d in region.districtsWithoutStreets {
            warn("\(data ?? "toy"): district \(d.id) (\(d.name)) has no streets: its coverage, cost shares and scores are "
                 + "undefined (empty in csv, null in json, n = 0) and equity indices leave it out")
        }
        return region
    }

    /// The simulator of the scenario over the region; problems with district or street ids are located
    /// in the scenario file.
    func simulator() throws -> Simulator {
        let region = try loadRegion()
        guard let scenario else { return try Simulator(scenario: .toy, region: region) }
        return try ScenarioFile.load(path: scenario).simulator(region: region)
    }
}
