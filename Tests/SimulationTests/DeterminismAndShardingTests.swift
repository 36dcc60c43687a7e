import Simulation
import TestSupport
import XCTest

final class DeterminismAndShardingTests: XCTestCase {
    func testJSONIsByteIdenticalForAnyThreadCount() throws {
        var scenario = Scenario.toy
        scenario.rollout.priority = .random
        scenario.funding.policy = .performance
        let sim = try Simulator(scenario: scenario, region: .toy)
        for seed: UInt64 in [1, 7, 20201001] {
            let one = try sim.run(seed: seed, runs: 37, threads: 1).json()
            XCTAssertEqual(try sim.run(seed: seed, runs: 37, threads: 2).json(), one, "seed \(seed)")
            XCTAssertEqual(try sim.run(seed: seed, runs: 37, threads: 5).json(), one, "seed \(seed)")
        }
    }

    func testDifferentSeedsGiveDifferentRuns() throws {
        let sim = try Simulator(scenario: .toy, region: .toy)
        XCTAssertNotEqual(try sim.run(seed: 1, runs: 20).json(), try sim.run(seed: 2, runs: 20).json())
    }

    func testMergedShardsEqualTheUnshardedRun() throws {
        let sim = try Simulator(scenario: .toy, region: .toy)
        for seed: UInt64 in [3, 11] {
            let whole = try sim.run(seed: seed, runs: 50, threads: 2).json()
            let shards = [sim.records(seed: seed, runs: 20..<50), sim.records(seed: seed, runs: 0..<7, threads: 2),
                          sim.records(seed: seed, runs: 7..<20)]
            XCTAssertEqual(try SimulationResult(records: shards).json(), whole)
            // Through JSON files, as `stationkit merge` reads them.
            let decoded = try shards.map { try JSONDecoder().decode(RunRecords.self, from: JSONEncoder().encode($0)) }
            XCTAssertEqual(try SimulationResult(records: decoded).json(), whole)
        }
    }

    /// With district percentiles off, a slice holds only the city's per-run values (years × metrics per
    /// run) besides moments of fixed size, and sharded, threaded and whole runs still agree byte for byte.
    func testWithoutDistrictPercentilesOnlyCityValuesGrowWithRuns() throws {
        let sim = try Simulator(scenario: .toy, region: .toy)
        let cityPerRun = 7 * Metric.allCases.count
        for runs in [20, 200] {
            let r = sim.records(seed: 4, runs: 0..<runs, districtPercentiles: .none)
            XCTAssertEqual(r.quantileUnits, 1)
            XCTAssertEqual(r.values.count, runs * cityPerRun)
        }
        XCTAssertEqual(sim.records(seed: 4, runs: 0..<20).quantileUnits, 4, "auto keeps a small region's districts")
        let whole = try sim.run(seed: 6, runs: 45, threads: 1, districtPercentiles: .none)
        let shards = [sim.records(seed: 6, runs: 30..<45, totalRuns: 45, threads: 2, districtPercentiles: .none),
                      sim.records(seed: 6, runs: 0..<30, totalRuns: 45, districtPercentiles: .none)]
        XCTAssertEqual(try SimulationResult(records: shards).json(), try whole.json())
        XCTAssertEqual(try sim.run(seed: 6, runs: 45, threads: 3, districtPercentiles: .none).json(), try whole.json())
        XCTAssertTrue(whole.value(.coverage, year: 3, district: 0).p50.isNaN)
        XCTAssertFalse(whole.value(.coverage, year: 3, district: 0).sd.isNaN)
        // Mean and sd do not depend on whether the district values were kept.
        let kept = try sim.run(seed: 6, runs: 45, districtPercentiles: .all)
        for metric in Metric.allCases where !metric.isCityOnly {
            XCTAssertEqual(kept.value(metric, year: 5, district: 2).mean.bitPattern, whole.value(metric, year: 5, district: 2).mean.bitPattern)
            XCTAssertEqual(kept.value(metric, year: 5, district: 2).sd.bitPattern, whole.value(metric, year: 5, district: 2).sd.bitPattern)
        }
    }

