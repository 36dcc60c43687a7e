import RealModule

/// The chi-squared distribution with ν degrees of freedom (Gamma(ν/2, scale 2)):
/// f(x) = x^(ν/2−1) e^(−x/2) / (2^(ν/2) Γ(ν/2)), x > 0.
///
/// - Density: Loader's saddle-point Poisson term (R's `dgamma`), accurate for large ν and x.
/// - cdf = P(ν/2, x/2), survival = Q(ν/2, x/2): regularized incomplete gamma (series and
///   Legendre continued fraction, Numerical Recipes §6.2 / DLMF 8), the upper tail directly.
/// - Quantiles: `TailInversion` (safeguarded Newton on ln F or ln S in ln x) from the
///   Wilson–Hilferty cube-root approximation or the small-x form x ≈ 2 (p Γ(ν/2 + 1))^(2/ν).
public struct ChiSquared: ContinuousDistribution, Sendable, Equatable {
    /// ν > 0.
    public let degreesOfFreedom: Double

    /// Creates χ²(ν).
    /// - Parameter degreesOfFreedom: ν, positive and finite (non-integer allowed).
    /// - Throws: `StatsError.invalidParameter` unless ν is positive and finite.
    public init(degreesOfFreedom: Double) throws {
        guard degreesOfFreedom > 0 && degreesOfFreedom.isFinite else {
            throw StatsError.invalidParameter("chi-squared degrees of freedom must be positive and finite, got \(degreesOfFreedom)")
        }
        self.degreesOfFreedom = degreesOfFreedom
    }

    /// ν.
    public var mean: Double { degreesOfFreedom }
    /// 2ν.
    public var variance: Double { 2 * degreesOfFreedom }

    /// f(x); 0 for x < 0.
    public func pdf(_ x: Double) -> Double { Double.exp(logPdf(x)) }

    /// ln f(x) = ln[e^(−x/2)(x/2)^(a−1)/Γ(a)] − ln 2 with a = ν/2, via Loader's Poisson term.
    public func logPdf(_ x: Double) -> Double {
        if x.isNaN { return .nan }
        let a = degreesOfFreedom / 2
        if x < 0 || x.isInfinite { return -.infinity }
        if x == 0 {
            if a < 1 { return .infinity }
            return a == 1 ? -Double.log(2) : -.infinity
        }
        let y = x / 2
        if a < 1 {
            return SpecialFunctions.logPoissonTerm(a, y) + Double.log(a / y) - Double.log(2)
        }
        return SpecialFunctions.logPoissonTerm(a - 1, y) - Double.log(2)
    }

    /// F(x) = P(ν/2, x/2).
    public func cdf(_ x: Double) -> Double {
        if x.isNaN { return .nan }
        return x <= 0 ? 0 : SpecialFunctions.incompleteGamma(degreesOfFreedom / 2, x / 2).lower
    }

    /// S(x) = Q(ν/2, x/2), computed directly in the upper tail.
    public func survival(_ x: Double) -> Double {
        if x.isNaN { return .nan }
        return x <= 0 ? 1 : SpecialFunctions.incompleteGamma(degreesOfFreedom / 2, x / 2).upper
    }

    /// The x with F(x) = p; p = 0 gives 0 and p = 1 gives +∞.
    /// - Throws: `StatsError.invalidParameter` unless 0 ≤ p ≤ 1.
    public func quantile(_ p: Double) throws -> Double {
        try TailInversion.quantile(p, invert)
    }

    /// The x with S(x) = q, accurate for tiny q; q = 1 gives 0 and q = 0 gives +∞.
    /// - Throws: `StatsError.invalidParameter` unless 0 ≤ q ≤ 1.
    public func inverseSurvival(_ q: Double) throws -> Double {
        try TailInversion.inverseSurvival(q, invert)
    }

    private func invert(_ target: Double, upperTail: Bool) -> Double {
        if target == 0 { return upperTail ? .infinity : 0 }
        let nu = degreesOfFreedom
        let a = nu / 2
        let z = upperTail ? -SpecialFunctions.normalQuantile(target) : SpecialFunctions.normalQuantile(target)
        let h = 2 / (9 * nu)
        let wh = nu * Double.pow(max(1 - h + z * h.squareRoot(), 0), 3)
        let smallX = 2 * Double.exp((Double.log(target) + Double.logGamma(a + 1)) / a)
        let logTail: (Double) -> Double = { x in
            let pq = SpecialFunctions.incompleteGamma(a, x / 2)
            return Double.log(upperTail ? pq.upper : pq.lower)
        }
        let candidates = [wh, smallX].filter { $0 > 0 && $0.isFinite }
        let lt = Double.log(target)
        let guess = candidates.min { abs(logTail($0) - lt) < abs(logTail($1) - lt) } ?? nu
        return TailInversion.solve(target: target, upperTail: upperTail, guess: guess, logTail: logTail, logDensity: logPdf)
    }
}
