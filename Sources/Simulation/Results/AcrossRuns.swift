import Stats

/// The distribution of one output across Monte Carlo runs: mean, standard deviation and the
/// 5th, 50th and 95th percentiles, over the runs where the value is defined.
public struct AcrossRuns: Sendable, Equatable {
    /// Runs where the value is defined (finite).
    public var n: Int
    /// Arithmetic mean (NaN when n = 0).
    public var mean: Double
    /// Sample standard deviation, divisor n − 1 (NaN when n < 2).
    public var sd: Double
    /// Percentiles by linear interpolation between order statistics (numpy's default, R type 7:
    /// `Descriptive.quantiles`); NaN when the per-run values were not kept (districts of very large studies).
    public var p5: Double
    /// Median (type 7).
    public var p50: Double
    /// 95th percentile (type 7).
    public var p95: Double

    /// A summary from its parts.
    public init(n: Int, mean: Double, sd: Double, p5: Double, p50: Double, p95: Double) {
        self.n = n
        self.mean = mean
        self.sd = sd
        self.p5 = p5
        self.p50 = p50
        self.p95 = p95
    }

    /// Summarises `values` in the given (run) order; NaN and infinite entries are skipped. Mean and sd
    /// come from `RunMoments` (shifted by the first defined value), as in a simulation result.
    /// - Complexity: O(n log n).
    public init(_ values: [Double]) {
        let shift = values.first(where: \.isFinite) ?? 0
        var moments = RunMoments(shift: [Double](repeating: shift, count: 1))
        for v in values { [v].withUnsafeBufferPointer { moments.add(run: $0) } }
        let m = moments.moments(cell: 0)
        let q = Self.percentiles(values)
        self.init(n: m.n, mean: m.mean, sd: m.sd, p5: q.p5, p50: q.p50, p95: q.p95)
    }

    /// p5, p50 and p95 (type 7) of the finite entries of `values`; NaN when there are none.
    /// - Complexity: O(n log n).
    static func percentiles(_ values: [Double]) -> (p5: Double, p50: Double, p95: Double) {
        let x = values.filter(\.isFinite)
        guard !x.isEmpty, let q = try? Descriptive.quantiles(x, [0.05, 0.5, 0.95]), q.count == 3 else {
            return (.nan, .nan, .nan)
        }
        return (q[0], q[1], q[2])
    }
}
