import RealModule

/// Student's t distribution with ν degrees of freedom:
/// f(t) = Γ((ν+1)/2) / (√(νπ) Γ(ν/2)) · (1 + t²/ν)^(−(ν+1)/2).
///
/// - Density: Loader's saddle-point form (R's `dt`), accurate for any ν up to 10¹⁵⁺ and far tails.
/// - cdf/survival: P(|T| > t) = I_x(ν/2, ½) with x = ν/(ν + t²) and 1 − x = t²/(ν + t²) passed
///   separately to the incomplete beta (DLMF 8.17.22 continued fraction); for ν = 10¹⁰ this
///   agrees with the normal cdf to ~1e-10. ν = +∞ is the standard normal.
/// - Quantiles: `TailInversion` (safeguarded Newton on ln S in ln t) from a Cornish–Fisher or
///   power-tail starting value.
public struct StudentT: ContinuousDistribution, Sendable, Equatable {
    /// ν > 0 (may be +∞, the normal limit).
    public let degreesOfFreedom: Double

    /// Creates Student's t with ν degrees of freedom.
    /// - Parameter degreesOfFreedom: ν > 0; non-integer values are allowed; +∞ gives N(0, 1).
    /// - Throws: `StatsError.invalidParameter` unless ν > 0 (NaN is rejected).
    public init(degreesOfFreedom: Double) throws {
        guard degreesOfFreedom > 0 else {
            throw StatsError.invalidParameter("t degrees of freedom must be positive, got \(degreesOfFreedom)")
        }
        self.degreesOfFreedom = degreesOfFreedom
    }

    /// 0 for ν > 1, NaN otherwise.
    public var mean: Double { degreesOfFreedom > 1 ? 0 : .nan }
    /// ν/(ν − 2) for ν > 2, ∞ for 1 < ν ≤ 2, NaN for ν ≤ 1.
    public var variance: Double {
        let n = degreesOfFreedom
        if n > 2 { return n.isInfinite ? 1 : n / (n - 2) }
        return n > 1 ? .infinity : .nan
    }

    /// f(t); see `logPdf`.
    public func pdf(_ t: Double) -> Double { Double.exp(logPdf(t)) }

    /// ln f(t) by Loader's method (R nmath `dt`):
    /// ln f = −bd0(ν/2, (ν+1)/2) + δ((ν+1)/2) − δ(ν/2) − u − ½ ln(2π(1 + t²/ν)), with
    /// u = (ν/2) ln(1 + t²/ν) computed as −bd0(ν/2, (ν+t²)/2) + t²/2 when t²/ν ≤ 0.2.
    public func logPdf(_ t: Double) -> Double {
        let n = degreesOfFreedom
        if t.isNaN { return .nan }
        if n.isInfinite { return -0.5 * t * t - SpecialFunctions.lnSqrt2Pi }
        if t.isInfinite { return -.infinity }
        let sf = SpecialFunctions.self
        let core = -sf.bd0(n / 2, (n + 1) / 2) + sf.stirlingError((n + 1) / 2) - sf.stirlingError(n / 2)
        let x2n = t * t / n
        let u: Double, lx2n: Double
        if x2n > 1 / Double.ulpOfOne {
            lx2n = Double.log(abs(t)) - 0.5 * Double.log(n)
            u = n * lx2n
        } else if x2n > 0.2 {
            lx2n = 0.5 * Double.log(1 + x2n)
            u = n * lx2n
        } else {
            lx2n = 0.5 * Double.log(onePlus: x2n)
            u = -sf.bd0(n / 2, (n + t * t) / 2) + t * t / 2
        }
        return core - u - (sf.lnSqrt2Pi + lx2n)
    }

    /// F(t) = P(T ≤ t); for t > 0 computed as 1 − S(t), for t ≤ 0 as S(−t) (accurate lower tail).
    public func cdf(_ t: Double) -> Double {
        if t.isNaN { return .nan }
        return t > 0 ? 1 - upperTail(t) : upperTail(-t)
    }

    /// S(t) = P(T > t), computed directly in the upper tail.
    public func survival(_ t: Double) -> Double {
        if t.isNaN { return .nan }
        return t >= 0 ? upperTail(t) : 1 - upperTail(-t)
    }

    /// P(T > t) for t ≥ 0: ½ I_x(ν/2, ½), x = ν/(ν + t²).
    private func upperTail(_ t: Double) -> Double {
        let n = degreesOfFreedom
        if n.isInfinite { return SpecialFunctions.normalSurvival(t) }
        if t == 0 { return 0.5 }
        if t.isInfinite { return 0 }
        // r² = t²/ν; x = 1/(1 + r²), y = r²/(1 + r²), each formed without cancellation.
        let r = t / n.squareRoot()
        if r > 1e20 {
            // x = 1/(1 + r²) < 1e-40: I_x(a, ½) = xᵃ(1−x)^½/(a B(a, ½)) · (1 + O(x)) (DLMF 8.17.8),
            // in logs so that t up to 1e308 (where r² overflows) still gives S(t).
            let a = n / 2
            return Double.exp(-Double.log(2) - 2 * a * Double.log(r) - Double.log(a) - SpecialFunctions.logBeta(a, 0.5))
        }
        let r2 = r * r
        return 0.5 * SpecialFunctions.incompleteBeta(n / 2, 0.5, 1 / (1 + r2), r2 / (1 + r2)).lower
    }

    /// The t with F(t) = p; p = 0 gives −∞ and p = 1 gives +∞.
    /// - Throws: `StatsError.invalidParameter` unless 0 ≤ p ≤ 1.
    public func quantile(_ p: Double) throws -> Double {
        try checkProbability(p)
        return -upperQuantile(p)
    }

    /// The t with S(t) = q (= −quantile(q) by symmetry), accurate for tiny q.
    /// - Throws: `StatsError.invalidParameter` unless 0 ≤ q ≤ 1.
    public func inverseSurvival(_ q: Double) throws -> Double {
        try checkProbability(q)
        return upperQuantile(q)
    }

    /// Solves S(t) = q for any q in [0, 1].
    private func upperQuantile(_ q: Double) -> Double {
        if q == 0 { return .infinity }
        if q == 1 { return -.infinity }
        if q == 0.5 { return 0 }
        if q > 0.5 { return -upperQuantile(1 - q) }  // 1 − q exact for q > ½
        let n = degreesOfFreedom
        let z = -SpecialFunctions.normalQuantile(q)
        if n.isInfinite { return z }
        // Cornish–Fisher expansion (A&S 26.7.5) and the power-tail form S ≈ c ν^((ν−1)/2) t^(−ν),
        // c = 1/(√ν B(ν/2, ½)); the better of the two starts the Newton iteration.
        let z2 = z * z
        let cornishFisher = z + (z2 + 1) * z / (4 * n) + ((5 * z2 + 16) * z2 + 3) * z / (96 * n * n)
        let logC = -0.5 * Double.log(n) - SpecialFunctions.logBeta(n / 2, 0.5)
        let powerTail = Double.exp((logC + 0.5 * (n - 1) * Double.log(n) - Double.log(q)) / n)
        let logS: (Double) -> Double = { Double.log(self.upperTail($0)) }
        let lq = Double.log(q)
        let candidates = [cornishFisher, powerTail].filter { $0 > 0 && $0.isFinite }
        let guess = candidates.min { abs(logS($0) - lq) < abs(logS($1) - lq) } ?? 1
        return TailInversion.solve(target: q, upperTail: true, guess: guess, logTail: logS, logDensity: logPdf)
    }
}
