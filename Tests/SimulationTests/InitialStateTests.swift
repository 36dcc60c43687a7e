import Simulation
import TestSupport
import XCTest

/// The stations open at the start take their workers and last score from the bundle (staffing.csv and
/// evaluations.csv, the latest year before the start), not from the scenario's uniform initial values.
final class InitialStateTests: XCTestCase {
    /// A scenario that freezes the first year: no turnover, no hiring, no openings, no replacement, and a
    /// score that equals last year's (lagged 1, everything else 0), so year 1 shows the initial state.
    private func frozen(start: Int) -> Scenario {
        var s = Scenario(name: "frozen")
        s.horizon.startYear = start
        s.horizon.years = 1
        s.staffing.turnover = 0
        s.staffing.hiringProbability = 0
        s.staffing.initialStaff = 1
        s.funding.cityBudget = 0
        s.quality = Quality()
        s.quality.intercept = 0
        s.quality.workers = 0
        s.quality.supervision = 0
        s.quality.fundingPerCapita = 0
        s.quality.lagged = 1
        s.quality.noiseSD = 0
        s.quality.replacementProbability = 0
        s.quality.initialScore = 10
        return s
    }

    // Expected: Tests/References/Simulation/jinan_initial_state.py (staffing.csv and evaluations.csv sums)
    func testJinanStationsStartWithTheirObservedWorkersAndScores() throws {
        let region = try Region(bundleAt: RepositoryPaths.dataset("jinan").path)
        for (start, open, workers, score) in [(2026, 158.0, 516.0, 76.6044303797468), (2023, 148, 487, 75.86959459459457)] {
            for seed: UInt64 in [1, 2] {
                let r = try Simulator(scenario: frozen(start: start), region: region).run(seed: seed, runs: 3)
                XCTAssertEqual(r.value(.stationsOpen, year: 0).mean, open, "start \(start)")
                XCTAssertEqual(r.value(.socialWorkers, year: 0).mean, workers, "start \(start)")
                assertClose(r.value(.meanScore, year: 0).mean, score, relativeTolerance: 1e-12)
            }
        }
    }

    /// Without observations (`initialState: false`, or a region built in code) the scenario's
    /// `initial_staff` and `initial_score` apply to every open station.
    func testWithoutObservationsTheScenarioSetsTheInitialState() throws {
        let region = try Region(bundleAt: RepositoryPaths.dataset("jinan").path, initialState: false)
        let r = try Simulator(scenario: frozen(start: 2026), region: region).run(seed: 1, runs: 2)
        XCTAssertEqual(r.value(.socialWorkers, year: 0).mean, 158)
        XCTAssertEqual(r.value(.meanScore, year: 0).mean, 10)
    }

    /// The grade of the observed score drives the performance policy from the first year on.
    func testObservedGradesSetThePerformanceShareInTheFirstYear() throws {
        let region = try Region(bundleAt: RepositoryPaths.dataset("jinan").path)
        var s = frozen(start: 2026)
        s.funding.policy = .performance
        s.funding.cityShare = 0.5
        s.funding.performanceBonus = .init(a: 0.2, b: 0.2, c: 0.2, d: 0.2)
        let r = try Simulator(scenario: s, region: region).run(seed: 1, runs: 1)
        // Every station has an observed grade, so every one gets 0.5 + 0.2 of its cost from the city.
        assertClose(r.value(.cityShareOfCost, year: 0).mean, 0.7, relativeTolerance: 1e-12)
    }
}
