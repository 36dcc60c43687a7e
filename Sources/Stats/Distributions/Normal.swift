import RealModule

/// The normal distribution N(μ, σ²) with density f(x) = exp(−(x − μ)²/(2σ²)) / (σ√(2π)).
///
/// cdf and survival use `SpecialFunctions.normalCDF` (libm erfc with an argument-rounding
/// correction; accurate to a few ulps down to Φ(−38) ≈ 2.9e-316); quantiles use Wichura's
/// AS 241 (≈1e-16 relative), with the upper tail inverted as −Φ⁻¹(q) so that tiny q keep
/// their digits.
public struct Normal: ContinuousDistribution, Sendable, Equatable {
    /// The mean μ.
    public let mean: Double
    /// The standard deviation σ > 0.
    public let standardDeviation: Double

    /// Creates N(mean, standardDeviation²).
    /// - Parameters:
    ///   - mean: μ, finite.
    ///   - standardDeviation: σ, positive and finite.
    /// - Throws: `StatsError.invalidParameter` if μ is not finite or σ is not positive and finite.
    public init(mean: Double = 0, standardDeviation: Double = 1) throws {
        guard mean.isFinite else { throw StatsError.invalidParameter("normal mean must be finite, got \(mean)") }
        guard standardDeviation > 0 && standardDeviation.isFinite else {
            throw StatsError.invalidParameter("normal standard deviation must be positive and finite, got \(standardDeviation)")
        }
        self.mean = mean
        self.standardDeviation = standardDeviation
    }

    /// σ².
    public var variance: Double { standardDeviation * standardDeviation }

    /// f(x) = exp(−z²/2)/(σ√(2π)), z = (x − μ)/σ; z² is formed exactly (fused multiply-add) so
    /// the density keeps full relative accuracy far in the tails.
    public func pdf(_ x: Double) -> Double {
        let z = (x - mean) / standardDeviation
        let zz = z * z
        let err = (-zz).addingProduct(z, z)  // z² − fl(z²), exact
        return Double.exp(-0.5 * zz) * (1 - 0.5 * err) * 0.398_942_280_401_432_677_94 / standardDeviation
    }

    /// ln f(x) = −z²/2 − ln σ − ½ ln 2π.
    public func logPdf(_ x: Double) -> Double {
        let z = (x - mean) / standardDeviation
        return -0.5 * z * z - Double.log(standardDeviation) - SpecialFunctions.lnSqrt2Pi
    }

    /// F(x) = Φ((x − μ)/σ).
    public func cdf(_ x: Double) -> Double {
        SpecialFunctions.normalCDF((x - mean) / standardDeviation)
    }

    /// S(x) = Φ(−(x − μ)/σ), computed directly.
    public func survival(_ x: Double) -> Double {
        SpecialFunctions.normalCDF(-(x - mean) / standardDeviation)
    }

    /// μ + σ Φ⁻¹(p) (AS 241).
    /// - Parameter p: probability in [0, 1]; p = 0 gives −∞ and p = 1 gives +∞.
    /// - Throws: `StatsError.invalidParameter` unless 0 ≤ p ≤ 1.
    public func quantile(_ p: Double) throws -> Double {
        try checkProbability(p)
        return mean + standardDeviation * SpecialFunctions.normalQuantile(p)
    }

    /// μ − σ Φ⁻¹(q): the x with S(x) = q, accurate for tiny q.
    /// - Parameter q: upper-tail probability in [0, 1].
    /// - Throws: `StatsError.invalidParameter` unless 0 ≤ q ≤ 1.
    public func inverseSurvival(_ q: Double) throws -> Double {
        try checkProbability(q)
        return mean - standardDeviation * SpecialFunctions.normalQuantile(q)
    }
}
