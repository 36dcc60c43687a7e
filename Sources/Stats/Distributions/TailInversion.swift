import RealModule

/// Inverts a tail probability of a distribution on (0, ∞) by safeguarded Newton iteration
/// in logarithmic coordinates.
///
/// Solves ln T(x) = ln target, where T is the lower tail F (increasing) or the upper tail S
/// (decreasing). Each step is Newton's method for h(x) = ln T(x) − ln target with respect to
/// ln x, applied multiplicatively: x ← x · exp(−h / (d ln T / d ln x)), where
/// d ln T / d ln x = ±x f(x)/T(x). In these coordinates power-law tails (t, F) are linear and
/// exponential tails (χ²) are mildly convex, so Newton converges in a few steps from rough
/// starting values and tiny targets (1e-300) pose no scaling problem. A bracket [lo, hi] is kept
/// from the signs of h; a step that leaves it is replaced by geometric bisection (or by a
/// factor-16 expansion while one end is still 0 or ∞). Stops when the relative step is
/// below 4·2⁻⁵³ (the result is then as accurate as T itself allows).
///
/// Reference: safeguarded Newton ("rtsafe"), Numerical Recipes §9.4; the ln-ln change of
/// variables as in R's `qchisq_appr`/`qgamma` refinement.
enum TailInversion {
    /// F⁻¹(p) for a distribution on (0, ∞) given `invert(target, upperTail)`: the lower tail is
    /// solved for p ≤ ½ and the upper tail with 1 − p (exact) above, so neither loses digits.
    static func quantile(_ p: Double, _ invert: (Double, Bool) -> Double) throws -> Double {
        try checkProbability(p)
        return p <= 0.5 ? invert(p, false) : invert(1 - p, true)
    }

    /// S⁻¹(q), the mirror of `quantile(_:_:)`.
    static func inverseSurvival(_ q: Double, _ invert: (Double, Bool) -> Double) throws -> Double {
        try checkProbability(q)
        return q <= 0.5 ? invert(q, true) : invert(1 - q, false)
    }

    /// - Parameters:
    ///   - target: the tail probability to reach, in (0, 1).
    ///   - upperTail: true to solve S(x) = target, false for F(x) = target.
    ///   - guess: a positive starting point.
    ///   - logTail: x ↦ ln T(x).
    ///   - logDensity: x ↦ ln f(x).
    /// - Returns: the solution; 0 or ∞ when it lies beyond the representable doubles.
    static func solve(
        target: Double, upperTail: Bool, guess: Double,
        logTail: (Double) -> Double, logDensity: (Double) -> Double
    ) -> Double {
        let logTarget = Double.log(target)
        let sign: Double = upperTail ? -1 : 1  // sign · h increases with x
        var lo = 0.0, hi = Double.infinity
        var x = guess.isFinite && guess > 0 ? guess : 1
        for _ in 0..<500 {
            let lt = logTail(x)
            let h = sign * (lt - logTarget)
            if h == 0 { return x }
            if h < 0 { lo = x } else { hi = x }
            // Slope of sign·h with respect to ln x: x f(x)/T(x) > 0.
            let slope = Double.exp(Double.log(x) + logDensity(x) - lt)
            let step = h / slope
            var next = x * Double.exp(-step)
            let newtonOK = step.isFinite && next > lo && next < hi && next.isFinite && next > 0
            if newtonOK && abs(step) <= 4 * Double.ulpOfOne { return next }
            if !newtonOK {
                if lo > 0 && hi.isFinite {
                    next = Double.exp(0.5 * (Double.log(lo) + Double.log(hi)))
                } else if hi.isFinite {
                    next = hi / 16
                } else {
                    next = lo * 16
                }
            }
            if next < Double.leastNonzeroMagnitude { return 0 }
            if next > Double.greatestFiniteMagnitude { return .infinity }
            if lo > 0 && hi.isFinite && hi - lo <= 2 * Double.ulpOfOne * lo { return next }
            x = next
        }
        return x
    }
}
