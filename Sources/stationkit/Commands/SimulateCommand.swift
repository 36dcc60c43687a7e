import ArgumentParser
import Foundation
import StationKit

/// `--shard K/N`: the K-th (1-based) of N contiguous slices of the runs.
struct Shard: ExpressibleByArgument {
    var index: Int
    var count: Int

    init?(argument: String) {
        let parts = argument.split(separator: "/")
        guard parts.count == 2, let k = Int(parts[0]), let n = Int(parts[1]), n >= 1, (1...n).contains(k) else {
            return nil
        }
        index = k
        count = n
    }

    /// Runs of this shard out of `runs`: [(K−1)·runs/N, K·runs/N).
    func runs(of runs: Int) -> Range<Int> { ((index - 1) * runs / count)..<(index * runs / count) }
}

/// `stationkit simulate`: Monte Carlo simulation of a rollout and funding scenario.
struct SimulateCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "simulate",
        abstract: "Simulate a rollout and funding scenario (Monte Carlo over runs, yearly steps per street).",
        discussion: """
            Reads a scenario (TOML, every field optional and range-checked; see Sources/Simulation/Simulation.docc/SimulationModel.md) and \
            runs it over the districts and streets of a dataset bundle, or over the built-in toy region. \
            Prints, per year, for the city and each district: stations, coverage, villages reached, \
            people served, social workers, cost paid by the city and by districts, scores and grades, \
            and equity across districts, each as mean, sd and p5/p50/p95 across runs.

            Stations open at the start take their workers and last score from the bundle's latest year \
            before horizon.start_year (staffing.csv, evaluations.csv); --initial-state scenario uses the \
            scenario's initial_staff and initial_score instead and reads only districts, streets and stations.

            Runs are reduced as they finish: memory does not grow with --runs except for the city's \
            per-run values (exact p5/p50/p95) and, while they fit in 256 MB, the districts' (see \
            --district-percentiles). Same scenario, data and --seed give byte-identical output whatever \
            --threads. --shard K/N runs only the K-th of N contiguous slices of the runs and writes its \
            partial result (JSON, stationkit.simulation.runs/2); `stationkit merge` combines the N files \
            into exactly the unsharded result.

            Examples:
              stationkit simulate --builtin toy
              stationkit simulate --builtin toy --runs 5000 --seed 7 --threads 4 --format json --output toy.json
              stationkit simulate scenario.toml --builtin toy --format csv
              stationkit simulate scenario.toml --builtin toy --shard 2/8 --output shard-2.json
              stationkit simulate Datasets/jinan/scenarios/baseline.toml --data Datasets/jinan --initial-state scenario
              stationkit simulate national.toml --data NAT --runs 10000 --district-percentiles none --format csv
            """)

    @OptionGroup var inputs: SimulationInputOptions

    @Option(help: "Run only slice K of N (1-based, e.g. 3/16) and write its per-run records as JSON.")
    var shard: Shard?

    @Option(help: "District p5/p50/p95: auto (while per-run district values fit in 256 MB), all, or none (mean and sd only).")
    var districtPercentiles: DistrictPercentiles = .auto

    @OptionGroup var seedOptions: SeedOptions
    @OptionGroup var execution: ExecutionOptions
    @OptionGroup var output: OutputOptions

    func validate() throws {
        if shard != nil && output.format != .json && output.format != .table {
            throw ValidationError("--shard writes per-run records as JSON; --format csv does not apply")
        }
    }

    func run() throws {
        if let path = output.output { try AtomicFile.checkWritable(path) }
        let simulator = try inputs.simulator()
        let total = inputs.region.runs(of: simulator.scenario)
        let threads = execution.threadCount
        if let shard {
            let slice = shard.runs(of: total)
            let bar = ProgressBar.make(total: slice.count, label: "shard \(shard.index)/\(shard.count)", quiet: execution.quiet)
            let records = simulator.records(seed: seedOptions.seed, runs: slice, totalRuns: total, threads: threads,
                                            districtPercentiles: districtPercentiles,
                                            progress: bar?.callback)
            try Printer.emit(try records.json(), to: output.output)
            return
        }
        let bar = ProgressBar.make(total: total, label: "simulate", quiet: execution.quiet)
        let result = try simulator.run(seed: seedOptions.seed, runs: total, threads: threads,
                                       districtPercentiles: districtPercentiles, progress: bar?.callback)
        try Printer.emit(try ResultFormatter.render(result, as: output.format), to: output.output)
    }
}

extension DistrictPercentiles: ExpressibleByArgument {}
