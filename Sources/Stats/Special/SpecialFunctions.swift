import RealModule

/// Special functions that swift-numerics' RealModule does not supply (it gives erf, erfc,
/// gamma, logGamma, log1p, expMinusOne, …): log-beta, the regularized incomplete gamma and
/// beta functions, the normal quantile, and the saddle-point helpers of Loader (2000) that
/// keep the binomial, Poisson, gamma and beta densities accurate for large arguments.
///
/// The functions return NaN for arguments outside their domain (as libm does); the
/// distribution types validate parameters in their throwing initialisers.
public enum SpecialFunctions {
    /// ln B(a, b) = ln Γ(a) + ln Γ(b) − ln Γ(a + b).
    ///
    /// For a + b ≤ 30 the three `logGamma` values are combined directly. Above, Stirling's
    /// formula is applied to all three with the exact Stirling error δ (see `stirlingError`):
    /// with s = a + b and lo ≤ hi,
    /// ln B = (hi − ½)·log1p(−lo/s) + (lo − ½)·ln(lo/s) − ½ ln s + ½ ln 2π + δ(lo) + δ(hi) − δ(s),
    /// which has no cancellation of large terms even when hi is 10¹⁰ and lo is ½.
    /// - Parameters:
    ///   - a: first argument, > 0.
    ///   - b: second argument, > 0.
    /// - Returns: ln B(a, b); NaN if a or b is not positive (or NaN).
    public static func logBeta(_ a: Double, _ b: Double) -> Double {
        guard a > 0, b > 0 else { return .nan }
        let lo = min(a, b), hi = max(a, b), s = a + b
        if s <= 30 {
            return Double.logGamma(lo) + Double.logGamma(hi) - Double.logGamma(s)
        }
        return (hi - 0.5) * Double.log(onePlus: -lo / s) + (lo - 0.5) * Double.log(lo / s)
            - 0.5 * Double.log(s) + lnSqrt2Pi
            + stirlingError(lo) + stirlingError(hi) - stirlingError(s)
    }

    /// ½ ln(2π).
    static let lnSqrt2Pi = 0.918_938_533_204_672_741_780_329_736_406
    /// ln(2π).
    static let ln2Pi = 1.837_877_066_409_345_483_560_659_472_811

    /// The Stirling error δ(x) = ln Γ(x + 1) − [(x + ½) ln x − x + ½ ln 2π] (also equal to
    /// ln Γ(x) − [(x − ½) ln x − x + ½ ln 2π]).
    ///
    /// x > 15: the asymptotic series 1/(12x) − 1/(360x³) + 1/(1260x⁵) − 1/(1680x⁷) + 1/(1188x⁹)
    /// (terms dropped when below 1e-17 relative); x ≤ 15: from `logGamma` directly.
    /// Reference: C. Loader, "Fast and accurate computation of binomial probabilities", 2000
    /// (`stirlerr` in R's nmath).
    static func stirlingError(_ x: Double) -> Double {
        if x <= 15 {
            return Double.logGamma(x + 1) - (x + 0.5) * Double.log(x) + x - lnSqrt2Pi
        }
        let s0 = 1.0 / 12, s1 = 1.0 / 360, s2 = 1.0 / 1260, s3 = 1.0 / 1680, s4 = 1.0 / 1188
        let xx = x * x
        if x > 500 { return (s0 - s1 / xx) / x }
        if x > 80 { return (s0 - (s1 - s2 / xx) / xx) / x }
        if x > 35 { return (s0 - (s1 - (s2 - s3 / xx) / xx) / xx) / x }
        return (s0 - (s1 - (s2 - (s3 - s4 / xx) / xx) / xx) / xx) / x
    }

    /// The deviance term bd0(x, m) = x ln(x/m) + m − x ≥ 0, accurate when x ≈ m.
    ///
    /// For |x − m| < 0.1 (x + m) uses the series 2x Σ v^(2j+1)/(2j+1) − (x − m)v with
    /// v = (x − m)/(x + m); otherwise the direct formula. Reference: Loader (2000), `bd0`.
    static func bd0(_ x: Double, _ m: Double) -> Double {
        if abs(x - m) < 0.1 * (x + m) {
            var v = (x - m) / (x + m)
            var s = (x - m) * v
            if abs(s) < Double.leastNormalMagnitude { return s }
            var ej = 2 * x * v
            v *= v
            for j in 1..<1000 {
                ej *= v
                let s1 = s + ej / Double(2 * j + 1)
                if s1 == s { return s1 }
                s = s1
            }
            return s
        }
        return x * Double.log(x / m) + m - x
    }

    /// ln of the Poisson-type density e^(−λ) λ^x / Γ(x + 1) for real x ≥ 0, λ ≥ 0
    /// (Loader's `dpois_raw`): −δ(x) − bd0(x, λ) − ½ ln(2πx).
    static func logPoissonTerm(_ x: Double, _ lambda: Double) -> Double {
        if lambda == 0 { return x == 0 ? 0 : -.infinity }
        if x < 0 || !lambda.isFinite { return -.infinity }
        if x == 0 { return -lambda }
        if lambda < x * Double.leastNormalMagnitude || x <= lambda * Double.leastNormalMagnitude {
            return -lambda + x * Double.log(lambda) - Double.logGamma(x + 1)
        }
        return -stirlingError(x) - bd0(x, lambda) - 0.5 * (ln2Pi + Double.log(x))
    }

    /// ln of the binomial-type density Γ(n+1)/(Γ(k+1)Γ(l+1)) pᵏ qˡ for real k, l ≥ 0 and
    /// n = k + l, with q = 1 − p passed separately (Loader's `dbinom_raw`, with n − x passed
    /// as l so that a small l next to a huge k keeps all its digits):
    /// δ(n) − δ(k) − δ(l) − bd0(k, np) − bd0(l, nq) − ½ ln(2π k l/n).
    static func logBinomialTerm(_ k: Double, _ l: Double, _ p: Double, _ q: Double) -> Double {
        let n = k + l
        if p == 0 { return k == 0 ? 0 : -.infinity }
        if q == 0 { return l == 0 ? 0 : -.infinity }
        if k < 0 || l < 0 { return -.infinity }
        if k == 0 {
            if l == 0 { return 0 }
            return p < 0.1 ? -bd0(n, n * q) - n * p : n * Double.log(q)
        }
        if l == 0 {
            return q < 0.1 ? -bd0(n, n * p) - n * q : n * Double.log(p)
        }
        let lc = stirlingError(n) - stirlingError(k) - stirlingError(l) - bd0(k, n * p) - bd0(l, n * q)
        let lf = ln2Pi + Double.log(k) + Double.log(l) - Double.log(n)
        return lc - 0.5 * lf
    }
}
