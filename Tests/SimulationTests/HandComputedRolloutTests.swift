import Simulation
import TestSupport
import XCTest

/// A case small enough to compute by hand: 2 districts, 4 streets, no randomness left
/// (noise 0, hiring probability 1, turnover 0, no operator replacement).
///
/// Region: districts A (population 80,000, fiscal capacity 12,000 万元) and B (80,000; 6,000 万元).
/// Streets (population 40,000 each; elderly, children, low income, villages):
///   A1 (8000, 6000, 100, 10), open since 2020 · A2 (9000, 6000, 200, 6)
///   B1 (9000, 7000, 300, 12) · B2 (8000, 7000, 100, 5)
/// Need = elderly + children + 3·low income: B1 16,900 > A2 15,600 > B2 15,300 > A1 14,300.
///
/// Scenario: 2021–2023; 2 posts per station, salary 5, fixed cost 2 ⇒ a station costs 2 + 5·2 = 12 万元,
/// city share 0.5 ⇒ 6 city + 6 district. Caps: city 18; A 12,000·0.001 = 12; B 6,000·0.001 = 6.
/// At most 1 opening a year in the city.
///   2021: A1 commits 6 city, 6 A ⇒ left city 12, A 6, B 6. B1 (first by need) fits ⇒ opens; limit reached.
///   2022: A1, B1 commit 12 city, 6 A, 6 B ⇒ left 6, 6, 0. A2 fits ⇒ opens; limit reached.
///   2023: three stations commit 18 city ⇒ 0 left; B2 (6 city) does not fit.
/// Stations 2, 3, 3; coverage 2/4, 3/4, 3/4 (A: 1/2, 1, 1; B: 1/2 each year).
/// Staff: hiring probability 1 fills both posts in the opening year; workers 4, 6, 6.
/// Cost (万元): city 12, 18, 18; districts 12, 18, 18 (A 6, 12, 12; B 6, 6, 6).
/// Supervision: pool 60 h, target 20 h ⇒ min(20, 60/4) = 15 h (2021), min(20, 60/6) = 10 h (2022, 2023).
/// Funding per resident: 12 万元 · 10,000 / 40,000 = 3 yuan.
/// Score = 20 + 5·workers + 1·hours + 2·(yuan per resident) + 0.5·last score (initial 60):
///   2021: A1 = B1 = 20 + 10 + 15 + 6 + 30 = 81 (B)                        mean 81
///   2022: A1 = B1 = 20 + 10 + 10 + 6 + 40.5 = 86.5 (B); A2 = 46 + 30 = 76 (C)   mean 83
///   2023: A1 = B1 = 46 + 43.25 = 89.25 (B); A2 = 46 + 38 = 84 (B)          mean 87.5
/// Villages (4 per worker, 8 per station): A1 8 of 10, A2 6 of 6, B1 8 of 12 ⇒ 16, 22, 22 of 33.
/// Served elderly (share 0.1): 2021 0.1·(8000·0.8 + 9000·8/12) = 1240; 2022+ 1240 + 0.1·9000 = 2140.
/// Served low income (share 0.6): 2021 0.6·(100·0.8 + 300·8/12) = 168; 2022+ 168 + 0.6·200 = 288.
/// Equity: district coverage (1/2, 1/2) ⇒ Gini 0; (1, 1/2) with equal populations ⇒ Gini 1/6,
/// Theil 0.056633012265132426 (numpy, Tests/References/Simulation/equity_and_quantiles.py, case "two").
final class HandComputedRolloutTests: XCTestCase {
    static func region() throws -> Region {
        typealias S = Region.Street
        return try Region(
            name: "hand",
            districts: [Region.District(id: "A", name: "甲区", population: 80_000, fiscalCapacity: 12_000),
                        Region.District(id: "B", name: "乙县", population: 80_000, fiscalCapacity: 6_000)],
            streets: [
                S(id: "A1", district: 0, name: "A1", isUrban: true, population: 40_000, elderly: 8000, children: 6000,
                  lowIncome: 100, villages: 10, opened: 2020),
                S(id: "A2", district: 0, name: "A2", isUrban: true, population: 40_000, elderly: 9000, children: 6000,
                  lowIncome: 200, villages: 6),
                S(id: "B1", district: 1, name: "B1", isUrban: false, population: 40_000, elderly: 9000, children: 7000,
                  lowIncome: 300, villages: 12),
                S(id: "B2", district: 1, name: "B2", isUrban: false, population: 40_000, elderly: 8000, children: 7000,
                  lowIncome: 100, villages: 5),
            ])
    }

