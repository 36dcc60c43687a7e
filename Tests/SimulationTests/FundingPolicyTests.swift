import Simulation
import TestSupport
import XCTest

/// The funding policies on the hand-computed region of HandComputedRolloutTests (a station costs 12 万元
/// at full staffing; caps: city 18, A 12, B 6).
final class FundingPolicyTests: XCTestCase {
    private func run(_ edit: (inout Scenario) -> Void) throws -> SimulationResult {
        var s = HandComputedRolloutTests.scenario()
        edit(&s)
        return try Simulator(scenario: s, region: HandComputedRolloutTests.region()).run(seed: 2, runs: 2)
    }

    /// Fiscal capacity per resident: A 12,000/80,000 = 0.15, B 0.075, city 18,000/160,000 = 0.1125
    /// ⇒ r_A = 4/3, r_B = 2/3; slope 0.3 ⇒ shares A 0.5 − 0.3·(1/3) = 0.4, B 0.5 + 0.1 = 0.6.
    /// A: A1 commits 0.6·12 = 7.2 of A's 12 ⇒ 4.8 left < 7.2: A2 never opens.
    /// B: B1 needs 0.4·12 = 4.8 ≤ 6 ⇒ opens in 2021; B2 then finds 1.2 < 4.8. Stations 2, 2, 2.
    func testCapacitySlopeShiftsCostToTheCityWherePoorer() throws {
        let r = try run { $0.funding.policy = .capacity }
        XCTAssertEqual(r.means(.stationsOpen), [2, 2, 2])
        assertClose(r.means(.cityShareOfCost, district: 0), [0.4, 0.4, 0.4], relativeTolerance: 1e-12)
        assertClose(r.means(.cityShareOfCost, district: 1), [0.6, 0.6, 0.6], relativeTolerance: 1e-12)
        assertClose(r.means(.costCity), [12, 12, 12], relativeTolerance: 1e-12)
    }

    /// Tier {below = 1, share = 0.7}: B (r = 2/3) gets 0.7; A (r = 4/3) matches no tier ⇒ city_share 0.5.
    func testCapacityTiersPickTheFirstMatchingTier() throws {
        let r = try run {
            $0.funding.policy = .capacity
            $0.funding.capacityTiers = [CapacityTier(below: 1, share: 0.7)]
        }
        assertClose(r.means(.cityShareOfCost, district: 0)[0], 0.5, relativeTolerance: 1e-12)
        assertClose(r.means(.cityShareOfCost, district: 1)[0], 0.7, relativeTolerance: 1e-12)
    }

    /// Need = elderly + children + 3·low income: A 14,300 + 15,600 = 29,900, B 16,900 + 15,300 = 32,200
    /// per 80,000 residents; city 62,100/160,000 ⇒ n_A = 0.37375/0.388125, n_B = 0.4025/0.388125;
    /// shares 0.5 + 0.3·(n − 1): A 0.48888…, B 0.51111….
    func testNeedPolicyFollowsTargetPopulationPerResident() throws {
        let r = try run { $0.funding.policy = .need }
        assertClose(r.means(.cityShareOfCost, district: 0)[0], 0.5 + 0.3 * (0.37375 / 0.388125 - 1), relativeTolerance: 1e-12)
        assertClose(r.means(.cityShareOfCost, district: 1)[0], 0.5 + 0.3 * (0.4025 / 0.388125 - 1), relativeTolerance: 1e-12)
    }

    /// 2021: no grades yet ⇒ 0.5 everywhere. B1 scores 81 (grade B) in 2021 ⇒ 0.5 + 0.05 = 0.55 in 2022.
    func testPerformanceBonusFollowsLastYearsGrade() throws {
        let r = try run { $0.funding.policy = .performance }
        assertClose(r.means(.cityShareOfCost)[0], 0.5, relativeTolerance: 1e-12)
        assertClose(r.means(.cityShareOfCost, district: 1)[1], 0.55, relativeTolerance: 1e-12)
    }
}
