import ArgumentParser
import StationKit

/// Built-in examples `simulate`, `sweep` and `compare --builtin` can run without files.
enum BuiltinExample: String, ExpressibleByArgument, CaseIterable {
    /// `Region.toy` (3 districts, 10 streets); `simulate` and `sweep` also take `Scenario.toy` when no
    /// scenario file is given.
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
}

/// `--data`, `--builtin`, `--runs` and `--initial-state`: the region a simulation runs over and its number
/// of Monte Carlo runs, shared by `simulate`, `sweep` and `compare`, which all load it through `load()`.
struct RegionOptions: ParsableArguments {
    @Option(help: "Dataset bundle folder whose districts, streets and open stations are simulated.")
    var data: String?

    @Option(help: "Built-in example region instead of --data: toy (3 districts; simulate and sweep also use its scenario when no SCENARIO is given).")
    var builtin: BuiltinExample?

    @Option(help: "Monte Carlo runs (default: the (first) scenario's horizon.runs).")
    var runs: Int?

    @Option(help: "Initial state of open stations: bundle (observed workers and scores) or scenario.")
    var initialState: InitialStateSource = .bundle

    func validate() throws {
        if let runs, runs < 1 { throw ValidationError("--runs must be at least 1") }
        if data == nil && builtin == nil { throw ValidationError("give --data BUNDLE (or --builtin toy for the toy region)") }
    }

    /// The region of `--data` (else the toy region), read with the observed initial state unless
    /// `--initial-state scenario`; warns on stderr for each district that has no streets.
    /// - Throws: `Region(bundleAt:initialState:)`'s `DataError` (missing bundle, exit 66) or `DataErrors`
    ///   (invalid data, exit 65).
    func load() throws -> Region {
        let region = try data.map { try Region(bundleAt: $0, initialState: initialState == .bundle) } ?? .toy
        for d in region.districtsWithoutStreets {
            warn("\(data ?? "toy"): district \(d.id) (\(d.name)) has no streets: its coverage, cost shares and scores are "
                 + "undefined (empty in csv, null in json, n = 0) and equity indices leave it out")
        }
        return region
    }

    /// The Monte Carlo runs for `scenario`: `--runs`, else its `horizon.runs`.
    func runs(of scenario: Scenario) -> Int { runs ?? scenario.horizon.runs }

    /// The simulator of the scenario file at `path` (nil: the built-in toy scenario) over `region`.
    /// - Throws: the file's `DataError`/`DataErrors` (see `ScenarioFile.load(path:)`), and `DataErrors` located
    ///   in the file for district or street ids the region does not have.
    static func simulator(scenario path: String?, region: Region) throws -> Simulator {
        guard let path else { return try Simulator(scenario: .toy, region: region) }
        return try ScenarioFile.load(path: path).simulator(region: region)
    }
}
