@testable import Simulation
import Stats
import XCTest

/// The engine's shortcuts keep DESIGN.md's rules: the rollout's candidate queue and early stop open exactly
/// what a full scan in priority order opens, and a scarce district pool goes to streets in region order.
final class EngineOrderTests: XCTestCase {
    /// Reference: the rollout rule written as a plain scan of every candidate in priority order (the engine
    /// before its queue and early stop). Over policies, per-district salaries and city budgets from below
    /// the commitment to several stations above it, the engine opens the same stations and leaves the same
    /// budgets, bit for bit, and keeps the unopened candidates in order.
    func testRolloutQueueOpensWhatAFullScanOpens() throws {
        var g = Xoshiro256StarStar(seed: 2026)
        for trial in 0..<200 {
            var scenario = Scenario.toy
            scenario.funding.policy = [FundingPolicy.uniform, .capacity, .need, .performance][trial % 4]
            scenario.funding.capacitySlope = 0.3
            scenario.funding.needSlope = 0.4
            scenario.rollout.maxOpeningsCity = trial % 5 == 0 ? 3 : nil
            scenario.rollout.maxOpeningsPerDistrict = trial % 7 == 0 ? 1 : nil
            scenario.staffing.salaryByDistrict = ["core": 4 + 4 * g.nextUniform(), "county": 4 + 4 * g.nextUniform()]
            scenario.funding.districtBudgetShare = 0.0001 + 0.001 * g.nextUniform()
            scenario.funding.cityBudget = 10 + 120 * g.nextUniform()
            let sim = try Simulator(scenario: scenario, region: .toy)
            var state = RunState(inputs: sim.inputs, scenario: scenario, random: Xoshiro256StarStar(seed: UInt64(trial)))
            let x = sim.inputs

            // The full scan, on copies.
            var (cityLeft, districtLeft) = state.committedBudget()
            var open = state.open
            var openings = [Int](repeating: 0, count: x.districtCount)
            var cityOpenings = 0
            var remaining: [Int] = []
            for p in state.candidates {
                let d = x.district[p]
                let c = x.postCost[d]
                let cityPart = x.cityShare(grade: -1, district: d) * c
                let districtPart = c - cityPart
                let slack = 1e-9 * max(1, c)
                if cityOpenings < (scenario.rollout.maxOpeningsCity ?? Int.max),
                   openings[d] < (scenario.rollout.maxOpeningsPerDistrict ?? Int.max),
                   cityPart <= cityLeft + slack, districtPart <= districtLeft[d] + slack {
                    open[p] = true
                    cityLeft -= cityPart
                    districtLeft[d] -= districtPart
                    openings[d] += 1
                    cityOpenings += 1
                } else {
                    remaining.append(p)
                }
            }

            var (engineCity, engineDistricts) = state.committedBudget()
            let engineOpenings = state.rollOut(cityLeft: &engineCity, districtLeft: &engineDistricts)
            let label = "trial \(trial), \(scenario.funding.policy), budget \(scenario.funding.cityBudget)"
            XCTAssertEqual(engineOpenings, openings, label)
            XCTAssertEqual(state.open, open, label)
            XCTAssertEqual(state.candidates, remaining, label)
            XCTAssertEqual(engineCity.bitPattern, cityLeft.bitPattern, label)
            XCTAssertEqual(engineDistricts.map(\.bitPattern), districtLeft.map(\.bitPattern), label)
            XCTAssertEqual(state.openCount, (0..<x.districtCount).map { d in
                (x.districtSlots[d]..<x.districtSlots[d + 1]).filter { open[$0] }.count
            }, label)
        }
    }

    /// DESIGN.md: vacancies are filled "while the district's pool lasts (street order)". District A's
    /// streets are region streets 0 and 2, with district B's street between them; A's pool holds one
    /// candidate, every station starts empty and every draw hires. Street 0 gets the worker, street 2 none.
    func testScarcePoolGoesToTheFirstStreetInRegionOrder() throws {
        func street(_ id: String, _ district: Int) -> Region.Street {
            Region.Street(id: id, district: district, name: id, isUrban: true, population: 50_000, elderly: 9_000,
                          children: 8_000, lowIncome: 500, villages: 10, opened: 2020)
        }
        let region = try Region(
            name: "order",
            districts: [Region.District(id: "A", name: "A", population: 100_000, fiscalCapacity: 100_000),
                        Region.District(id: "B", name: "B", population: 50_000, fiscalCapacity: 100_000)],
            streets: [street("a1", 0), street("b1", 1), street("a2", 0)])
        var scenario = Scenario(name: "order")
        scenario.staffing.targetPerStation = 1
        scenario.staffing.initialStaff = 0
        scenario.staffing.turnover = 0
        scenario.staffing.hiringProbability = 1
        scenario.staffing.poolByDistrict = ["A": 1, "B": 5]
        let sim = try Simulator(scenario: scenario, region: region)
        for seed in [1, 2, 3] as [UInt64] {
            var state = RunState(inputs: sim.inputs, scenario: scenario, random: Xoshiro256StarStar(seed: seed))
            XCTAssertEqual(state.hire(yearKey: seed), 2, "seed \(seed)")
            let staffByStreet = Dictionary(uniqueKeysWithValues: zip(sim.inputs.street, state.staff))
            XCTAssertEqual(staffByStreet, [0: 1, 1: 1, 2: 0], "seed \(seed)")
        }
    }
}
