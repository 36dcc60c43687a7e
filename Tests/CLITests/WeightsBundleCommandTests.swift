import Foundation
import TestSupport
import XCTest

/// `stationkit weights METHOD BUNDLE`: the bundle's last evaluation year, pivoted per station and item.
final class WeightsBundleCommandTests: XCTestCase {
    func testEntropyWeightsOfTheJinanBundleMatchNumpy() throws {
        let r = try CLIRunner.run(["weights", "entropy", RepositoryPaths.dataset("jinan").path, "--format", "json"])
        XCTAssertEqual(r.status, 0, r.stderr)
        let json = try XCTUnwrap(try JSONSerialization.jsonObject(with: Foundation.Data(r.stdout.utf8)) as? [String: Any])
        let criteria = try XCTUnwrap(json["criteria"] as? [String])
        XCTAssertEqual(criteria.count, 37)
        XCTAssertEqual(criteria.first, "A1.1")
        XCTAssertEqual(criteria.last, "F3.1")
        // Expected: numpy, 2025 items of 158 stations, Tests/References/Weighting/bundle_entropy.py
        let expected: [Double] = [0.02058480913084247, 0.028012360696868424, 0.017255118963787255, 0.0223991851048231, 0.025099340875995205, 0.03680949891272638, 0.05546549506023485, 0.014107653942943811, 0.02553753672903386, 0.02996253524400641, 0.0267199777481779, 0.027137290572348968, 0.016769399501970043, 0.027583817508328015, 0.022802967924282713, 0.01732767074377244, 0.039784045340841255, 0.02796090413380402, 0.03328638735153074, 0.037175001583153996, 0.028735786650456216, 0.03955674646883513, 0.022105250625248186, 0.014183812189982688, 0.02827071213678371, 0.03464239807978666, 0.014413009766488467, 0.023387512641015507, 0.03373187114176455, 0.035999263396482614, 0.01764855672336083, 0.014787759203974526, 0.026109410535793715, 0.020256615889528696, 0.03560084006121275, 0.04250238452769651, 0.01628707289211739]
        assertClose(try XCTUnwrap(json["weights"] as? [Double]), expected, relativeTolerance: 1e-10)
    }

    func testIdColumnIsRefusedForABundle() throws {
        let r = try CLIRunner.run(["weights", "critic", RepositoryPaths.dataset("jinan").path, "--id", "station_id"])
        XCTAssertEqual(r.status, 64, r.stderr)
        XCTAssertTrue(r.stderr.contains("--id applies to a CSV matrix"), r.stderr)
    }
}
