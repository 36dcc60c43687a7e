/// Two scenarios run over the same region with the same seed, and their paired differences.
///
/// With common random numbers (run k of both scenarios uses the same street-year random draws), the
/// per-run difference alternative − baseline isolates the effect of the parameters; its spread across
/// runs (sd, p5/p95) is the uncertainty of the effect, typically far smaller than the spread of either
/// scenario alone.
public struct Comparison: Sendable {
    public let baseline: SimulationResult
    public let alternative: SimulationResult
    /// Per (year, unit, metric): the distribution across runs of alternative − baseline (paired by run).
    public let difference: SimulationResult

    /// Runs both scenarios and pairs their runs.
    /// - Throws: `ScenarioError` when a scenario does not fit the region; `MergeError` when the two
    ///   scenarios simulate different years.
    public init(baseline: Scenario, alternative: Scenario, region: Region, seed: UInt64, runs: Int,
                threads: Int = 1, progress: (@Sendable (Int) -> Void)? = nil) throws {
        let a = try Simulator(scenario: baseline, region: region)
            .records(seed: seed, runs: 0..<runs, threads: threads, progress: progress)
        var shifted: (@Sendable (Int) -> Void)?
        if let progress { shifted = { progress(runs + $0) } }
        let b = try Simulator(scenario: alternative, region: region)
            .records(seed: seed, runs: 0..<runs, threads: threads, progress: shifted)
        try self.init(baseline: a, alternative: b)
    }

    /// Pairs the runs of two record sets of the same region, years and runs.
    /// - Throws: `MergeError` when they do not pair up.
    public init(baseline a: RunRecords, alternative b: RunRecords) throws {
        guard a.districts == b.districts, a.years == b.years, a.firstRun == b.firstRun, a.runCount == b.runCount,
              a.metrics == b.metrics, a.values.count == b.values.count else {
            throw MergeError("the two scenarios must cover the same region, years and runs to be compared")
        }
        baseline = try SimulationResult(records: [a])
        alternative = try SimulationResult(records: [b])
        var d = b
        d.values = zip(b.values, a.values).map { $0 - $1 }
        difference = try SimulationResult(records: [d])
    }

    /// A table for people: per year, the city's coverage and costs in both scenarios and the paired
    /// difference with its 5–95% range; then, for the final year, each district's coverage difference.
    public func table() -> String {
        let b = baseline, a = alternative, d = difference
        var out = "Comparison on \(b.region): \(b.runs) paired runs, seed \(b.seed), common random numbers\n"
        out += "baseline: \(b.scenario.name); alternative: \(a.scenario.name); difference = alternative − baseline\n"
        var rows: [[String]] = [["year", "coverage base", "coverage alt", "difference [p5, p95]", "cost city Δ",
                                 "cost district Δ"]]
        for (y, year) in b.years.enumerated() {
            rows.append([String(year), SimulationResult.fixed(b.value(.coverage, year: y).mean * 100, 1) + "%",
                         SimulationResult.fixed(a.value(.coverage, year: y).mean * 100, 1) + "%",
                         Self.range(d.value(.coverage, year: y), scale: 100, digits: 1, unit: " pt"),
                         Self.range(d.value(.costCity, year: y), scale: 1, digits: 1, unit: ""),
                         Self.range(d.value(.costDistrict, year: y), scale: 1, digits: 1, unit: "")])
        }
        out += SimulationResult.align(rows)
        guard let last = b.years.indices.last else { return out }
        out += "\nDistricts in \(b.years[last]) (coverage, difference in points):\n"
        var lines: [[String]] = [["district", "name", "base", "alt", "difference [p5, p95]"]]
        for k in 0..<b.districtCount {
            lines.append([b.districtIDs[k], b.districtNames[k],
                          SimulationResult.fixed(b.value(.coverage, year: last, district: k).mean * 100, 1) + "%",
                          SimulationResult.fixed(a.value(.coverage, year: last, district: k).mean * 100, 1) + "%",
                          Self.range(d.value(.coverage, year: last, district: k), scale: 100, digits: 1, unit: " pt")])
        }
        return out + SimulationResult.align(lines)
    }

    /// `{"schema": "stationkit.comparison/1", "baseline": …, "alternative": …, "difference": …}`, each a
    /// `stationkit.simulation/1` document (the difference's `scenario` is the alternative's).
    public func json() throws -> String {
        try SimulationResult.encodeJSON(ComparisonJSON(
            schema: "stationkit.comparison/1", baseline: baseline.document(), alternative: alternative.document(),
            difference: difference.document()))
    }

    private static func range(_ v: AcrossRuns, scale: Double, digits: Int, unit: String) -> String {
        let sign = v.mean >= 0 ? "+" : ""
        return "\(sign)\(SimulationResult.fixed(v.mean * scale, digits))\(unit) [\(SimulationResult.fixed(v.p5 * scale, digits)), "
            + "\(SimulationResult.fixed(v.p95 * scale, digits))]"
    }
}

struct ComparisonJSON: Encodable {
    var schema: String
    var baseline: ResultJSON
    var alternative: ResultJSON
    var difference: ResultJSON
}
