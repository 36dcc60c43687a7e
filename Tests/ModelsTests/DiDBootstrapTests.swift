import Models
import TestSupport
import XCTest

/// Multiplier bootstrap (R did's mboot): agreement with the analytic errors it estimates, seeds,
/// clustering and sup-t bands.
final class DiDBootstrapTests: XCTestCase {
    private func model(seed: UInt64, weights: MultiplierBootstrap.Weights = .rademacher, draws: Int = 999) -> CallawaySantAnna {
        CallawaySantAnna(inference: .multiplierBootstrap(MultiplierBootstrap(draws: draws, seed: seed, weights: weights)))
    }

    func testBootstrapErrorsEstimateTheAnalyticOnesForBothWeightSchemes() throws {
        let panel = try DiDTestData.mpdta()
        let analytic = try CallawaySantAnna().fit(panel)
        let analyticDynamic = try analytic.aggregate(.dynamic())
        for weights in MultiplierBootstrap.Weights.allCases {
            for seed: UInt64 in [1, 2] {
                let boot = try model(seed: seed, weights: weights, draws: 599).fit(panel)
                // The IQR-based scale of 999 draws has a sampling error of a few percent, more for the
                // 20-county 2004 cohort whose bootstrap distribution is far from normal.
                for (b, a) in zip(boot.effects, analytic.effects) {
                    assertClose(b.standardError, a.standardError, relativeTolerance: 0.25, "\(weights) seed \(seed)")
                    XCTAssertEqual(b.att, a.att)
                }
                let dyn = try boot.aggregate(.dynamic())
                assertClose(dyn.overall.standardError, analyticDynamic.overall.standardError, relativeTolerance: 0.15)
                for (b, a) in zip(dyn.effects, analyticDynamic.effects) {
                    assertClose(b.estimate.standardError, a.estimate.standardError, relativeTolerance: 0.15)
                }
            }
        }
    }

    func testUniformBandsAreWiderThanPointwiseAndBelowBonferroni() throws {
        let panel = try DiDTestData.mpdta()
        for seed: UInt64 in [11, 12] {
            let result = try model(seed: seed, draws: 499).fit(panel)
            XCTAssertTrue(result.uniformBands)
            // 12 ATT(g,t): sup-t lies between z_{0.975} = 1.96 and the Bonferroni z_{1−0.05/24} = 2.865
            // (scipy.stats.norm.ppf(1 - 0.05/24) = 2.8653535...).
            XCTAssertGreaterThan(result.criticalValue, 1.96)
            XCTAssertLessThan(result.criticalValue, 2.9)
            for e in result.effects {
                assertClose(e.confHigh - e.att, result.criticalValue * e.standardError, relativeTolerance: 1e-12)
            }
            let dynamic = try result.aggregate(.dynamic())
            XCTAssertTrue(dynamic.uniformBands)
            XCTAssertGreaterThan(dynamic.criticalValue, 1.96)
        }
    }

    func testSameSeedGivesIdenticalResultsAndOtherSeedsDiffer() throws {
        let panel = try DiDTestData.mpdta()
        let a = try model(seed: 42, draws: 199).fit(panel)
        let b = try model(seed: 42, draws: 199).fit(panel)
        let c = try model(seed: 43, draws: 199).fit(panel)
        XCTAssertEqual(a.effects, b.effects)
        XCTAssertEqual(a.criticalValue, b.criticalValue)
        XCTAssertNotEqual(a.effects.map(\.standardError), c.effects.map(\.standardError))
        // An aggregation draws from its own streams: identical whatever was computed before.
        let g1 = try a.aggregate(.group())
        _ = try b.aggregate(.calendar)
        let g2 = try b.aggregate(.group())
        XCTAssertEqual(g1.overall, g2.overall)
    }

    func testClusteringByUnitEqualsNoClustering() throws {
        var panel = try DiDTestData.mpdta()
        let plain = try model(seed: 7, draws: 199).fit(panel)
        panel.cluster = panel.unit
        let clustered = try model(seed: 7, draws: 199).fit(panel)
        XCTAssertEqual(plain.effects, clustered.effects)
    }

    func testTooFewDrawsIsAnOptionError() throws {
        XCTAssertThrowsError(try model(seed: 1, draws: 1).fit(DiDTestData.mpdta())) { error in
            XCTAssertEqual((error as? DiDError)?.kind, .option)
        }
    }
}
