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

    /// Runs both scenarios on the same run streams (common random numbers) and reduces, as runs finish,
    /// each scenario's outputs and their per-run difference alternative − baseline.
    /// - Throws: `ScenarioError` when a scenario does not fit the region or `runs` < 1; `MergeError` when
    ///   the two scenarios simulate different years.
    public init(baseline: Scenario, alternative: Scenario, region: Region, seed: UInt64, runs: Int,
                threads: Int = 1, progress: (@Sendable (Int) -> Void)? = nil) throws {
        let a = try Simulator(scenario: baseline, region: region)
        let b = try Simulator(scenario: alternative, region: region)
        guard runs >= 1 else { throw ScenarioError([ScenarioIssue("horizon.runs", "must be at least 1, got \(runs)")]) }
        guard a.scenario.horizon.calendarYears == b.scenario.horizon.calendarYears else {
            throw MergeError("the two scenarios must cover the same region, years and runs to be compared")
        }
        let r = Simulator.records([a, b], difference: true, seed: seed, runs: 0..<runs, totalRuns: runs,
                                  threads: threads, progress: progress)
        self.baseline = try SimulationResult(records: [r[0]], threads: threads)
        self.alternative = try SimulationResult(records: [r[1]], threads: threads)
        difference = try SimulationResult(records: [r[2]], threads: threads)
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
