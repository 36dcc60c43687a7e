import Foundation
import Stats

/// A scenario prepared over a region, ready to run Monte Carlo replications.
///
/// Run k always uses stream k of the seed (`Xoshiro256StarStar(seed:stream: k)`). Per-run outputs are
/// reduced as runs finish into exact streaming moments (`RunMoments`) and, for exact percentiles, the
/// per-run values of the city (and of the districts while `keepsDistrictRuns(totalRuns:)`), so memory
/// does not grow with runs beyond those values, and results are identical for any number of threads and
/// any sharding.
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

    /// Most per-run district values kept for exact district percentiles: 2²⁵ doubles (256 MB).
    /// Above it (e.g. 10,000 runs of a national region) districts report mean and sd only.
    public static let districtValueLimit = 1 << 25

    /// Validates the scenario, the region, and the scenario's references to the region's districts and streets.
    /// - Throws: `ScenarioError` or `RegionError` listing every problem.
    public init(scenario: Scenario, region: Region) throws {
        try scenario.validate()
        try region.validate()
        self.scenario = scenario
        self.region = region
        inputs = try StreetArrays(scenario: scenario, region: region)
    }

    /// Whether a study of `totalRuns` runs keeps per-run district values (exact district percentiles):
    /// `.all` always, `.none` never, `.auto` while runs × years × districts × metrics ≤ `districtValueLimit`.
    public func keepsDistrictRuns(totalRuns: Int, policy: DistrictPercentiles = .auto) -> Bool {
        switch policy {
        case .all: return true
        case .none: return false
        case .auto:
            let perRun = scenario.horizon.years * inputs.districtCount * RunState.metricCount
            return perRun == 0 || totalRuns <= Self.districtValueLimit / perRun
        }
    }

    /// Runs `runs` (default `scenario.horizon.runs`) replications and summarises them across runs.
    /// - Parameters:
    ///   - seed: seed of the random streams.
    ///   - runs: number of runs (≥ 1).
    ///   - threads: worker threads (≥ 1); the result does not depend on it.
    ///   - districtPercentiles: whether district p5/p50/p95 are computed (keeping per-run district values).
    ///   - progress: called with the number of finished runs, from worker threads.
    /// - Throws: `ScenarioError` when `runs` < 1.
    /// - Complexity: O(runs × years × streets × staff) time; O(threads × years × units × metrics) memory
    ///   plus the kept per-run values (city: runs × years × metrics).
    public func run(seed: UInt64, runs: Int? = nil, threads: Int = 1, districtPercentiles: DistrictPercentiles = .auto,
                    progress: (@Sendable (Int) -> Void)? = nil) throws -> SimulationResult {
        let count = runs ?? scenario.horizon.runs
        guard count >= 1 else { throw ScenarioError([ScenarioIssue("horizon.runs", "must be at least 1, got \(count)")]) }
        let perRun = records(seed: seed, runs: 0..<count, totalRuns: count, threads: threads,
                             districtPercentiles: districtPercentiles, progress: progress)
        return try SimulationResult(records: [perRun], threads: threads)
    }

    /// The contribution of runs `runs` (a shard of a study of `totalRuns` runs), computed on `threads` workers.
    /// - Parameters:
    ///   - totalRuns: the study's runs (with `districtPercentiles` `.auto` it decides whether district
    ///     values are kept; every shard of a study must pass the same); default `runs.upperBound`.
    ///   - districtPercentiles: see `keepsDistrictRuns(totalRuns:policy:)`.
    /// - Complexity: O(runs.count × years × streets × staff) time.
    public func records(seed: UInt64, runs: Range<Int>, totalRuns: Int? = nil, threads: Int = 1,
                        districtPercentiles: DistrictPercentiles = .auto,
                        progress: (@Sendable (Int) -> Void)? = nil) -> RunRecords {
        Self.records([self], difference: false, seed: seed, runs: runs, totalRuns: totalRuns ?? runs.upperBound,
                     districtPercentiles: districtPercentiles, threads: threads, progress: progress)[0]
    }

    /// Runs every simulator (same region and years) on the same run streams (common random numbers) and
    /// reduces each one's outputs, plus, with `difference`, the per-run difference last − first.
    static func records(_ sims: [Simulator], difference: Bool, seed: UInt64, runs: Range<Int>, totalRuns: Int,
                        districtPercentiles: DistrictPercentiles = .auto, threads: Int,
                        progress: (@Sendable (Int) -> Void)?) -> [RunRecords] {
        guard let lead = sims.first else { return [] }
        let years = lead.scenario.horizon.years
        let units = lead.inputs.districtCount + 1
        let m = RunState.metricCount
        let perRun = years * units * m
        let outputs = sims.count + (difference ? 1 : 0)
        let keepUnits = sims.allSatisfy { $0.keepsDistrictRuns(totalRuns: totalRuns, policy: districtPercentiles) } ? units : 1
        let keptPerRun = years * keepUnits * m

        // One run of every simulator into `out[i]` (zeroed first); the difference into the last block.
        let sims = sims
        @Sendable func simulate(_ random: Xoshiro256StarStar, into out: inout [[Double]]) {
            for (i, sim) in sims.enumerated() {
                var state = RunState(inputs: sim.inputs, scenario: sim.scenario, random: random)
                out[i].withUnsafeMutableBufferPointer { buffer in
                    // `step` writes every cell of its year: no clearing needed.
                    for year in 0..<years {
                        state.step(into: UnsafeMutableBufferPointer(rebasing: buffer[(year * units * m)..<((year + 1) * units * m)]))
                    }
                }
            }
            if difference, let a = out.first, sims.count >= 2 {
                let b = out[sims.count - 1]
                for j in 0..<perRun { out[sims.count][j] = b[j] - a[j] }
            }
        }

        // Contiguous chunks of runs; each starts from its first run's stream and jumps forward.
        let workers = max(1, min(threads, runs.count))
        let chunkSize = (runs.count + workers - 1) / workers
        var chunks: [(Range<Int>, Xoshiro256StarStar)] = []
        var stream = Xoshiro256StarStar(seed: seed, stream: runs.lowerBound)
        var lower = runs.lowerBound
        while lower < runs.upperBound {
            let upper = min(runs.upperBound, lower + chunkSize)
            chunks.append((lower..<upper, stream))
            for _ in lower..<upper { stream.jump() }
            lower = upper
        }
        let first = runs.lowerBound
        let finished = Counter()
        let jobs = chunks
        // Kept values of output i: [i][run − first][year][quantile unit][metric].
        let keptBlock = runs.count * keptPerRun
        var kept = [Double](repeating: .nan, count: outputs * keptBlock)
        // One set of moments per output, shared by the workers: each run is added block by block under the
        // block's lock, each worker starting at its own block. The sums are exact, so the order in which
        // runs and blocks arrive does not change a bit.
        var totals = (0..<outputs).map { _ in RunMoments(shift: [Double](repeating: 0, count: perRun)) }
        let blockCount = max(1, min(64, perRun))
        let blockLocks = (0..<blockCount).map { _ in NSLock() }
        totals.withUnsafeMutableBufferPointer { totalsBuffer in
            Self.withAccumulators(totalsBuffer) { accumulators in
                // Run 0 of the seed gives every cell's shift (RunMoments), whatever slice this is. It is
                // simulated once, by the worker whose chunk holds it (or, for a shard without run 0, by the
                // first worker that needs it), while the other workers simulate their first run; the shifts
                // are set before run 0 is handed to anyone.
                let pilot = PilotRun(seed: seed) { random in
                    var run = [[Double]](repeating: [Double](repeating: 0, count: perRun), count: outputs)
                    simulate(random, into: &run)
                    for (a, values) in zip(accumulators, run) { a.setShifts(fromRun0: values) }
                    return run
                }
                kept.withUnsafeMutableBufferPointer { keptBuffer in
                    // Each chunk writes only its own runs' kept slots: disjoint, no locking.
                    nonisolated(unsafe) let slots = keptBuffer
                    DispatchQueue.concurrentPerform(iterations: jobs.count) { job in
                        var random = jobs[job].1
                        var out = [[Double]](repeating: [Double](repeating: 0, count: perRun), count: outputs)
                        let firstBlock = job * blockCount / jobs.count
                        var shiftsSet = false
                        for runIndex in jobs[job].0 {
                            if runIndex == 0 { out = pilot.values() } else { simulate(random, into: &out) }
                            if !shiftsSet {
                                _ = pilot.values()  // the shifts are set before run 0 is handed out
                                shiftsSet = true
                            }
                            for t in 0..<blockCount {
                                let block = (firstBlock + t) % blockCount
                                let cells = (block * perRun / blockCount)..<((block + 1) * perRun / blockCount)
                                blockLocks[block].lock()
                                for i in 0..<outputs {
                                    out[i].withUnsafeBufferPointer { accumulators[i].add(run: $0, cells: cells) }
                                }
                                blockLocks[block].unlock()
                            }
                            for i in 0..<outputs {
                                out[i].withUnsafeBufferPointer { run in
                                    let base = i * keptBlock + (runIndex - first) * keptPerRun
                                    for year in 0..<years {
                                        for j in 0..<(keepUnits * m) {
                                            slots[base + year * keepUnits * m + j] = run[year * units * m + j]
                                        }
                                    }
                                }
                            }
                            random.jump()
                            progress?(finished.increment())
                        }
                    }
                }
                _ = pilot.values()  // shifts even for an empty slice
            }
        }
        return (0..<outputs).map { i in
            let total = totals[i]
            let sim = i < sims.count ? sims[i] : sims[sims.count - 1]
            return RunRecords(
                scenario: sim.scenario, region: sim.region.name, districts: sim.region.districts.map(\.id),
                districtNames: sim.region.districts.map(\.name), seed: seed,
                years: sim.scenario.horizon.calendarYears, firstRun: runs.lowerBound, runCount: runs.count,
                metrics: Metric.allCases.map(\.name), quantileUnits: keepUnits, moments: total,
                values: outputs == 1 ? kept : Array(kept[(i * keptBlock)..<((i + 1) * keptBlock)]))
        }
    }
}

