import Data
import Simulation
import XCTest

final class ScenarioValidationTests: XCTestCase {
    func testDefaultAndToyScenariosAreValid() throws {
        try Scenario().validate()
        try Scenario.toy.validate()
    }

    func testOutOfRangeFieldsAreAllReportedWithTheirKeys() {
        var s = Scenario()
        s.funding.cityShare = 1.5
        s.staffing.hiringProbability = -0.1
        s.quality.thresholds = GradeValues(a: 80, b: 90, c: 60, d: 0)
        s.horizon.years = 0
        XCTAssertThrowsError(try s.validate()) { error in
            guard let e = error as? ScenarioError else { return XCTFail("\(error)") }
            XCTAssertEqual(e.issues.map(\.keyPath),
                           ["horizon.years", "funding.city_share", "staffing.hiring_probability", "quality.thresholds"])
            XCTAssertEqual(e.issues[1].message, "must be in [0, 1], got 1.5")
            XCTAssertEqual(e.exitStatus, .dataError)
        }
    }

    func testSimulatorRejectsUnknownDistrictsAndStreets() {
        var s = Scenario.toy
        s.staffing.turnoverByDistrict = ["nowhere": 0.3]
        s.rollout = Rollout(priority: .listed, order: ["core-2", "atlantis"])
        XCTAssertThrowsError(try Simulator(scenario: s, region: .toy)) { error in
            XCTAssertEqual((error as? ScenarioError)?.issues.map(\.keyPath),
                           ["staffing.turnover_by_district.nowhere", "rollout.order[1]"])
        }
    }

    func testSimulatorRejectsARegionEditedIntoInconsistency() {
        var region = Region.toy
        region.streets[2].district = 7
        region.streets[3].villages = -1
        XCTAssertThrowsError(try Simulator(scenario: .toy, region: region)) { error in
            XCTAssertEqual((error as? RegionError)?.problems,
                           ["street core-3: unknown district", "street core-4: villages must be ≥ 0"])
        }
    }

    func testTOMLScenarioMapsEveryField() throws {
        let text = """
            name = "city pays 60%"
            [horizon]
            start_year = 2022
            years = 4
            runs = 250
            [funding]
            policy = "capacity"
            city_share = 0.6
            capacity_tiers = [{below = 0.8, share = 0.8}, {below = 1.2, share = 0.6}]
            performance_bonus = {A = 0.2, D = -0.2}
            city_budget = 2000
            [funding.need_weights]
            low_income = 4
            [rollout]
            priority = "listed"
            order = ["s1", "s2"]
            max_openings_per_district = 3
            [staffing]
            target_per_station = 4
            turnover_by_district = {core = 0.25}
            pool_by_district = {core = 12}
            [quality]
            noise_sd = 2.5
            thresholds = {A = 85, B = 75, C = 55}
            [coverage.target_shares]
            children = 0.2
            """
        let s = try Scenario(toml: TOML.parse(text, file: "s.toml"), file: "s.toml")
        XCTAssertEqual(s.name, "city pays 60%")
        XCTAssertEqual(s.horizon, Horizon(startYear: 2022, years: 4, runs: 250))
        XCTAssertEqual(s.funding.policy, .capacity)
        XCTAssertEqual(s.funding.capacityTiers, [CapacityTier(below: 0.8, share: 0.8), CapacityTier(below: 1.2, share: 0.6)])
        XCTAssertEqual(s.funding.performanceBonus, GradeValues(a: 0.2, b: 0.05, c: 0, d: -0.2))
        XCTAssertEqual(s.funding.needWeights, NeedWeights(elderly: 1, children: 1, lowIncome: 4))
        XCTAssertEqual(s.funding.cityBudget, 2000)
        XCTAssertEqual(s.rollout, Rollout(priority: .listed, maxOpeningsPerDistrict: 3, order: ["s1", "s2"]))
        XCTAssertEqual(s.staffing.targetPerStation, 4)
        XCTAssertEqual(s.staffing.turnoverByDistrict, ["core": 0.25])
        XCTAssertEqual(s.staffing.poolByDistrict, ["core": 12])
        XCTAssertEqual(s.quality.noiseSD, 2.5)
        XCTAssertEqual(s.quality.thresholds, GradeValues(a: 85, b: 75, c: 55, d: 0))
        XCTAssertEqual(s.coverage.targetShares, TargetShares(elderly: 0.1, children: 0.2, lowIncome: 0.6))
        XCTAssertEqual(s.supervision, Supervision())
    }

    func testTOMLErrorsCarryFileLineAndColumn() throws {
        let text = """
            [funding]
            city_share = 1.5
            city_shar = 0.4
            policy = "fair"
            [staffing]
            turnover = "high"
            [quality]
            thresholds = {A = 70, B = 80, C = 60}
            """
        XCTAssertThrowsError(try Scenario(toml: TOML.parse(text, file: "s.toml"), file: "s.toml")) { error in
            guard let e = error as? DataErrors else { return XCTFail("\(error)") }
            let lines = e.errors.map(\.description)
            XCTAssertEqual(lines, [
                "s.toml:2:14: `funding.city_share` must be in [0, 1], got 1.5",
                "s.toml:3:1: unknown key `funding.city_shar` (known here: policy, city_share, min_share, max_share, "
                    + "capacity_tiers, capacity_slope, need_weights, need_slope, performance_bonus, "
                    + "district_budget_share, city_budget, fixed_cost)",
                "s.toml:4:10: `funding.policy` must be one of \"uniform\", \"capacity\", \"need\", \"performance\", got \"fair\"",
                "s.toml:6:12: `staffing.turnover` must be a number, got string",
                "s.toml:8:14: `quality.thresholds` A > B > C is required, got 70, 80, 60",
            ])
            XCTAssertEqual(e.exitStatus, .dataError)
        }
    }
}
