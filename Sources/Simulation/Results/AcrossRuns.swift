import Stats

/// The distribution of one output across Monte Carlo runs: mean, standard deviation and the
/// 5th, 50th and 95th percentiles, over the runs where the value is defined.
public struct AcrossRuns: Sendable, Equatable {
    /// Runs where the value is defined (finite).
    public var n: Int
    /// Arithmetic mean (compensated summation; NaN when n = 0).
    public var mean: Double
    /// Sample standard deviation, divisor n − 1 (NaN when n < 2).
    public var sd: Double
    /// Percentiles by linear interpolation between order statistics (numpy's default, R type 7:
    /// `Descriptive.quantiles`).
    public var p5: Double
    /// Median (type 7).
    public var p50: Double
    /// 95th percentile (type 7).
    public var p95: Double

    /// Summarises `values` in the given (run) order; NaN and infinite entries are skipped.
    /// - Complexity: O(n log n).
    public init(_ values: [Double]) {
        let x = values.filter(\.isFinite)
        n = x.count
        guard n > 0, let q = try? Descriptive.quantiles(x, [0.05, 0.5, 0.95]), q.count == 3 else {
            mean = n > 0 ? Descriptive.mean(x) : .nan
            sd = .nan; p5 = .nan; p50 = .nan; p95 = .nan
            return
        }
        mean = Descriptive.mean(x)
        sd = n > 1 ? Descriptive.standardDeviation(x, ddof: 1) : .nan
        p5 = q[0]
        p50 = q[1]
        p95 = q[2]
    }
}