extension Simulator {
    /// Calls `body` with an accumulator for each of `moments` (valid only inside `body`).
    static func withAccumulators<R>(_ moments: UnsafeMutableBufferPointer<RunMoments>, from i: Int = 0,
                                    _ opened: [MomentAccumulator] = [],
                                    _ body: ([MomentAccumulator]) -> R) -> R {
        guard i < moments.count else { return body(opened) }
        return moments[i].withAccumulator { withAccumulators(moments, from: i + 1, opened + [$0], body) }
    }
}

/// Whether district percentiles are computed, which keeps every run's district values in memory
/// (runs × years × districts × metrics doubles); mean and sd never need them.
public enum DistrictPercentiles: String, Sendable, CaseIterable {
    /// Keep them while they fit in `Simulator.districtValueLimit` doubles (256 MB).
    case auto
    /// Always keep them (exact district p5/p50/p95 whatever the memory).
    case all
    /// Never: districts report mean and sd only (p5/p50/p95 null); memory does not grow with runs.
    case none
}

/// Run 0 of a seed, simulated at most once per study slice and shared by the workers.
///
/// The first worker to ask claims it and simulates it; the others wait for it. A worker only waits
/// once the run has been claimed, and the claimer never waits, so there is no deadlock whatever order
/// the workers start in (Dispatch may run them one after another).
final class PilotRun: @unchecked Sendable {
    private let condition = NSCondition()
    private var claimed = false
    private var run: [[Double]]?
    private let seed: UInt64
    private let simulate: @Sendable (Xoshiro256StarStar) -> [[Double]]

    init(seed: UInt64, simulate: @escaping @Sendable (Xoshiro256StarStar) -> [[Double]]) {
        self.seed = seed
        self.simulate = simulate
    }

    /// Run 0's outputs (one array per simulator output), simulated by this call if nobody has yet.
    func values() -> [[Double]] {
        condition.lock()
        if let run {
            condition.unlock()
            return run
        }
        if claimed {
            while run == nil { condition.wait() }
            let values = run ?? []
            condition.unlock()
            return values
        }
        claimed = true
        condition.unlock()
        let values = simulate(Xoshiro256StarStar(seed: seed, stream: 0))
        condition.lock()
        run = values
        condition.broadcast()
        condition.unlock()
        return values
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
