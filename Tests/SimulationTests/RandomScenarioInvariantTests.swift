@testable import Simulation
import Stats
import XCTest

/// Any scenario that validates runs without trapping, and its outputs keep the model's accounting
/// identities (DESIGN.md, "Simulation model"), whatever its parameters.
final class RandomScenarioInvariantTests: XCTestCase {
    /// 150 scenarios with every numeric parameter drawn across its validated range (edges included), on
    /// the toy region: for every run, year and unit, stations ≤ streets, openings ≤ stations, coverage and
    /// village coverage in [0, 1], grade counts summing to the stations, replacements ≤ D grades, costs
    /// ≥ 0 with cost_total = city + district, mean score in [0, 100] where stations exist, and the city's
    /// additive metrics (all but the mean score) equal to the sum over districts.
    func testValidScenariosRunAndKeepAccountingIdentities() throws {
        var g = Xoshiro256StarStar(seed: 77)
        func pick(_ range: ClosedRange<Double>) -> Double {
            switch g.next() % 5 {
            case 0: return range.lowerBound
            case 1: return range.upperBound
            default: return range.lowerBound + (range.upperBound - range.lowerBound) * g.nextUniform()
            }
        }
        var checked = 0
        for trial in 0..<150 {
            var s = Scenario.toy
            s.horizon.years = 1 + Int(g.next() % 6)
            s.funding.policy = FundingPolicy.allCases[Int(g.next() % UInt64(FundingPolicy.allCases.count))]
            s.funding.cityShare = pick(0...1)
            s.funding.minShare = pick(0...0.5)
            s.funding.maxShare = pick(0.5...1)
            s.funding.capacitySlope = pick(0...10)
            s.funding.needSlope = pick(0...10)
            s.funding.districtBudgetShare = pick(0...0.01)
            s.funding.cityBudget = pick(0...500)
            s.funding.fixedCost = pick(0...20)
            s.rollout.priority = RolloutPriority.allCases.filter { $0 != .listed }[Int(g.next() % 3)]
            s.rollout.maxOpeningsCity = g.next() % 2 == 0 ? nil : Int(g.next() % 4)
            s.rollout.maxOpeningsPerDistrict = g.next() % 2 == 0 ? nil : Int(g.next() % 3)
            s.staffing.targetPerStation = 1 + Int(g.next() % 12)
            s.staffing.salary = pick(0...20)
            s.staffing.hiringProbability = pick(0...1)
            s.staffing.poolPer100k = pick(0...50)
            s.staffing.turnover = pick(0...1)
            s.staffing.paySensitivity = pick(0...100)
            s.quality.intercept = pick(-200...200)
            s.quality.workers = pick(-20...20)
            s.quality.supervision = pick(-5...5)
            s.quality.fundingPerCapita = pick(-5...5)
            s.quality.lagged = pick(-1...1)
            s.quality.noiseSD = pick(0...100)
            s.quality.replacementProbability = pick(0...1)
            s.quality.disruption = pick(0...1)
            s.coverage.villagesPerWorker = pick(0...50)
            s.supervision.poolHours = pick(0...5000)
            s.supervision.hoursPerWorker = pick(0...100)
            guard (try? s.validate()) != nil else { continue }
            checked += 1
            let sim = try Simulator(scenario: s, region: .toy)
            let records = sim.records(seed: UInt64(trial), runs: 0..<3, districtPercentiles: .all)
            let region = Region.toy
            let units = region.districts.count + 1
            let label = "trial \(trial) (\(s.funding.policy), \(s.rollout.priority))"
            for run in 0..<3 {
                for year in 0..<s.horizon.years {
                    func v(_ metric: Metric, _ unit: Int) -> Double {
                        records.values[records.index(run: run, year: year, unit: unit, metric: metric.rawValue)]
                    }
                    for unit in 0..<units {
                        let streets = Double(unit == 0 ? region.streets.count
                                                       : region.streets.filter { $0.district == unit - 1 }.count)
                        let stations = v(.stationsOpen, unit)
                        XCTAssertLessThanOrEqual(stations, streets, label)
                        XCTAssertLessThanOrEqual(v(.openings, unit), stations, label)
                        XCTAssertTrue((0...1).contains(v(.coverage, unit)), "\(label): coverage \(v(.coverage, unit))")
                        XCTAssertTrue((0...1 + 1e-12).contains(v(.villageCoverage, unit)), label)
                        XCTAssertEqual(v(.gradeA, unit) + v(.gradeB, unit) + v(.gradeC, unit) + v(.gradeD, unit), stations, label)
                        XCTAssertLessThanOrEqual(v(.replacements, unit), v(.gradeD, unit), label)
                        XCTAssertGreaterThanOrEqual(v(.costCity, unit), 0, label)
                        XCTAssertGreaterThanOrEqual(v(.costDistrict, unit), -1e-9, label)
                        XCTAssertEqual(v(.costTotal, unit), v(.costCity, unit) + v(.costDistrict, unit), label)
                        if stations > 0 { XCTAssertTrue((0...100).contains(v(.meanScore, unit)), label) }
                    }
                    for metric in RunState.additiveMetrics where metric != Metric.meanScore.rawValue {
                        let total = (1..<units).reduce(0.0) { $0 + records.values[records.index(run: run, year: year, unit: $1, metric: metric)] }
                        let city = records.values[records.index(run: run, year: year, unit: 0, metric: metric)]
                        XCTAssertEqual(city, total, accuracy: 1e-9 * max(1, abs(total)), "\(label): \(Metric.allCases[metric].name)")
                    }
                }
            }
        }
        XCTAssertGreaterThan(checked, 100, "too few scenarios validated to mean anything")
    }
}
