import ArgumentParser
import Foundation
import StationKit

/// `stationkit compare`: two scenarios, paired run by run with common random numbers.
struct CompareCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "compare",
        abstract: "Compare two scenarios run by run with common random numbers (alternative − baseline).",
        discussion: """
            Runs BASELINE and ALTERNATIVE over the same region with the same --seed; run k of both sees
            the same street-year random draws, so the per-run difference isolates the effect of the
            parameters. Prints both trajectories and the paired difference with its 5–95% range.

            Examples:
              stationkit compare base.toml city60.toml --data Datasets/jinan --runs 1000
              stationkit compare base.toml city60.toml --data Datasets/jinan --format json --output cmp.json
            """)

    @Argument(help: "Baseline scenario (TOML).")
    var baseline: String

    @Argument(help: "Alternative scenario (TOML).")
    var alternative: String

    @Option(help: "Dataset bundle folder whose districts, streets and open stations are simulated.")
    var data: String?

    @Option(help: "Built-in example region: toy (instead of --data).")
    var builtin: BuiltinExample?

    @Option(help: "Monte Carlo runs (default: the baseline's horizon.runs).")
    var runs: Int?

    @Option(help: "Initial state of open stations: bundle (observed workers and scores) or scenario.")
    var initialState: InitialStateSource = .bundle

    @OptionGroup var seedOptions: SeedOptions
    @OptionGroup var execution: ExecutionOptions
    @OptionGroup var output: OutputOptions

    func validate() throws {
        if let runs, runs < 1 { throw ValidationError("--runs must be at least 1") }
        if data == nil && builtin == nil { throw ValidationError("give --data BUNDLE (or --builtin toy for the toy region)") }
        if output.format == .csv { throw ValidationError("compare prints table or json") }
    }

    func run() throws {
        if let path = output.output { try AtomicFile.checkWritable(path) }
        let region = try initialState.region(data: data)
        // Loaded with locations, so that unknown district or street ids point into the files.
        let a = try ScenarioFile.load(path: baseline).simulator(region: region).scenario
        let b = try ScenarioFile.load(path: alternative).simulator(region: region).scenario
        let total = runs ?? a.horizon.runs
        let bar = ProgressBar.make(total: total, label: "compare", quiet: execution.quiet)
        let comparison = try Comparison(
            baseline: a, alternative: b, region: region, seed: seedOptions.seed, runs: total,
            threads: execution.threads ?? ProcessInfo.processInfo.activeProcessorCount, progress: bar?.callback)
        try Printer.emit(output.format == .json ? try comparison.json() : comparison.table(), to: output.output)
    }
}
