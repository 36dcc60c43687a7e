import RealModule

/// Samplers available on every `RandomNumberGenerator` (and so on `Xoshiro256StarStar`).
///
/// All samplers draw only through `next()` of the generator passed in, so a seeded
/// generator gives the same sequence on every platform and thread count.
/// Parameter checks throw `StatsError.invalidParameter`.
extension RandomNumberGenerator {
    /// A uniform double in [0, 1) with 53 random bits: `Double(next() >> 11) · 2⁻⁵³`.
    ///
    /// Every multiple of 2⁻⁵³ in [0, 1) is equally likely; 0 is possible, 1 is not.
    @inlinable
    public mutating func nextUniform() -> Double {
        Double(next() >> 11) * 0x1.0p-53
    }

    /// A uniform double in `range` = [a, b): `a + (b − a) · U` with `U = nextUniform()`.
    ///
    /// Rounding could give exactly `b` when `b − a` is large relative to `a`; such a value
    /// is replaced by the largest double below `b`, so the result always lies in [a, b).
    /// An empty range returns `range.lowerBound`.
    /// - Parameter range: the half-open interval [a, b), with finite bounds.
    /// - Returns: a uniform draw from [a, b).
    public mutating func nextUniform(in range: Range<Double>) -> Double {
        let a = range.lowerBound, b = range.upperBound
        guard b > a else { return a }
        let x = a + (b - a) * nextUniform()
        return x < b ? x : b.nextDown
    }

    /// A normal variate N(mean, standardDeviation²) by Marsaglia's polar method.
    ///
    /// Draws `(u, v)` uniform on (−1, 1)² until `0 < s = u² + v² < 1`, then returns
    /// `mean + standardDeviation · u · √(−2 ln s / s)` (the second variate `v · √(…)` is
    /// discarded, so the generator holds no hidden state and the output depends only on
    /// the generator's state).
    ///
    /// Reference: G. Marsaglia and T. A. Bray, "A convenient method for generating normal
    /// variables", SIAM Review 6(3), 260–264, 1964.
    /// - Parameters:
    ///   - mean: location μ.
    ///   - standardDeviation: scale σ (a negative σ mirrors the draw; σ = 0 returns μ).
    /// - Returns: a draw from N(μ, σ²).
    @inlinable
    public mutating func nextNormal(mean: Double = 0, standardDeviation: Double = 1) -> Double {
        mean + standardDeviation * nextStandardNormal()
    }

    /// A standard normal variate by Marsaglia's polar method (see `nextNormal`).
    @inlinable
    internal mutating func nextStandardNormal() -> Double {
        while true {
            let u = 2 * nextUniform() - 1
            let v = 2 * nextUniform() - 1
            let s = u * u + v * v
            if s > 0 && s < 1 {
                return u * (-2 * Double.log(s) / s).squareRoot()
            }
        }
    }

    /// A Bernoulli draw: `true` with probability `p`, computed as `nextUniform() < p`.
    ///
    /// `p ≤ 0` (or NaN) always gives `false` and `p ≥ 1` always gives `true`; exactly one
    /// uniform is consumed either way.
    /// - Parameter p: success probability.
    /// - Returns: whether the trial succeeded.
    public mutating func nextBernoulli(_ p: Double) -> Bool {
        nextUniform() < p
    }

    /// An unbiased uniform integer in 0..<n by Lemire's multiply-and-reject method.
    ///
    /// Takes the high word of the 128-bit product `next() · n`; the low word decides
    /// rejection, which happens only with probability < n / 2⁶⁴ and only after a cheap
    /// test, so the usual cost is one draw and one multiplication (no division).
    ///
    /// Reference: D. Lemire, "Fast random integer generation in an interval",
    /// ACM TOMACS 29(1), article 3, 2019.
    /// - Parameter n: the exclusive upper bound; must be positive.
    /// - Returns: an integer uniformly distributed on {0, …, n − 1}.
    /// - Throws: `StatsError.invalidParameter` when `n ≤ 0` (an empty range has nothing to draw; bounds often
    ///   come from data, e.g. the size of a group, so this is an error to report, not a trap).
    ///   No draw is consumed then.
    public mutating func nextInt(below n: Int) throws(StatsError) -> Int {
        guard n > 0 else {
            throw StatsError.invalidParameter("nextInt(below:) needs a positive bound, got \(n) (an empty range)")
        }
        return Int(nextBounded(UInt64(n)))
    }

    /// Lemire's multiply-and-reject draw from 0..<bound for a `bound` the caller knows is positive.
    internal mutating func nextBounded(_ bound: UInt64) -> UInt64 {
        var m = next().multipliedFullWidth(by: bound)
        if m.low < bound {
            let threshold = (0 &- bound) % bound
            while m.low < threshold {
                m = next().multipliedFullWidth(by: bound)
            }
        }
        return m.high
    }

    /// Shuffles `a` in place uniformly at random by the Fisher–Yates (Durstenfeld) algorithm.
    ///
    /// For `i` from `count − 1` down to 1, swaps `a[i]` with `a[j]`, `j = nextInt(below: i + 1)`;
    /// each of the `count!` orders is equally likely.
    ///
    /// Reference: R. Durstenfeld, "Algorithm 235: Random permutation", CACM 7(7), 420, 1964;
    /// D. E. Knuth, TAOCP vol. 2, §3.4.2, Algorithm P.
    /// - Parameter a: the array to shuffle.
    /// - Complexity: O(n) time, n − 1 bounded integer draws.
    public mutating func shuffle<T>(_ a: inout [T]) {
        guard a.count > 1 else { return }
        var i = a.count - 1
        while i > 0 {
            let j = Int(nextBounded(UInt64(i + 1)))  // i + 1 ≥ 2: no empty range
            if i != j { a.swapAt(i, j) }
            i -= 1
        }
    }
}
