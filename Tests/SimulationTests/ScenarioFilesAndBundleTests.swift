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

    /// The shipped Jinan pair differs only in the city's share (and the name).
    func testJinanExampleScenariosDifferOnlyInTheCityShare() throws {
        let folder = RepositoryPaths.dataset("scenarios")
        let base = try Scenario.load(path: folder.appendingPathComponent("jinan-baseline.toml").path)
        var alt = try Scenario.load(path: folder.appendingPathComponent("jinan-city60.toml").path)
        XCTAssertEqual(base.funding.cityShare, 0.5)
        XCTAssertEqual(alt.funding.cityShare, 0.6)
        XCTAssertEqual(base.funding.cityBudget, 1000)
        XCTAssertEqual(base.rollout.maxOpeningsCity, 40)
        alt.funding.cityShare = 0.5
        alt.name = base.name
        XCTAssertEqual(alt, base)
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
