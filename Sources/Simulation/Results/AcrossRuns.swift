/// The distribution of one output across Monte Carlo runs: mean, standard deviation and the
/// 5th, 50th and 95th percentiles, over the runs where the value is defined.
public struct AcrossRuns: Sendable, Equatable {
    /// Runs where the value is defined (finite).
    public var n: Int
    /// Arithmetic mean (NaN when n = 0).
    public var mean: Double
    /// Sample standard deviation, divisor n − 1 (NaN when n < 2).
    public var sd: Double
    /// Percentiles by linear interpolation between order statistics (numpy's default, R type 7).
    public var p5: Double
    public var p50: Double
    public var p95: Double

    /// Summarises `values` (NaN entries are skipped), summing in the given order.
    /// - Complexity: O(n log n).
    public init(_ values: [Double]) {
        let x = values.filter(\.isFinite).sorted()
        n = x.count
        guard n > 0 else {
            mean = .nan; sd = .nan; p5 = .nan; p50 = .nan; p95 = .nan
            return
        }
        // Sum in run order for the mean; the sorted copy only serves the percentiles.
        var sum = 0.0
        for v in values where v.isFinite { sum += v }
        mean = sum / Double(n)
        if n > 1 {
            var ss = 0.0
            for v in values where v.isFinite { ss += (v - mean) * (v - mean) }
            sd = (ss / Double(n - 1)).squareRoot()
        } else {
            sd = .nan
        }
        p5 = Self.quantile(sorted: x, 0.05)
        p50 = Self.quantile(sorted: x, 0.5)
        p95 = Self.quantile(sorted: x, 0.95)
    }

    /// Type-7 quantile of sorted, non-empty `x`: h = (n − 1)p, x[⌊h⌋] + (h − ⌊h⌋)(x[⌊h⌋+1] − x[⌊h⌋]).
    /// Reference: R. J. Hyndman and Y. Fan, "Sample quantiles in statistical packages",
    /// The American Statistician 50(4), 1996, definition 7.
    static func quantile(sorted x: [Double], _ p: Double) -> Double {
        let h = Double(x.count - 1) * p
        let lo = Int(h.rounded(.down))
        let hi = min(lo + 1, x.count - 1)
        return x[lo] + (h - Double(lo)) * (x[hi] - x[lo])
    }
}
