import Models
import TestSupport
import XCTest

final class DiDSmallCohortTests: XCTestCase {
    func testSmallCohortsCountUnitsNotRowsAndTreatMissingAsNeverTreated() {
        // 3 periods per unit: units a–c in cohort 2021, d alone in 2022, e and f never treated (0 and missing).
        let cohorts: [String: Int?] = ["a": 2021, "b": 2021, "c": 2021, "d": 2022, "e": 0, "f": nil]
        var unit: [String] = [], time: [Int] = [], cohort: [Int?] = []
        for u in cohorts.keys.sorted() {
            for t in 2020...2022 {
                unit.append(u)
                time.append(t)
                cohort.append(cohorts[u] ?? nil)
            }
        }
        let panel = PanelData(unit: unit, time: time, cohort: cohort, outcome: unit.map { _ in 1 })
        let small = panel.smallCohorts(minimum: 3)
        XCTAssertEqual(small.map(\.cohort), [0, 2022])
        XCTAssertEqual(small.map(\.units), [2, 1])
        XCTAssertEqual(panel.smallCohorts(minimum: 1).count, 0)
        XCTAssertEqual(panel.smallCohorts(minimum: 4).map(\.cohort), [0, 2021, 2022])
    }
}
