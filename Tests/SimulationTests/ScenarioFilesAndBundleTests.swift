import Data
import Simulation
import TestSupport
import XCTest

final class ScenarioFilesAndBundleTests: XCTestCase {
    /// The documented scenario file lists every key at its default: loading it gives `Scenario()`.
    func testDocumentedDefaultScenarioFileMatchesTheDefaults() throws {
        let path = RepositoryPaths.dataset("scenarios").appendingPathComponent("default.toml").path
        XCTAssertEqual(try Scenario.load(path: path), Scenario())
    }

    /// The shipped Jinan alternatives differ from the calibrated baseline only in the funding split (and the name).
    func testJinanAlternativesDifferFromTheBaselineOnlyInTheFundingSplit() throws {
        let folder = RepositoryPaths.dataset("jinan/scenarios")
        let base = try Scenario.load(path: folder.appendingPathComponent("baseline.toml").path)
        let expected: [(String, FundingPolicy, Double)] = [
            ("city50", .uniform, 0.5), ("city60", .uniform, 0.6), ("city70", .uniform, 0.7),
            ("capacity-tiers", .capacity, 0.35), ("performance-bonus", .performance, 0.55),
        ]
        for (file, policy, share) in expected {
            var alt = try Scenario.load(path: folder.appendingPathComponent(file + ".toml").path)
            XCTAssertEqual(alt.funding.policy, policy, file)
            XCTAssertEqual(alt.funding.cityShare, share, file)
            alt.funding.policy = base.funding.policy
            alt.funding.cityShare = base.funding.cityShare
            alt.funding.capacityTiers = base.funding.capacityTiers
            if policy != .uniform { alt.funding.minShare = base.funding.minShare; alt.funding.maxShare = base.funding.maxShare }
            alt.name = base.name
            XCTAssertEqual(alt, base, file)
        }
    }

    /// The tiny bundle is the hand-computed region of HandComputedRolloutTests written as CSV files.
    func testBundleRegionEqualsTheHandComputedRegion() throws {
        let region = try Region(bundleAt: RepositoryPaths.fixture("SimulationTests", "tiny-bundle").path)
        let expected = try HandComputedRolloutTests.region()
        XCTAssertEqual(region.name, "tiny")
        XCTAssertEqual(region.districts, expected.districts)
        XCTAssertEqual(region.streets.map(\.opened), expected.streets.map(\.opened))
        XCTAssertEqual(region.streets.map(\.villages), expected.streets.map(\.villages))
        XCTAssertEqual(region.streets.map(\.lowIncome), expected.streets.map(\.lowIncome))
        let r = try Simulator(scenario: HandComputedRolloutTests.scenario(), region: region).run(seed: 1)
        XCTAssertEqual(r.means(.coverage), [0.5, 0.75, 0.75])
    }

    func testBundleWithUnknownDistrictReportsItsCell() throws {
        let folder = RepositoryPaths.fixture("SimulationTests", "bad-bundle").path
        XCTAssertThrowsError(try Region(bundleAt: folder)) { error in
            let text = "\(error)"
            XCTAssertTrue(text.contains("streets.csv:5:4: "), text)
            XCTAssertEqual((error as? DataErrors)?.exitStatus, .dataError)
        }
    }
}
