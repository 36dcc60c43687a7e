import CLapack

/// The QR factorization with column pivoting, A P = Q R (LAPACK `dgeqp3`; Q formed on demand by `dorgqr`).
///
/// Column pivoting orders |R(0,0)| ≥ |R(1,1)| ≥ …, so the numerical rank can be read off R's diagonal.
/// Reference: Golub & Van Loan, *Matrix Computations* (4th ed.), §5.4.2; Quintana-Ortí, Sun & Bischof,
/// "A BLAS-3 version of the QR factorization with column pivoting", SIAM J. Sci. Comput. 19 (1998).
public struct PivotedQR: Sendable {
    /// R above the diagonal and the Householder vectors below, as `dgeqp3` leaves them (m × n).
    private let packed: Matrix
    /// Householder scalars τ, min(m, n) of them.
    private let tau: [Double]
    /// 0-based column order: column k of A P is column `permutation[k]` of A.
    public let permutation: [Int]

    /// Factors `a` (`dgeqp3`, workspace from an `lwork = -1` query).
    /// - Parameter a: an m × n matrix with finite elements.
    /// - Throws: `.nonFinite`; `.illegalArgument`; `.sizeOverflow`.
    /// - Complexity: O(mn·min(m, n)).
    public init(_ a: Matrix) throws {
        try requireFinite(a, "the matrix to factor (QR)")
        let m = try lapackInt(a.rows), n = try lapackInt(a.columns), lda = try leadingDimension(a.rows)
        var qr = a
        var jpvt = [Int32](repeating: 0, count: a.columns)  // 0 = free column
        var tau = [Double](repeating: 0, count: Swift.min(a.rows, a.columns))
        if a.rows > 0 && a.columns > 0 {
            let info = try qr.withUnsafeMutableBufferPointer { ap in
                try jpvt.withUnsafeMutableBufferPointer { jp in
                    try tau.withUnsafeMutableBufferPointer { tp in
                        try withQueriedWorkspace("dgeqp3") { work, lwork in
                            LAPACKE_dgeqp3_work(columnMajorLayout, m, n, ap.baseAddress, lda, jp.baseAddress,
                                                tp.baseAddress, work, lwork)
                        }
                    }
                }
            }
            try checkArguments(info, "dgeqp3")
            permutation = jpvt.map { Int($0) - 1 }
        } else {
            permutation = Array(0..<a.columns)
        }
        packed = qr
        self.tau = tau
    }

    /// R: the min(m, n) × n upper triangular (trapezoidal) factor.
    public var r: Matrix {
        let k = Swift.min(packed.rows, packed.columns)
        var r = Matrix(rows: k, columns: packed.columns)
        for j in 0..<packed.columns {
            for i in 0..<Swift.min(j + 1, k) { r[i, j] = packed[i, j] }
        }
        return r
    }

    /// The numerical rank: the number of |R(k, k)| greater than `tolerance`.
    /// - Parameter tolerance: defaults to max(m, n) · ε · |R(0, 0)| (the rule of `numpy.linalg.matrix_rank`
    ///   applied to R's diagonal).
    /// - Returns: a rank between 0 and min(m, n).
    public func rank(tolerance: Double? = nil) -> Int {
        let k = Swift.min(packed.rows, packed.columns)
        guard k > 0 else { return 0 }
        let r00 = Swift.abs(packed[0, 0])
        let tol = tolerance ?? Double(Swift.max(packed.rows, packed.columns)) * Double.ulpOfOne * r00
        return (0..<k).prefix { Swift.abs(packed[$0, $0]) > tol }.count
    }

    /// Q: the m × min(m, n) matrix with orthonormal columns (`dorgqr`, workspace from an `lwork = -1` query).
    /// - Throws: `.illegalArgument`; `.sizeOverflow`.
    /// - Complexity: O(m·min(m, n)²).
    public func q() throws -> Matrix {
        let rows = packed.rows, k = Swift.min(packed.rows, packed.columns)
        if k == 0 { return Matrix(rows: rows, columns: 0) }
        var q = Matrix(rows: rows, columns: k, sized: Array(packed.storage[0..<(rows * k)]))
        let m32 = try lapackInt(rows), k32 = try lapackInt(k), lda = try leadingDimension(rows)
        let info = try q.withUnsafeMutableBufferPointer { qp in
            try tau.withUnsafeBufferPointer { tp in
                try withQueriedWorkspace("dorgqr") { work, lwork in
                    LAPACKE_dorgqr_work(columnMajorLayout, m32, k32, k32, qp.baseAddress, lda, tp.baseAddress,
                                        work, lwork)
                }
            }
        }
        try checkArguments(info, "dorgqr")
        return q
    }
}
