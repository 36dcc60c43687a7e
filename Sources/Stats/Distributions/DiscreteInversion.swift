/// Quantile search for integer distributions.
enum DiscreteInversion {
    /// The smallest k in [lower, upper] with `satisfied(k)` true, for a predicate that is
    /// monotone (false…false true…true); `upper` if none is found below it.
    ///
    /// Galloping search from `guess` (steps 1, 2, 4, … until the predicate changes), then
    /// bisection: O(log |k − guess|) predicate evaluations, so a good starting value
    /// (Cornish–Fisher) makes it a handful of cdf calls.
    static func smallest(from guess: Int, lower: Int, upper: Int, where satisfied: (Int) -> Bool) -> Int {
        let k = min(max(guess, lower), upper)
        var lo: Int, hi: Int
        var step = 1
        if satisfied(k) {
            hi = k  // search down for the first failure
            while true {
                if hi == lower { return lower }
                let next = hi - lower > step ? hi - step : lower
                if !satisfied(next) { lo = next; break }
                hi = next
                step = step <= Int.max / 4 ? step * 2 : step
            }
        } else {
            lo = k  // search up for the first success
            while true {
                if lo >= upper { return upper }
                let next = upper - lo > step ? lo + step : upper
                if satisfied(next) { hi = next; break }
                lo = next
                step = step <= Int.max / 4 ? step * 2 : step
            }
        }
        // Now !satisfied(lo) and satisfied(hi), lo < hi.
        while hi - lo > 1 {
            let mid = lo + (hi - lo) / 2
            if satisfied(mid) { hi = mid } else { lo = mid }
        }
        return hi
    }

    /// A Cornish–Fisher starting value μ + σ(z + γ(z² − 1)/6) for a distribution with mean μ,
    /// standard deviation σ and skewness γ, clamped to Int range.
    static func cornishFisherGuess(p: Double, mean: Double, sd: Double, skewness: Double) -> Int {
        let z = SpecialFunctions.normalQuantile(p)
        guard z.isFinite else { return z > 0 ? Int.max / 2 : 0 }
        let x = mean + sd * (z + skewness * (z * z - 1) / 6)
        if !(x > -1e18) { return Int(-1e18) }
        if !(x < 1e18) { return Int(1e18) }
        return Int(x.rounded())
    }
}
