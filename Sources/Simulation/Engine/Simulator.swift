import Foundation
import Stats

/// A scenario prepared over a region, ready to run Monte Carlo replications.
///
/// Run k always uses stream k of the seed (`Xoshiro256StarStar(seed:stream: k)`) and writes its own
/// slot of the results, so results are identical for any number of threads and any sharding.
///
/// ```swift
/// let sim = try Simulator(scenario: .toy, region: .toy)
/// let result = try sim.run(seed: 7, runs: 1000, threads: 4)
/// print(result.table())
/// ```
public struct Simulator: Sendable {
    public let scenario: Scenario
    public let region: Region
    let inputs: StreetArrays

    /// Validates the scenario, the region, and the scenario's references to the region's districts and streets.
    /// - Throws: `ScenarioError` or `RegionError` listing every problem.
    public init(scenario: Scenario, region: Region) throws {
        try scenario.validate()
        try region.validate()
        self.scenario = scenario
        self.region = region
        inputs = try StreetArrays(scenario: scenario, region: region)
    }

    /// Runs `runs` (default `scenario.horizon.runs`) replications and summarises them across runs.
    /// - Parameters:
    ///   - seed: seed of the random streams.
    ///   - runs: number of runs (≥ 1).
    ///   - threads: worker threads (≥ 1); the result does not depend on it.
    ///   - progress: called with the number of finished runs, from worker threads.
    /// - Complexity: O(runs × years × streets × staff) time; O(runs × years × districts) memory.
    public func run(seed: UInt64, runs: Int? = nil, threads: Int = 1,
                    progress: (@Sendable (Int) -> Void)? = nil) throws -> SimulationResult {
        let count = runs ?? scenario.horizon.runs
        guard count >= 1 else { throw ScenarioError([ScenarioIssue("horizon.runs", "must be at least 1, got \(count)")]) }
        let perRun = records(seed: seed, runs: 0..<count, threads: threads, progress: progress)
        return try SimulationResult(records: [perRun], threads: threads)
    }

    /// The per-run outputs of runs `runs` (a shard), computed on `threads` workers.
    /// - Complexity: O(runs.count × years × streets × staff) time.
    public func records(seed: UInt64, runs: Range<Int>, threads: Int = 1,
                        progress: (@Sendable (Int) -> Void)? = nil) -> RunRecords {
        let years = scenario.horizon.years
        let units = inputs.districtCount + 1
        let m = RunState.metricCount
        let perRun = years * units * m
        var values = [Double](repeating: 0, count: runs.count * perRun)

        // Contiguous chunks of runs; each starts from its first run's stream and jumps forward.
        let workers = max(1, min(threads, runs.count))
        let chunkSize = (runs.count + workers - 1) / max(1, workers)
        var chunks: [(Range<Int>, Xoshiro256StarStar)] = []
        var stream = Xoshiro256StarStar(seed: seed, stream: runs.lowerBound)
        var lower = runs.lowerBound
        while lower < runs.upperBound {
            let upper = min(runs.upperBound, lower + chunkSize)
            chunks.append((lower..<upper, stream))
            for _ in lower..<upper { stream.jump() }
            lower = upper
        }
        let inputs = self.inputs
        let scenario = self.scenario
        let first = runs.lowerBound
        let finished = Counter()
        let jobs = chunks
        values.withUnsafeMutableBufferPointer { buffer in
            // Each run writes only its own slot [run − first] of the buffer: disjoint, no locking needed.
            nonisolated(unsafe) let slots = buffer
            DispatchQueue.concurrentPerform(iterations: jobs.count) { job in
                var random = jobs[job].1
                for runIndex in jobs[job].0 {
                    var state = RunState(inputs: inputs, scenario: scenario, random: random)
                    for year in 0..<years {
                        let start = ((runIndex - first) * years + year) * units * m
                        state.step(into: UnsafeMutableBufferPointer(rebasing: slots[start..<(start + units * m)]))
                    }
                    random.jump()
                    let done = finished.increment()
                    progress?(done)
                }
            }
        }
        return RunRecords(
            scenario: scenario, region: region.name, districts: region.districts.map(\.id),
            districtNames: region.districts.map(\.name), seed: seed,
            years: scenario.horizon.calendarYears, firstRun: runs.lowerBound, runCount: runs.count,
            metrics: Metric.allCases.map(\.name), values: values)
    }
}

/// A thread-safe count of finished runs, for progress reports.
final class Counter: @unchecked Sendable {
    private let lock = NSLock()
    private var value = 0

    /// Adds one and returns the new count.
    func increment() -> Int {
        lock.lock()
        defer { lock.unlock() }
        value += 1
        return value
    }
}
