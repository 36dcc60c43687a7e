import Data
import Foundation
import Simulation
import TestSupport
import XCTest

/// `Calibration.estimate` on synthetic bundles recovers the generator's planted parameters.
/// Expected values: the planted truth the generator writes (Datasets/jinan/planted.json, [planted] of
/// dataset.toml; Sources/Data/Synth), not our own estimates. Tolerances: 4 standard errors (15 districts
/// × 4 SE leaves a family-wise false alarm rate below 0.1%); city shares add 5e-4 for the rounding of the
/// city amount to 0.01 万元.
final class CalibrationTests: XCTestCase {
    private func planted(_ dir: URL) throws -> [String: Any] {
        let data = try Data(contentsOf: dir.appendingPathComponent("planted.json"))
        return try XCTUnwrap(JSONSerialization.jsonObject(with: data) as? [String: Any])
    }

    private func assertWithin(_ v: CalibratedValue, _ truth: Double, ses k: Double = 4, plus extra: Double = 0,
                              _ what: String, file: StaticString = #filePath, line: UInt = #line) {
        XCTAssertTrue(v.standardError.isFinite && v.standardError > 0 || extra > 0, "\(what): no standard error", file: file, line: line)
        let tol = k * (v.standardError.isFinite ? v.standardError : 0) + extra
        XCTAssertLessThanOrEqual(abs(v.value - truth), tol,
                                 "\(what): \(v.value) vs planted \(truth) (SE \(v.standardError), n \(v.n))", file: file, line: line)
    }

    private func checkRecovery(_ dir: URL) throws {
        let c = try Calibration.estimate(DatasetBundle.load(at: dir.path))
        let p = try planted(dir)
        let score = try XCTUnwrap(p["score"] as? [String: Any])
        assertWithin(c.scoreIntercept, try XCTUnwrap(score["a"] as? Double), "intercept")
        assertWithin(c.scoreWorkers, try XCTUnwrap(score["b_workers"] as? Double), "workers")
        assertWithin(c.scoreSupervision, try XCTUnwrap(score["b_supervision"] as? Double), "supervision")
        assertWithin(c.scoreLagged, try XCTUnwrap(score["b_lag"] as? Double), "lagged")
        // Residual sd: the written total is rounded to 0.1 and clamped, so within 10% of the planted noise.
        assertClose(c.scoreNoiseSD.value, try XCTUnwrap(score["noise_sd"] as? Double), relativeTolerance: 0.1)
        let staffing = try XCTUnwrap(p["staffing"] as? [String: Any])
        let ids = try XCTUnwrap(staffing["district_ids"] as? [String])
        let turnover = try XCTUnwrap(staffing["turnover"] as? [Double])
        for (d, t) in zip(ids, turnover) {
            assertWithin(try XCTUnwrap(c.turnoverByDistrict[d], d), t, "turnover \(d)")
        }
        // Hiring: planted fill rate; the generator's "at least one hire for an empty station" adds a little.
        assertWithin(c.hiringProbability, try XCTUnwrap(staffing["hire_fill"] as? Double), "hiring")
        let funding = try XCTUnwrap(p["funding"] as? [String: Any])
        let fIDs = try XCTUnwrap(funding["district_ids"] as? [String])
        for (d, s) in zip(fIDs, try XCTUnwrap(funding["city_share"] as? [Double])) {
            assertWithin(try XCTUnwrap(c.cityShareByDistrict[d], d), s, plus: 5e-4, "city share \(d)")
        }
    }

    func testCalibrationRecoversPlantedParametersOfTheShippedJinanSample() throws {
        try checkRecovery(RepositoryPaths.dataset("jinan"))
    }

    func testCalibrationRecoversPlantedParametersForOtherSeeds() throws {
        for seed: UInt64 in [7] {
            let dir = FileManager.default.temporaryDirectory.appendingPathComponent("simcal-\(seed)-\(UUID().uuidString)")
            defer { try? FileManager.default.removeItem(at: dir) }
            try SyntheticGenerator(options: SynthOptions(preset: .jinan, seed: seed)).generate().write(to: dir.path)
            try checkRecovery(dir)
        }
    }

    func testWrittenScenarioLoadsBackToTheCalibratedScenario() throws {
        let c = try Calibration.estimate(DatasetBundle.load(at: RepositoryPaths.dataset("jinan").path))
        let base = try Scenario.load(path: RepositoryPaths.dataset("scenarios/default.toml").path)
        let text = try c.toml(base: base, command: "stationkit calibrate Datasets/jinan")
        let path = FileManager.default.temporaryDirectory.appendingPathComponent("simcal-\(UUID().uuidString).toml").path
        defer { try? FileManager.default.removeItem(atPath: path) }
        try text.write(toFile: path, atomically: true, encoding: .utf8)
        let loaded = try Scenario.load(path: path)
        XCTAssertEqual(loaded, c.scenario(base: base))
        XCTAssertEqual(loaded.horizon.startYear, 2026)
        XCTAssertEqual(loaded.funding.policy, .capacity)
        XCTAssertTrue(text.contains("# estimate"), "comments with the estimates")
        XCTAssertTrue(text.contains("staffing.csv 2020–2025"), "comments name the source table and years")
        // The shipped baseline is this calibration (the command in its header), not a stale copy.
        let folder = RepositoryPaths.dataset("jinan/scenarios")
        let assumptions = try Scenario.load(path: folder.appendingPathComponent("assumptions.toml").path)
        XCTAssertEqual(try Scenario.load(path: folder.appendingPathComponent("baseline.toml").path),
                       c.scenario(base: assumptions, budgetGrowth: 1.1))
    }

    func testAnyScenarioRoundTripsThroughTOML() throws {
        var s = Scenario(name: "a \"quoted\" name")
        s.funding.capacityTiers = [CapacityTier(below: 0.8, share: 0.7), CapacityTier(below: 1.2, share: 0.5)]
        s.rollout.maxOpeningsCity = 12
        s.rollout.priority = .listed
        s.rollout.order = ["b", "a"]
        s.staffing.poolByDistrict = ["x": 3]
        s.quality.thresholds.a = 91.5
        let path = FileManager.default.temporaryDirectory.appendingPathComponent("simcal-rt-\(UUID().uuidString).toml").path
        defer { try? FileManager.default.removeItem(atPath: path) }
        try s.toml().write(toFile: path, atomically: true, encoding: .utf8)
        XCTAssertEqual(try Scenario.load(path: path), s)
    }
}
