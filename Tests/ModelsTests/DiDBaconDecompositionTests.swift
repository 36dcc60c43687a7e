import Stats
import Models
import TestSupport
import XCTest

/// Goodman-Bacon (2021) decomposition of the static TWFE coefficient.
final class DiDBaconDecompositionTests: XCTestCase {
    func testWeightedComparisonsSumToTheTWFECoefficientOnMpdta() throws {
        // Goodman-Bacon (2021) Theorem 1: Σ s β = β̂_TWFE exactly. Expected: the static TWFE coefficient of
        // pyfixest 0.60.0 (feols lemp ~ post | countyreal + year, mpdta_reference.py) and StationKit's TWFE.
        let panel = try DiDTestData.mpdta()
        let bacon = try BaconDecomposition(panel)
        let pyfixest = try DiDTestData.reference().object("twfe").object("static").double("coef")
        assertClose(bacon.twfeEstimate, pyfixest, relativeTolerance: 1e-10)
        let twfe = try XCTUnwrap(TWFE(.staticDiD).fit(panel).coefficients.first).estimate
        assertClose(bacon.twfeEstimate, twfe, relativeTolerance: 1e-10)
        assertClose(bacon.comparisons.reduce(0) { $0 + $1.weight }, 1, relativeTolerance: 1e-12)
        // mpdta: 3 cohorts vs never treated, 3 earlier-vs-later and 3 later-vs-earlier pairs.
        XCTAssertEqual(bacon.comparisons.count, 9)
    }

    func testIdentityHoldsOnSyntheticPanelsWithAlwaysTreatedUnits() throws {
        // Random balanced panels with an always-treated group, several seeds: the decomposition must equal
        // the TWFE regression (an independent computation: within transformation + OLS).
        for seed in [1, 2, 3, 4] as [UInt64] {
            var rng = Xoshiro256StarStar(seed: seed)
            var unit: [String] = [], time: [Int] = [], cohort: [Int?] = [], y: [Double] = []
            for i in 0..<40 {
                let g = [nil, 2001, 2003, 2004, 2000][i % 5]   // 2000 = treated from the first period
                for t in 2000...2005 {
                    unit.append("u\(i)"); time.append(t); cohort.append(g)
                    let effect = g.map { t >= $0 ? Double(t - $0 + 1) * Double($0 - 1998) : 0 } ?? 0
                    y.append(Double(i % 7) + 0.3 * Double(t - 2000) + effect + rng.nextUniform())
                }
            }
            let panel = PanelData(unit: unit, time: time, cohort: cohort, outcome: y)
            let bacon = try BaconDecomposition(panel)
            let twfe = try XCTUnwrap(TWFE(.staticDiD).fit(panel).coefficients.first).estimate
            assertClose(bacon.twfeEstimate, twfe, relativeTolerance: 1e-10, "seed \(seed)")
            XCTAssertTrue(bacon.comparisons.contains { $0.kind == .laterVsEarlier && $0.control == 2000 })
        }
    }

    func testTwoByTwoEstimateIsTheDifferenceOfMeanChanges() throws {
        // Hand check on mpdta: cohort 2004 vs never treated,
        // compared with the 2×2 difference of pre/post means computed here directly from the panel.
        let panel = try DiDTestData.mpdta()
        var pre: [Int: (Double, Double)] = [:], post: [Int: (Double, Double)] = [:]
        for r in 0..<panel.count {
            let g = panel.cohort[r] ?? 0
            guard g == 0 || g == 2004 else { continue }
            if panel.time[r] >= 2004 { post[g, default: (0, 0)].0 += panel.outcome[r]; post[g, default: (0, 0)].1 += 1 }
            else { pre[g, default: (0, 0)].0 += panel.outcome[r]; pre[g, default: (0, 0)].1 += 1 }
        }
        func m(_ x: (Double, Double)?) -> Double { (x?.0 ?? .nan) / (x?.1 ?? .nan) }
        let expected = (m(post[2004]) - m(pre[2004])) - (m(post[0]) - m(pre[0]))
        let c = try XCTUnwrap(try BaconDecomposition(panel).comparisons.first { $0.treated == 2004 && $0.control == 0 })
        assertClose(c.estimate, expected, relativeTolerance: 1e-10)
    }
}
