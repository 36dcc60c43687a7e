import RealModule

/// Descriptive statistics of samples: moments, weighted moments, quantiles and inequality
/// indices. Sums use Neumaier compensated summation and variances the corrected two-pass
/// algorithm, so results match numpy to ~1e-15 relative even for data with a large offset.
public enum Descriptive {
    /// The arithmetic mean x̄ = (1/n) Σ xᵢ (compensated summation, then one correction pass
    /// x̄ + (1/n) Σ (xᵢ − x̄)).
    /// - Parameter x: the sample.
    /// - Returns: x̄; NaN for an empty sample.
    /// - Complexity: O(n).
    public static func mean(_ x: [Double]) -> Double {
        guard !x.isEmpty else { return .nan }
        let n = Double(x.count)
        let m = CompensatedSum.of(x) / n
        guard m.isFinite else { return m }
        return m + CompensatedSum.of(x.lazy.map { $0 - m }) / n
    }

    /// The sample variance s² = Σ (xᵢ − x̄)² / (n − ddof), by the corrected two-pass algorithm
    /// [Σ dᵢ² − (Σ dᵢ)²/n] / (n − ddof), dᵢ = xᵢ − x̄ (Chan, Golub and LeVeque 1983), as numpy's
    /// `np.var(x, ddof=ddof)`.
    /// - Parameters:
    ///   - x: the sample.
    ///   - ddof: delta degrees of freedom: 1 (default) for the unbiased sample variance, 0 for
    ///     the population variance.
    /// - Returns: s²; NaN when n − ddof ≤ 0 (including an empty sample).
    /// - Complexity: O(n).
    public static func variance(_ x: [Double], ddof: Int = 1) -> Double {
        let n = x.count
        guard n - ddof > 0, n > 0 else { return .nan }
        let m = mean(x)
        var squares = CompensatedSum(), deviations = CompensatedSum()
        for v in x {
            let d = v - m
            squares.add(d * d)
            deviations.add(d)
        }
        let s = deviations.value
        return max(squares.value - s * s / Double(n), 0) / Double(n - ddof)
    }

    /// The sample standard deviation √(variance(x, ddof:)).
    /// - Parameters:
    ///   - x: the sample.
    ///   - ddof: delta degrees of freedom (default 1).
    /// - Returns: s; NaN when n − ddof ≤ 0.
    public static func standardDeviation(_ x: [Double], ddof: Int = 1) -> Double {
        variance(x, ddof: ddof).squareRoot()
    }

    /// The weighted mean x̄_w = Σ wᵢxᵢ / Σ wᵢ (as `np.average(x, weights=w)`).
    /// - Parameters:
    ///   - x: the values.
    ///   - weights: non-negative finite weights, one per value, with a positive sum.
    /// - Returns: x̄_w.
    /// - Throws: `StatsError.lengthMismatch` if the counts differ, `StatsError.emptyInput` for an
    ///   empty sample or zero total weight, `StatsError.invalidParameter` for a negative or
    ///   non-finite weight.
    public static func weightedMean(_ x: [Double], weights: [Double]) throws -> Double {
        let total = try checkedWeightTotal(x, weights)
        let m = CompensatedSum.of(zip(x, weights).lazy.map { $0 * $1 }) / total
        guard m.isFinite else { return m }
        return m + CompensatedSum.of(zip(x, weights).lazy.map { ($0 - m) * $1 }) / total
    }

    /// The weighted variance with frequency weights: Σ wᵢ (xᵢ − x̄_w)² / (Σ wᵢ − ddof).
    ///
    /// The weights count repeated observations (a weight of 3 is the value seen three times), as
    /// statsmodels' `DescrStatsW(x, weights=w, ddof=ddof).var`; with ddof = 0 (the default) this
    /// is also numpy's `np.average((x − x̄_w)², weights=w)`. Computed with the corrected two-pass
    /// algorithm.
    /// - Parameters:
    ///   - x: the values.
    ///   - weights: non-negative finite frequency weights, one per value, with a positive sum.
    ///   - ddof: delta degrees of freedom subtracted from Σ wᵢ (default 0; 1 gives the unbiased
    ///     variance of the expanded sample).
    /// - Returns: the weighted variance.
    /// - Throws: as `weightedMean`, and `StatsError.invalidParameter` when Σ wᵢ − ddof ≤ 0.
    public static func weightedVariance(_ x: [Double], weights: [Double], ddof: Int = 0) throws -> Double {
        let total = try checkedWeightTotal(x, weights)
        guard total - Double(ddof) > 0 else {
            throw StatsError.invalidParameter("total weight \(total) minus ddof \(ddof) must be positive")
        }
        let m = try weightedMean(x, weights: weights)
        var squares = CompensatedSum(), deviations = CompensatedSum()
        for (v, w) in zip(x, weights) {
            let d = v - m
            squares.add(w * d * d)
            deviations.add(w * d)
        }
        let s = deviations.value
        return max(squares.value - s * s / total, 0) / (total - Double(ddof))
    }

    /// Validates values and weights; returns Σ wᵢ (compensated).
    static func checkedWeightTotal(_ x: [Double], _ weights: [Double]) throws -> Double {
        guard x.count == weights.count else { throw StatsError.lengthMismatch(expected: x.count, actual: weights.count) }
        guard !x.isEmpty else { throw StatsError.emptyInput("no values") }
        for (i, w) in weights.enumerated() where !(w >= 0 && w.isFinite) {
            throw StatsError.invalidParameter("weight[\(i)] must be non-negative and finite, got \(w)")
        }
        let total = CompensatedSum.of(weights)
        guard total > 0 else { throw StatsError.emptyInput("weights sum to zero") }
        return total
    }
}
