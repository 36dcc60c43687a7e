import CLapack

/// The least-squares solution of a full-rank system: min ‖A X − B‖₂ when m ≥ n, the minimum-norm solution of
/// A X = B when m < n (LAPACK `dgels`, QR or LQ; workspace from an `lwork = -1` query).
/// - Parameters:
///   - a: an m × n matrix of full rank min(m, n), finite elements.
///   - b: m × k right-hand sides, finite elements.
/// - Returns: X, n × k.
/// - Throws: `.dimensionMismatch` when `b.rows != m`; `.nonFinite`; `.rankDeficient(rank:required:)` when the
///   triangular factor has an exactly zero diagonal element i (reported rank i − 1, a lower bound; use
///   `MinimumNormLeastSquares` for rank-deficient problems); `.sizeOverflow`.
/// - Complexity: O(mn·min(m, n)).
/// Reference: LAPACK Users' Guide, `dgels`; Golub & Van Loan, *Matrix Computations* (4th ed.), §5.3.
public func leastSquares(_ a: Matrix, _ b: Matrix) throws -> Matrix {
    guard b.rows == a.rows else {
        throw LinalgError.dimensionMismatch("least squares: A is \(a.rows) × \(a.columns), B has \(b.rows) rows")
    }
    try requireFinite(a, "the design matrix")
    try requireFinite(b, "the right-hand side")
    let required = Swift.min(a.rows, a.columns)
    if a.columns == 0 || b.columns == 0 { return Matrix(rows: a.columns, columns: b.columns) }
    if a.rows == 0 { throw LinalgError.rankDeficient(rank: 0, required: a.columns) }
    var qr = a
    var x = b.padded(toRows: Swift.max(a.rows, a.columns))
    let m = try lapackInt(a.rows), n = try lapackInt(a.columns), k = try lapackInt(b.columns)
    let lda = try leadingDimension(a.rows), ldb = try leadingDimension(x.rows)
    let info = try qr.withUnsafeMutableBufferPointer { ap in
        try x.withUnsafeMutableBufferPointer { xp in
            try withQueriedWorkspace("dgels") { work, lwork in
                LAPACKE_dgels_work(columnMajorLayout, lapackChar("N"), m, n, k, ap.baseAddress, lda, xp.baseAddress,
                                   ldb, work, lwork)
            }
        }
    }
    try checkArguments(info, "dgels")
    if info > 0 { throw LinalgError.rankDeficient(rank: Int(info) - 1, required: required) }
    return x.topRows(a.columns)
}

extension Matrix {
    /// A copy with `rows` rows: the original on top, zeros below (B buffers of `dgels`/`dgelsd` need max(m, n)
    /// rows).
    func padded(toRows newRows: Int) -> Matrix {
        if newRows == rows { return self }
        var out = Matrix(rows: newRows, columns: columns)
        for j in 0..<columns {
            for i in 0..<Swift.min(rows, newRows) { out[i, j] = self[i, j] }
        }
        return out
    }

    /// The first `count` rows.
    func topRows(_ count: Int) -> Matrix {
        padded(toRows: count)
    }
}