    static func scenario() -> Scenario {
        var s = Scenario(name: "hand")
        s.horizon = Horizon(startYear: 2021, years: 3, runs: 4)
        s.funding.cityShare = 0.5
        s.funding.cityBudget = 18
        s.funding.districtBudgetShare = 0.001
        s.funding.fixedCost = 2
        s.rollout = Rollout(priority: .need, maxOpeningsCity: 1)
        s.staffing.targetPerStation = 2
        s.staffing.salary = 5
        s.staffing.referenceSalary = 5
        s.staffing.hiringProbability = 1
        s.staffing.turnover = 0
        s.staffing.poolPer100k = 1000
        s.supervision = Supervision(poolHours: 60, hoursPerWorker: 20)
        s.quality.intercept = 20
        s.quality.workers = 5
        s.quality.supervision = 1
        s.quality.fundingPerCapita = 2
        s.quality.lagged = 0.5
        s.quality.noiseSD = 0
        s.quality.initialScore = 60
        s.quality.replacementProbability = 0
        s.coverage.villagesPerWorker = 4
        s.coverage.targetShares = TargetShares(elderly: 0.1, children: 0.05, lowIncome: 0.6)
        return s
    }

    func testHandComputedTrajectoryForEverySeedAndThreadCount() throws {
        let sim = try Simulator(scenario: Self.scenario(), region: Self.region())
        for seed: UInt64 in [1, 42, 20201001] {
            for threads in [1, 2] {
                let r = try sim.run(seed: seed, threads: threads)
                func check(_ m: Metric, _ expected: [Double], district: Int? = nil, line: UInt = #line) {
                    for y in 0..<3 {
                        let v = r.value(m, year: y, district: district)
                        assertClose(v.mean, expected[y], relativeTolerance: 1e-12, absoluteFloor: 1e-12,
                                    "\(m.name) \(2021 + y) district \(String(describing: district))", line: line)
                        XCTAssertEqual(v.p5, v.p95, "no randomness left in \(m.name)", line: line)
                        XCTAssertEqual(v.n, 4, line: line)
                    }
                }
                check(.stationsOpen, [2, 3, 3])
                check(.stationsOpen, [1, 2, 2], district: 0)
                check(.openings, [1, 1, 0])
                check(.coverage, [0.5, 0.75, 0.75])
                check(.coverage, [0.5, 1, 1], district: 0)
                check(.coverage, [0.5, 0.5, 0.5], district: 1)
                check(.socialWorkers, [4, 6, 6])
                check(.costCity, [12, 18, 18])
                check(.costDistrict, [12, 18, 18])
                check(.costDistrict, [6, 12, 12], district: 0)
                check(.costDistrict, [6, 6, 6], district: 1)
                check(.costCity, [6, 6, 6], district: 1)
                check(.spendingPerCapita, [1.5, 3, 3], district: 0)
                check(.supervisionHoursPerWorker, [15, 10, 10])
                check(.meanScore, [81, 83, 87.5])
                check(.gradeB, [2, 2, 3])
                check(.gradeC, [0, 1, 0])
                check(.gradeD, [0, 0, 0])
                check(.villagesReached, [16, 22, 22])
                check(.villageCoverage, [16.0 / 33, 22.0 / 33, 22.0 / 33])
                check(.servedElderly, [1240, 2140, 2140])
                check(.servedLowIncome, [168, 288, 288])
                check(.giniCoverage, [0, 1.0 / 6, 1.0 / 6])
                check(.theilCoverage, [0, 0.056633012265132426, 0.056633012265132426])
            }
        }
    }

    /// Same case with the city budget raised to 24: 2023 leaves 6 for B2, but B has no budget left
    /// (B1 commits its whole cap of 6), so nothing more opens — the district level binds.
    func testDistrictCapBindsWhenCityBudgetIsRaised() throws {
        var s = Self.scenario()
        s.funding.cityBudget = 24
        let r = try Simulator(scenario: s, region: Self.region()).run(seed: 3)
        XCTAssertEqual(r.means(.stationsOpen), [2, 3, 3])
        // With B's fiscal capacity doubled (cap 12), B2 opens in 2023.
        var region = try Self.region()
        region.districts[1].fiscalCapacity = 12_000
        let r2 = try Simulator(scenario: s, region: region).run(seed: 3)
        XCTAssertEqual(r2.means(.stationsOpen), [2, 3, 4])
        XCTAssertEqual(r2.means(.costCity), [12, 18, 24])
    }
}
