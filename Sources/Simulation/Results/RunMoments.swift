/// Streaming moments of every output cell (year × unit × metric) across runs, in memory that does not
/// grow with the number of runs: per cell the count n of defined values, and the exact sums
/// S = Σ (x − c) and Q = Σ (x − c)² (`ExactSum`), where the shift c is the cell's value in run 0 of the
/// seed (0 when undefined there).
///
/// Because the sums are exact, moments accumulated per thread or per shard and added in any order give
/// bit-identical results; the shift makes the variance free of cancellation (a cell that is the same in
/// every run has S = Q = 0 and sd exactly 0):
/// mean = c + S/n,  sd² = (Q − S²/n)/(n − 1)  (Welford/Chan's shifted-data formulas; T. F. Chan,
/// G. H. Golub, R. J. LeVeque, "Algorithms for computing the sample variance", *Am. Stat.* 37, 1983).
/// Values that are NaN or infinite, or whose distance to c is 2⁴⁸ or more, are not counted (undefined).
struct RunMoments: Sendable, Equatable {
    /// Per cell: the shift c (set once, before any run is added).
    private(set) var shift: [Double]
    /// Per cell: defined values seen.
    var count: [Int]
    /// Per cell: `ExactSum.limbs` limbs of S, then of Q.
    var sums: [UInt64]
    var squares: [UInt64]

    var cellCount: Int { shift.count }

    /// Empty moments with the given shifts.
    init(shift: [Double]) {
        self.shift = shift
        count = [Int](repeating: 0, count: shift.count)
        sums = [UInt64](repeating: 0, count: shift.count * ExactSum.limbs)
        squares = [UInt64](repeating: 0, count: shift.count * ExactSum.limbs)
    }

    init(shift: [Double], count: [Int], sums: [UInt64], squares: [UInt64]) {
        self.shift = shift
        self.count = count
        self.sums = sums
        self.squares = squares
    }

    /// Adds one run's values (one per cell, in cell order).
    /// - Complexity: O(cells).
    mutating func add(run: UnsafeBufferPointer<Double>) {
        withAccumulator { $0.add(run: run, cells: 0..<min(run.count, $0.cellCount)) }
    }

    /// Calls `body` with a pointer view of these moments, valid only inside `body`, through which
    /// several threads may add runs to disjoint cell ranges at once.
    mutating func withAccumulator<R>(_ body: (MomentAccumulator) throws -> R) rethrows -> R {
        let cells = cellCount
        return try shift.withUnsafeMutableBufferPointer { c in
            try count.withUnsafeMutableBufferPointer { n in
                try sums.withUnsafeMutableBufferPointer { s in
                    try squares.withUnsafeMutableBufferPointer { q in
                        try body(MomentAccumulator(cellCount: cells, shift: c, count: n, sums: s, squares: q))
                    }
                }
            }
        }
    }

    /// Adds moments of other runs with the same shifts (exact: any order gives the same result).
    mutating func add(_ other: RunMoments) {
        for i in count.indices { count[i] += other.count[i] }
        sums.withUnsafeMutableBufferPointer { s in
            squares.withUnsafeMutableBufferPointer { q in
                other.sums.withUnsafeBufferPointer { os in
                    other.squares.withUnsafeBufferPointer { oq in
                        guard let sb = s.baseAddress, let qb = q.baseAddress,
                              let osb = os.baseAddress, let oqb = oq.baseAddress else { return }
                        for i in stride(from: 0, to: min(s.count, os.count), by: ExactSum.limbs) {
                            ExactSum.add(sum: osb + i, to: sb + i)
                            ExactSum.add(sum: oqb + i, to: qb + i)
                        }
                    }
                }
            }
        }
    }

    /// n, mean and sd (divisor n − 1) of a cell; NaN where undefined (mean: n = 0; sd: n < 2).
    func moments(cell i: Int) -> (n: Int, mean: Double, sd: Double) {
        let n = count[i]
        guard n > 0 else { return (0, .nan, .nan) }
        let (s, q) = sums.withUnsafeBufferPointer { sb in
            squares.withUnsafeBufferPointer { qb -> (Double, Double) in
                guard let sBase = sb.baseAddress, let qBase = qb.baseAddress else { return (.nan, .nan) }
                return (ExactSum.value(sBase + ExactSum.limbs * i), ExactSum.value(qBase + ExactSum.limbs * i))
            }
        }
        let mean = shift[i] + s / Double(n)
        guard n > 1 else { return (n, mean, .nan) }
        let variance = max(0, q - s * s / Double(n)) / Double(n - 1)
        return (n, mean, variance.squareRoot())
    }
}
