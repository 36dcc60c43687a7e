extension Descriptive {
    /// The sample quantile of order p by linear interpolation between order statistics:
    /// numpy's default `np.quantile(x, p)` (method "linear"), Hyndman–Fan / R type 7.
    ///
    /// With the sorted sample x₍₀₎ ≤ … ≤ x₍ₙ₋₁₎, h = (n − 1)p, j = ⌊h⌋, g = h − j:
    /// Q(p) = x₍ⱼ₎ + g (x₍ⱼ₊₁₎ − x₍ⱼ₎) (evaluated as x₍ⱼ₊₁₎ − (1 − g)(x₍ⱼ₊₁₎ − x₍ⱼ₎) for g ≥ ½, as numpy does).
    ///
    /// Reference: R. J. Hyndman and Y. Fan, "Sample quantiles in statistical packages",
    /// The American Statistician 50(4), 361–365, 1996 (definition 7).
    /// - Parameters:
    ///   - x: the sample (need not be sorted).
    ///   - p: the order, in [0, 1].
    /// - Returns: Q(p).
    /// - Throws: `StatsError.emptyInput` for an empty sample; `StatsError.invalidParameter` if p is
    ///   outside [0, 1] or the sample contains NaN.
    /// - Complexity: O(n log n) (one sort).
    public static func quantile(_ x: [Double], _ p: Double) throws -> Double {
        try quantiles(x, [p])[0]
    }

    /// Several type-7 quantiles of one sample, sorting it once (see `quantile(_:_:)`).
    /// - Parameters:
    ///   - x: the sample.
    ///   - ps: orders, each in [0, 1].
    /// - Returns: one quantile per order, in the order given.
    /// - Throws: as `quantile(_:_:)`.
    /// - Complexity: O(n log n + k).
    public static func quantiles(_ x: [Double], _ ps: [Double]) throws -> [Double] {
        guard !x.isEmpty else { throw StatsError.emptyInput("quantile of an empty sample") }
        if x.contains(where: { $0.isNaN }) { throw StatsError.invalidParameter("sample contains NaN") }
        for p in ps where !(p >= 0 && p <= 1) {
            throw StatsError.invalidParameter("quantile order must be in [0, 1], got \(p)")
        }
        let sorted = x.sorted()
        return ps.map { sortedQuantile(sorted, $0) }
    }

    /// The median, `quantile(x, 0.5)` (the mean of the two middle values for even n).
    /// - Throws: as `quantile(_:_:)`.
    public static func median(_ x: [Double]) throws -> Double {
        try quantile(x, 0.5)
    }

    /// Type-7 quantile of an already sorted, non-empty sample; p in [0, 1].
    static func sortedQuantile(_ sorted: [Double], _ p: Double) -> Double {
        let n = sorted.count
        let h = Double(n - 1) * p
        let j = min(Int(h.rounded(.down)), n - 1)
        let g = h - Double(j)
        if j + 1 >= n { return sorted[n - 1] }
        let a = sorted[j], b = sorted[j + 1]
        let diff = b - a
        return g >= 0.5 ? b - diff * (1 - g) : a + diff * g
    }
}
