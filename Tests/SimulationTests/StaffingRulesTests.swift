import Simulation
import TestSupport
import XCTest

/// Staffing rules on the hand-computed case of HandComputedRolloutTests.
final class StaffingRulesTests: XCTestCase {
    /// Turnover 0.2, salary 4 against a reference of 5, sensitivity 1 ⇒ 0.2·(1 + 1·(5 − 4)/5) = 0.24;
    /// a salary above the reference does not lower it; the district override replaces the base.
    func testTurnoverRisesWhenPayLags() {
        var s = Staffing()
        s.turnover = 0.2
        s.salary = 4
        s.referenceSalary = 5
        s.paySensitivity = 1
        s.salaryByDistrict = ["rich": 6]
        s.turnoverByDistrict = ["far": 0.1]
        assertClose(s.turnover(in: "any"), 0.24, relativeTolerance: 1e-15)
        assertClose(s.turnover(in: "rich"), 0.2, relativeTolerance: 1e-15)
        assertClose(s.turnover(in: "far"), 0.12, relativeTolerance: 1e-15)
    }

    /// District A may hire 1 candidate a year. 2022: A2 opens and gets 1 of its 2 posts (cost 2 + 5 = 7,
    /// city 3.5; reaches 4 of 6 villages); 2023: the second post fills.
    /// Workers 4, 5, 6; city cost 12, 6 + 6 + 3.5 = 15.5, 18; villages 16, 8 + 8 + 4 = 20, 22.
    func testDistrictPoolLimitsHiring() throws {
        var s = HandComputedRolloutTests.scenario()
        s.staffing.poolByDistrict = ["A": 1]
        let r = try Simulator(scenario: s, region: HandComputedRolloutTests.region()).run(seed: 5, runs: 2)
        XCTAssertEqual(r.means(.socialWorkers), [4, 5, 6])
        assertClose(r.means(.costCity), [12, 15.5, 18], relativeTolerance: 1e-12)
        XCTAssertEqual(r.means(.villagesReached), [16, 20, 22])
        XCTAssertEqual(r.means(.coverage), [0.5, 0.75, 0.75])
    }

    /// With every score failing (intercept −100 ⇒ score 0, grade D), replacement probability 1 and
    /// disruption 1, every open station loses all workers at the end of each year and rehires them
    /// (hiring probability 1) the next: replacements 2, 3, 3 and workers still 4, 6, 6.
    func testFailingGradesReplaceOperatorsAndDisruptStaff() throws {
        var s = HandComputedRolloutTests.scenario()
        s.quality.intercept = -100
        s.quality.replacementProbability = 1
        s.quality.disruption = 1
        let r = try Simulator(scenario: s, region: HandComputedRolloutTests.region()).run(seed: 5, runs: 2)
        XCTAssertEqual(r.means(.gradeD), [2, 3, 3])
        XCTAssertEqual(r.means(.replacements), [2, 3, 3])
        XCTAssertEqual(r.means(.socialWorkers), [4, 6, 6])
        XCTAssertEqual(r.means(.meanScore), [0, 0, 0])
    }
}
