import Stats
import TestSupport
import XCTest

/// Properties that hold by definition (no reference numbers needed): parameter validation,
/// limits, quantile/cdf inverse relations deep in the tails, and the discrete quantile rule.
final class DistributionBehaviourTests: XCTestCase {
    func testInvalidParametersThrow() {
        XCTAssertThrowsError(try Normal(mean: 0, standardDeviation: 0))
        XCTAssertThrowsError(try Normal(mean: .nan))
        XCTAssertThrowsError(try StudentT(degreesOfFreedom: 0))
        XCTAssertThrowsError(try StudentT(degreesOfFreedom: .nan))
        XCTAssertThrowsError(try ChiSquared(degreesOfFreedom: -1))
        XCTAssertThrowsError(try ChiSquared(degreesOfFreedom: .infinity))
        XCTAssertThrowsError(try FDistribution(numeratorDegreesOfFreedom: 1, denominatorDegreesOfFreedom: 0))
        XCTAssertThrowsError(try Binomial(trials: -1, probability: 0.5))
        XCTAssertThrowsError(try Binomial(trials: 3, probability: 1.01))
        XCTAssertThrowsError(try Poisson(mean: -0.1))
        XCTAssertThrowsError(try Normal().quantile(1.5)) { XCTAssertTrue($0 is StatsError) }
        XCTAssertThrowsError(try StudentT(degreesOfFreedom: 3).inverseSurvival(-0.1))
        XCTAssertThrowsError(try Poisson(mean: 2).quantile(.nan))
    }

    func testStudentTWithHugeDegreesOfFreedomIsNormal() throws {
        // f_t(x)/φ(x) = 1 + (x⁴ − 2x² − 1)/(4ν) + O(ν⁻²) (Fisher's expansion, A&S 26.7.9), and the
        // tails inherit a relative difference of the same order, so for ν = 1e10 the bound
        // (x⁴ + 2x² + 1)/(2ν) (+1e-13 for rounding) must hold: ≈ 1e-7 at x = 8, 1e-10 at x = 1.
        let nu = 1e10
        let t = try StudentT(degreesOfFreedom: nu)
        let z = try Normal()
        for x in [-8.0, -3.0, -1.0, 0.2, 2.5, 6.0] {
            let tol = (x * x * x * x + 2 * x * x + 1) / (2 * nu) + 1e-13
            assertClose(t.cdf(x), z.cdf(x), relativeTolerance: tol, "x = \(x)")
            assertClose(t.survival(x), z.survival(x), relativeTolerance: tol, "x = \(x)")
            assertClose(t.pdf(x), z.pdf(x), relativeTolerance: tol, "x = \(x)")
            // The leading correction itself: pdf ratio − 1 within 1% of (x⁴ − 2x² − 1)/(4ν).
            let lead = (x * x * x * x - 2 * x * x - 1) / (4 * nu)
            XCTAssertEqual(t.pdf(x) / z.pdf(x) - 1, lead, accuracy: 0.01 * abs(lead) + 2e-15, "x = \(x)")
        }
        XCTAssertEqual(try StudentT(degreesOfFreedom: .infinity).cdf(-1.5), z.cdf(-1.5))
    }

    func testContinuousQuantilesInvertTailsFrom1e300To1MinusEps() throws {
        let ds: [any ContinuousDistribution] = [
            try Normal(mean: 2, standardDeviation: 3), try StudentT(degreesOfFreedom: 1),
            try StudentT(degreesOfFreedom: 2.5), try StudentT(degreesOfFreedom: 40),
            try ChiSquared(degreesOfFreedom: 0.7), try ChiSquared(degreesOfFreedom: 12),
            try FDistribution(numeratorDegreesOfFreedom: 3, denominatorDegreesOfFreedom: 8),
            try FDistribution(numeratorDegreesOfFreedom: 50, denominatorDegreesOfFreedom: 2),
        ]
        for d in ds {
            for p in [1e-300, 1e-100, 1e-12, 0.001, 0.37, 0.5, 0.9, 1 - 1e-9, 1 - 1e-16] {
                let x = try d.quantile(p)
                XCTAssertTrue(x.isFinite, "\(d) quantile(\(p)) = \(x)")
                if x.isFinite && x != 0 {
                    assertClose(p <= 0.5 ? d.cdf(x) : 1 - d.survival(x), p, relativeTolerance: 1e-10, "\(d) p = \(p)")
                }
                let y = try d.inverseSurvival(p)
                if y.isFinite && y != 0 {
                    assertClose(p <= 0.5 ? d.survival(y) : 1 - d.cdf(y), p, relativeTolerance: 1e-10, "\(d) q = \(p)")
                }
            }
            XCTAssertEqual(try d.quantile(1), .infinity)
            XCTAssertEqual(try d.inverseSurvival(0), .infinity)
        }
    }

    func testDiscreteQuantileIsSmallestKWithCdfAtLeastP() throws {
        let ds: [any DiscreteDistribution] = [
            try Binomial(trials: 30, probability: 0.2), try Binomial(trials: 2000, probability: 0.9),
            try Poisson(mean: 0.3), try Poisson(mean: 57),
        ]
        for d in ds {
            for p in [1e-200, 1e-8, 0.05, 0.3, 0.5, 0.81, 0.999, 1 - 1e-12] {
                let k = try d.quantile(p)
                XCTAssertGreaterThanOrEqual(d.cdf(k), p, "\(d) p = \(p)")
                if k > 0 { XCTAssertLessThan(d.cdf(k - 1), p, "\(d) p = \(p)") }
                let j = try d.inverseSurvival(p)
                XCTAssertLessThanOrEqual(d.survival(j), p, "\(d) q = \(p)")
                if j > 0 { XCTAssertGreaterThan(d.survival(j - 1), p, "\(d) q = \(p)") }
            }
        }
    }

    func testSurvivalAndCdfAreComplementary() throws {
        let b = try Binomial(trials: 1000, probability: 0.3)
        let p = try Poisson(mean: 1e4)
        for k in [100, 290, 300, 310, 500] { XCTAssertEqual(b.cdf(k) + b.survival(k), 1, accuracy: 1e-15) }
        for k in [9500, 9990, 10000, 10100] { XCTAssertEqual(p.cdf(k) + p.survival(k), 1, accuracy: 1e-15) }
    }
}
