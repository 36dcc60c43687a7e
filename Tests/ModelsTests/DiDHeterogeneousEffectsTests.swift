import Models
import Stats
import TestSupport
import XCTest

/// A staggered panel with planted effects that grow with exposure and differ by cohort: CS recovers
/// the planted event-study effects, the TWFE static coefficient does not (Goodman-Bacon 2021).
final class DiDHeterogeneousEffectsTests: XCTestCase {
    private let periods = Array(2001...2010)
    /// Cohort → slope s_g of the planted effect τ_g(e) = s_g (e + 1) for exposure e = t − g ≥ 0.
    private let slopes: [Int: Double] = [2004: 1, 2006: 2, 2008: 3]
    private let unitsPerCohort = 40
    /// Few never-treated units, so that TWFE leans on already-treated units as controls.
    private let neverTreatedUnits = 10

    private func panel(seed: UInt64) -> PanelData {
        var rng = Xoshiro256StarStar(seed: seed)
        var unit: [String] = [], time: [Int] = [], cohort: [Int?] = [], y: [Double] = []
        let cohorts: [Int?] = [nil, 2004, 2006, 2008]
        for (c, g) in cohorts.enumerated() {
            for k in 0..<(g == nil ? neverTreatedUnits : unitsPerCohort) {
                let alpha = rng.nextNormal()   // unit effect
                for t in periods {
                    let lambda = 0.3 * Double(t - 2001) + 0.1 * sin(Double(t))   // common period effect
                    var tau = 0.0
                    if let g, t >= g, let s = slopes[g] { tau = s * Double(t - g + 1) }
                    unit.append("c\(c)u\(k)"); time.append(t); cohort.append(g)
                    y.append(alpha + lambda + tau + 0.01 * rng.nextNormal())
                }
            }
        }
        return PanelData(unit: unit, time: time, cohort: cohort, outcome: y)
    }

    /// Planted θ(e): the mean of τ_g(e) over cohorts observed e periods after treatment (equal sizes).
    private func plantedDynamic(_ e: Int) -> Double {
        guard e >= 0 else { return 0 }
        let observed = slopes.filter { $0.key + e <= periods.last! }
        return observed.values.reduce(0) { $0 + $1 * Double(e + 1) } / Double(observed.count)
    }

    /// Planted simple ATT: the mean of τ_g(t − g) over all treated post cells (equal cohort sizes).
    private func plantedSimple() -> Double {
        var sum = 0.0, count = 0
        for (g, s) in slopes { for t in periods where t >= g { sum += s * Double(t - g + 1); count += 1 } }
        return sum / Double(count)
    }

    func testCallawaySantAnnaRecoversPlantedDynamicEffectsWithinBands() throws {
        for seed: UInt64 in [1, 2, 3] {
            let model = CallawaySantAnna(inference: .multiplierBootstrap(MultiplierBootstrap(draws: 499, seed: seed)))
            let dynamic = try model.fit(panel(seed: seed)).aggregate(.dynamic())
            XCTAssertEqual(dynamic.effects.map(\.index), Array(-6...6))
            for d in dynamic.effects {
                let truth = plantedDynamic(d.index)
                XCTAssertLessThanOrEqual(d.estimate.confLow, truth, "seed \(seed) e \(d.index)")
                XCTAssertGreaterThanOrEqual(d.estimate.confHigh, truth, "seed \(seed) e \(d.index)")
                XCTAssertEqual(d.estimate.att, truth, accuracy: 0.02, "seed \(seed) e \(d.index)")
            }
            let simple = try model.fit(panel(seed: seed)).aggregate(.simple())
            XCTAssertEqual(simple.overall.att, plantedSimple(), accuracy: 0.02)
        }
    }

    func testSunAbrahamRecoversPlantedDynamicEffectsWithinBands() throws {
        // Equal cohort sizes: SA's cohort-share weights give the same planted θ(e) as CS. Pointwise 95%
        // intervals over 13 correlated event times miss now and then (seed 2's leads), so the band is 3 SE.
        for seed: UInt64 in [1, 2, 3] {
            let sa = try SunAbraham().fit(panel(seed: seed))
            XCTAssertEqual(sa.eventStudy.map(\.index), Array(-7...6).filter { $0 != -1 })
            for c in sa.eventStudy {
                let truth = plantedDynamic(c.index)
                XCTAssertLessThanOrEqual(abs(c.estimate - truth), 3 * c.standardError, "seed \(seed) e \(c.index)")
                XCTAssertEqual(c.estimate, truth, accuracy: 0.02, "seed \(seed) e \(c.index)")
            }
        }
    }

    func testTWFEStaticCoefficientIsVisiblyBiased() throws {
        let truth = plantedSimple()   // 76/15 ≈ 5.07
        for seed: UInt64 in [1, 2, 3] {
            let data = panel(seed: seed)
            let twfe = try XCTUnwrap(TWFE(.staticDiD).fit(data).coefficients.first)
            // Already-treated cohorts act as controls whose effects keep growing: β is far below the ATT.
            XCTAssertLessThan(twfe.estimate, 0.8 * truth, "seed \(seed)")
            XCTAssertGreaterThan(abs(twfe.estimate - truth), 5 * twfe.standardError, "seed \(seed)")
            XCTAssertFalse((twfe.confLow...twfe.confHigh).contains(truth))
        }
    }
}