    func testMergeRejectsGapsOverlapsAndForeignShards() throws {
        let sim = try Simulator(scenario: .toy, region: .toy)
        let a = sim.records(seed: 1, runs: 0..<5)
        XCTAssertThrowsError(try SimulationResult(records: [a, sim.records(seed: 1, runs: 6..<9)])) {
            XCTAssertTrue("\($0)".contains("runs 5..<6 are missing"), "\($0)")
        }
        XCTAssertThrowsError(try SimulationResult(records: [a, sim.records(seed: 1, runs: 4..<9)])) {
            XCTAssertTrue("\($0)".contains("overlap"), "\($0)")
        }
        XCTAssertThrowsError(try SimulationResult(records: [a, sim.records(seed: 2, runs: 5..<9)]))
    }

    /// Common random numbers: with one seed, more city money can only open stations earlier, so
    /// expected coverage never falls as the city's budget rises.
    func testRaisingCityBudgetNeverLowersExpectedCoverage() throws {
        for seed: UInt64 in [5, 99] {
            var previous: [Double]?
            for budget in [20.0, 45, 70, 120] {
                var s = Scenario.toy
                s.funding.cityBudget = budget
                let coverage = try Simulator(scenario: s, region: .toy).run(seed: seed, runs: 60, threads: 2)
                    .means(.coverage)
                if let previous {
                    for (y, (now, before)) in zip(coverage, previous).enumerated() {
                        XCTAssertGreaterThanOrEqual(now, before, "seed \(seed) budget \(budget) year \(2021 + y)")
                    }
                }
                previous = coverage
            }
        }
    }
}

final class SweepTests: XCTestCase {
    func testSweepPointsEqualSeparateRunsWithTheSameSeed() throws {
        let sweep = try Sweep(base: .toy, axes: [try SweepAxis(parsing: "funding.city_share=0.4, 0.6"),
                                                 SweepAxis(key: "rollout.priority", values: ["need", "\"urban_first\""])])
        XCTAssertEqual(sweep.points.map { $0.settings.map(\.value) },
                       [["0.4", "need"], ["0.4", "\"urban_first\""], ["0.6", "need"], ["0.6", "\"urban_first\""]])
        let result = try sweep.run(region: .toy, seed: 4, runs: 12, threads: 2)
        var s = Scenario.toy
        s.funding.cityShare = 0.6
        s.rollout.priority = .urbanFirst
        XCTAssertEqual(try result.results[3].json(), try Simulator(scenario: s, region: .toy).run(seed: 4, runs: 12).json())
    }

    func testSweepRejectsUnknownKeysAndOutOfRangeValues() {
        XCTAssertThrowsError(try Sweep(base: .toy, axes: [SweepAxis(key: "funding.city_shar", values: ["0.5"])])) {
            XCTAssertTrue("\($0)".contains("unknown key `funding.city_shar`"), "\($0)")
        }
        XCTAssertThrowsError(try Sweep(base: .toy, axes: [SweepAxis(key: "funding.city_share", values: ["0.5", "1.5"])])) {
            XCTAssertEqual("\($0)", "--vary funding.city_share=1.5:1:22: `funding.city_share` must be in [0, 1], got 1.5")
        }
        XCTAssertThrowsError(try SweepAxis(parsing: "funding.city_share"))
    }
}

final class ComparisonTests: XCTestCase {
    /// The paired difference is computed run by run: its mean equals the difference of the means, and
    /// with common random numbers it is less spread than the difference of independent runs would be.
    func testPairedDifferenceMatchesTheRunsAndIsZeroForIdenticalScenarios() throws {
        var richer = Scenario.toy
        richer.funding.cityBudget = 140
        richer.funding.policy = .capacity
        let c = try Comparison(baseline: .toy, alternative: richer, region: .toy, seed: 8, runs: 40, threads: 2)
        for y in 0..<7 {
            let d = c.difference.value(.coverage, year: y)
            assertClose(d.mean, c.alternative.value(.coverage, year: y).mean - c.baseline.value(.coverage, year: y).mean,
                        relativeTolerance: 1e-12, absoluteFloor: 1e-12)
        }
        XCTAssertEqual(c.difference.value(.stationsOpen, year: 6).mean, 1, "the county's third street opens")
        let same = try Comparison(baseline: .toy, alternative: .toy, region: .toy, seed: 8, runs: 10)
        for metric in [Metric.coverage, .costCity, .meanScore, .socialWorkers] {
            XCTAssertEqual(same.difference.value(metric, year: 3).p5, 0)
            XCTAssertEqual(same.difference.value(metric, year: 3).p95, 0)
        }
    }
}
