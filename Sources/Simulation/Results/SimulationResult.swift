import Data
import Foundation

/// The summary of a Monte Carlo simulation: every metric per year and unit (the city and each
/// district) as its distribution across runs (mean and sd always; p5/p50/p95 for the city, and for
/// districts when their per-run values were kept). Built from one or more `RunRecords` (shards), which
/// gives exactly the same result as one unsharded run.
public struct SimulationResult: Sendable {
    public let scenario: Scenario
    /// Region name and its districts (id, name) in unit order.
    public let region: String
    public let districtIDs: [String]
    public let districtNames: [String]
    public let seed: UInt64
    /// Calendar years.
    public let years: [Int]
    /// Number of runs summarised.
    public let runs: Int
    /// Exact moments of every cell, [year][unit][metric] (unit 0 = city, 1… = districts in region order);
    /// mean and sd are computed from them when asked for.
    let moments: RunMoments
    /// Units (city first) with percentiles.
    let percentileUnits: Int
    /// p5, p50, p95 of each cell of those units: [year][unit < percentileUnits][metric][3].
    let percentiles: [Double]

    /// Combines shards into the summaries of all their runs, on `threads` workers (the result does not
    /// depend on it, nor on how the runs were split into shards): mean and sd from the shards' exact
    /// moments, p5/p50/p95 from the kept per-run values (the city always; districts when kept, else NaN).
    /// - Throws: `MergeError` when the shards come from different scenarios, seeds or regions, keep
    ///   different units, or when their runs overlap or leave gaps (they must cover 0..<runs).
    /// - Complexity: O(cells × shards) for the moments (mean and sd are then O(1) per cell when asked for);
    ///   O(runs × kept cells × log runs) for the percentiles.
    public init(records: [RunRecords], threads: Int = 1) throws {
        let shards = records.sorted { $0.firstRun < $1.firstRun }
        guard let first = shards.first else { throw MergeError("no run records to summarise") }
        var next = 0
        for shard in shards {
            guard shard.schema == RunRecords.currentSchema else {
                throw MergeError("unknown records layout \(shard.schema), expected \(RunRecords.currentSchema)")
            }
            guard shard.scenario == first.scenario, shard.seed == first.seed, shard.region == first.region,
                  shard.districts == first.districts, shard.districtNames == first.districtNames,
                  shard.years == first.years, shard.metrics == first.metrics,
                  shard.quantileUnits == first.quantileUnits, shard.moments.shift == first.moments.shift else {
                throw MergeError("shard starting at run \(shard.firstRun) comes from a different scenario, seed, region "
                                 + "or study size")
            }
            guard shard.firstRun == next else {
                throw MergeError(shard.firstRun < next ? "runs overlap at run \(shard.firstRun)"
                                 : "runs \(next)..<\(shard.firstRun) are missing")
            }
            let cells = shard.years.count * shard.unitCount * shard.metrics.count
            guard (1...shard.unitCount).contains(shard.quantileUnits), shard.moments.cellCount == cells,
                  shard.values.count == shard.runCount * shard.years.count * shard.quantileUnits * shard.metrics.count else {
                throw MergeError("shard starting at run \(shard.firstRun) has values inconsistent with its run count")
            }
            next += shard.runCount
        }
        guard first.metrics == Metric.allCases.map(\.name) else {
            throw MergeError("records list metrics \(first.metrics), this version has \(Metric.allCases.map(\.name))")
        }
        scenario = first.scenario
        region = first.region
        districtIDs = first.districts
        districtNames = first.districtNames
        seed = first.seed
        years = first.years
        runs = next
        var moments = first.moments
        for shard in shards.dropFirst() { moments.add(shard.moments) }
        let kept = first.quantileUnits
        let m = Metric.allCases.count
        let runCount = next
        // Percentiles of each kept (year, unit) block, on its own slots: independent of the worker count.
        var percentiles = [Double](repeating: .nan, count: years.count * kept * m * 3)
        let blocks = years.count * kept
        let workers = max(1, min(threads, blocks))
        percentiles.withUnsafeMutableBufferPointer { buffer in
            nonisolated(unsafe) let slots = buffer
            DispatchQueue.concurrentPerform(iterations: workers) { worker in
                var column = [Double](repeating: 0, count: runCount)
                for block in stride(from: worker, to: blocks, by: workers) {
                    let year = block / kept, unit = block % kept
                    for metric in 0..<m {
                        var r = 0
                        for shard in shards {
                            for run in 0..<shard.runCount {
                                column[r] = shard.values[shard.index(run: run, year: year, unit: unit, metric: metric)]
                                r += 1
                            }
                        }
                        let q = AcrossRuns.percentiles(column)
                        let slot = 3 * (block * m + metric)
                        slots[slot] = q.p5
                        slots[slot + 1] = q.p50
                        slots[slot + 2] = q.p95
                    }
                }
            }
        }
        self.moments = moments
        self.percentileUnits = kept
        self.percentiles = percentiles
    }

    /// Number of districts.
    public var districtCount: Int { districtIDs.count }

    /// The distribution across runs of `metric` in year index `year` (0-based) for the city (`district` nil)
    /// or a district index.
    public func value(_ metric: Metric, year: Int, district: Int? = nil) -> AcrossRuns {
        let m = Metric.allCases.count
        let unit = district.map { $0 + 1 } ?? 0
        let v = moments.moments(cell: (year * (districtCount + 1) + unit) * m + metric.rawValue)
        guard unit < percentileUnits else { return AcrossRuns(n: v.n, mean: v.mean, sd: v.sd, p5: .nan, p50: .nan, p95: .nan) }
        let slot = 3 * ((year * percentileUnits + unit) * m + metric.rawValue)
        return AcrossRuns(n: v.n, mean: v.mean, sd: v.sd,
                          p5: percentiles[slot], p50: percentiles[slot + 1], p95: percentiles[slot + 2])
    }

    /// The mean across runs of `metric` for every year (city or a district).
    public func means(_ metric: Metric, district: Int? = nil) -> [Double] {
        years.indices.map { value(metric, year: $0, district: district).mean }
    }
}

/// Shards cannot be combined (exit status 65).
public struct MergeError: StationKitError, Equatable, Sendable {
    public var message: String
    public init(_ message: String) { self.message = message }
    public var exitStatus: ExitStatus { .dataError }
    public var description: String { "cannot merge run records: \(message)" }
}
