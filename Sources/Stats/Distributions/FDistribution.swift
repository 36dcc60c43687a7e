import RealModule

/// Snedecor's F distribution with d₁ (numerator) and d₂ (denominator) degrees of freedom:
/// X = (U₁/d₁)/(U₂/d₂) for independent χ²(d₁), χ²(d₂).
///
/// - Density: Loader's saddle-point binomial term (R's `df`).
/// - cdf = I_z(d₁/2, d₂/2) with z = d₁x/(d₁x + d₂) and 1 − z = d₂/(d₁x + d₂) passed separately;
///   survival is the complementary incomplete beta computed directly (DLMF 8.17.22 continued fraction).
/// - Quantiles: `TailInversion` (safeguarded Newton on ln F or ln S in ln x) from the better of
///   the median 1, the lower power tail and the upper power tail as starting value.
public struct FDistribution: ContinuousDistribution, Sendable, Equatable {
    /// d₁ > 0.
    public let numeratorDegreesOfFreedom: Double
    /// d₂ > 0.
    public let denominatorDegreesOfFreedom: Double

    /// Creates F(d₁, d₂).
    /// - Parameters:
    ///   - numeratorDegreesOfFreedom: d₁, positive and finite.
    ///   - denominatorDegreesOfFreedom: d₂, positive and finite.
    /// - Throws: `StatsError.invalidParameter` unless both are positive and finite.
    public init(numeratorDegreesOfFreedom: Double, denominatorDegreesOfFreedom: Double) throws {
        for (name, v) in [("numerator", numeratorDegreesOfFreedom), ("denominator", denominatorDegreesOfFreedom)] {
            guard v > 0 && v.isFinite else {
                throw StatsError.invalidParameter("F \(name) degrees of freedom must be positive and finite, got \(v)")
            }
        }
        self.numeratorDegreesOfFreedom = numeratorDegreesOfFreedom
        self.denominatorDegreesOfFreedom = denominatorDegreesOfFreedom
    }

    /// d₂/(d₂ − 2) for d₂ > 2, NaN otherwise.
    public var mean: Double {
        let d2 = denominatorDegreesOfFreedom
        return d2 > 2 ? d2 / (d2 - 2) : .nan
    }

    /// 2d₂²(d₁ + d₂ − 2)/(d₁(d₂ − 2)²(d₂ − 4)) for d₂ > 4, ∞ for 2 < d₂ ≤ 4, NaN otherwise.
    public var variance: Double {
        let d1 = numeratorDegreesOfFreedom, d2 = denominatorDegreesOfFreedom
        if d2 > 4 { return 2 * d2 * d2 * (d1 + d2 - 2) / (d1 * (d2 - 2) * (d2 - 2) * (d2 - 4)) }
        return d2 > 2 ? .infinity : .nan
    }

    /// f(x); 0 for x < 0.
    public func pdf(_ x: Double) -> Double { Double.exp(logPdf(x)) }

    /// ln f(x) by Loader's method (R nmath `df`): with f = 1/(d₂ + x d₁), q = d₂ f, p = x d₁ f,
    /// f(x) = (d₁q/2) · b((d₁−2)/2; d₂/2, p, q) for d₁ ≥ 2 and (d₁²q/(2p(d₁+d₂))) · b(d₁/2; d₂/2, p, q)
    /// otherwise, where b is the saddle-point binomial term.
    public func logPdf(_ x: Double) -> Double {
        if x.isNaN { return .nan }
        let m = numeratorDegreesOfFreedom, n = denominatorDegreesOfFreedom
        if x < 0 || x.isInfinite { return -.infinity }
        if x == 0 {
            if m < 2 { return .infinity }
            return m == 2 ? 0 : -.infinity
        }
        let f = 1 / (n + x * m)
        let q = n * f
        let p = x * m * f
        if m >= 2 {
            return Double.log(m * q / 2) + SpecialFunctions.logBinomialTerm((m - 2) / 2, n / 2, p, q)
        }
        return Double.log(m * m * q / (2 * p * (m + n))) + SpecialFunctions.logBinomialTerm(m / 2, n / 2, p, q)
    }

    /// (F(x), S(x)) from the incomplete beta with z and 1 − z formed separately.
    private func tails(_ x: Double) -> (lower: Double, upper: Double) {
        let d1 = numeratorDegreesOfFreedom, d2 = denominatorDegreesOfFreedom
        if x <= 0 { return (0, 1) }
        if x.isInfinite { return (1, 0) }
        let num = d1 * x
        let den = num + d2
        return SpecialFunctions.incompleteBeta(d1 / 2, d2 / 2, num / den, d2 / den)
    }

    /// F(x) = I_z(d₁/2, d₂/2).
    public func cdf(_ x: Double) -> Double { x.isNaN ? .nan : tails(x).lower }

    /// S(x) = I_{1−z}(d₂/2, d₁/2), computed directly in the upper tail.
    public func survival(_ x: Double) -> Double { x.isNaN ? .nan : tails(x).upper }

    /// The x with F(x) = p; p = 0 gives 0, p = 1 gives +∞.
    /// - Throws: `StatsError.invalidParameter` unless 0 ≤ p ≤ 1.
    public func quantile(_ p: Double) throws -> Double {
        try TailInversion.quantile(p, invert)
    }

    /// The x with S(x) = q, accurate for tiny q; q = 1 gives 0, q = 0 gives +∞.
    /// - Throws: `StatsError.invalidParameter` unless 0 ≤ q ≤ 1.
    public func inverseSurvival(_ q: Double) throws -> Double {
        try TailInversion.inverseSurvival(q, invert)
    }

    private func invert(_ target: Double, upperTail: Bool) -> Double {
        if target == 0 { return upperTail ? .infinity : 0 }
        let d1 = numeratorDegreesOfFreedom, d2 = denominatorDegreesOfFreedom
        let a = d1 / 2, b = d2 / 2
        let lt = Double.log(target)
        let lb = SpecialFunctions.logBeta(a, b)
        // Lower tail F(x) ≈ (d₁x/d₂)^a / (a B(a, b)); upper tail S(x) ≈ (d₂/(d₁x))^b / (b B(a, b)).
        let lowerGuess = d2 / d1 * Double.exp((lt + Double.log(a) + lb) / a)
        let upperGuess = d2 / d1 * Double.exp(-(lt + Double.log(b) + lb) / b)
        let logTail: (Double) -> Double = { x in
            let t = self.tails(x)
            return Double.log(upperTail ? t.upper : t.lower)
        }
        let candidates = [1.0, lowerGuess, upperGuess].filter { $0 > 0 && $0.isFinite }
        let guess = candidates.min { abs(logTail($0) - lt) < abs(logTail($1) - lt) } ?? 1
        return TailInversion.solve(target: target, upperTail: upperTail, guess: guess, logTail: logTail, logDensity: logPdf)
    }
}
