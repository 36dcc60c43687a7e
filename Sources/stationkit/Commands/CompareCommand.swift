import ArgumentParser
import Foundation
import StationKit

/// `stationkit compare`: two scenarios, paired run by run with common random numbers.
struct CompareCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "compare",
        abstract: "Compare two scenarios run by run with common random numbers (alternative − baseline).",
        discussion: """
            Runs BASELINE and ALTERNATIVE over the same region with the same --seed; run k of both sees \
            the same street-year random draws, so the per-run difference isolates the effect of the \
            parameters. Prints both trajectories and the paired difference with its 5–95% range.

            Examples:
              stationkit compare base.toml city60.toml --data Datasets/jinan --runs 1000
              stationkit compare base.toml city60.toml --data Datasets/jinan --format json --output cmp.json
            """)

    @Argument(help: "Baseline scenario (TOML).")
    var baseline: String

    @Argument(help: "Alternative scenario (TOML).")
    var alternative: String

    @OptionGroup var regionOptions: RegionOptions

    @OptionGroup var seedOptions: SeedOptions
    @OptionGroup var execution: ExecutionOptions
    @OptionGroup var output: OutputOptions

    func validate() throws {
        if output.format == .csv { throw ValidationError("compare prints table or json") }
    }

    func run() throws {
        if let path = output.output { try AtomicFile.checkWritable(path) }
        let region = try regionOptions.load()
        // Checked against the region here, so that unknown district or street ids point into the files.
        let a = try RegionOptions.simulator(scenario: baseline, region: region).scenario
        let b = try RegionOptions.simulator(scenario: alternative, region: region).scenario
        let total = regionOptions.runs(of: a)
        let bar = ProgressBar.make(total: total, label: "compare", quiet: execution.quiet)
        let comparison = try Comparison(
            baseline: a, alternative: b, region: region, seed: seedOptions.seed, runs: total,
            threads: execution.threadCount, progress: bar?.callback)
        try Printer.emit(output.format == .json ? try comparison.json() : comparison.table(), to: output.output)
    }
}
