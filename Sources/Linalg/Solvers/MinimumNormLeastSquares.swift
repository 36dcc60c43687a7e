import CLapack

/// The minimum-norm least-squares solution of a possibly rank-deficient system: among the minimisers of
/// ‖A X − B‖₂ the X of least ‖X‖₂ (LAPACK `dgelsd`, SVD by divide and conquer; workspaces from an
/// `lwork = -1` query). This is what `numpy.linalg.lstsq` computes.
///
/// Singular values σᵢ ≤ rcond · σ₁ are treated as zero; the number of the others is the effective rank.
/// Reference: LAPACK Users' Guide, `dgelsd`; Golub & Van Loan, *Matrix Computations* (4th ed.), §5.5.
public struct MinimumNormLeastSquares: Sendable {
    /// X, n × k.
    public let solution: Matrix
    /// The effective rank: the number of singular values greater than rcond · σ₁.
    public let rank: Int
    /// The singular values of A, descending, min(m, n) of them.
    public let singularValues: [Double]

    /// Solves min ‖A X − B‖₂ with minimum ‖X‖₂.
    /// - Parameters:
    ///   - a: an m × n matrix with finite elements.
    ///   - b: m × k right-hand sides with finite elements.
    ///   - rcond: relative threshold for small singular values; negative means machine precision ε
    ///     (as LAPACK; `numpy.linalg.lstsq`'s default is ε · max(m, n)).
    /// - Throws: `.dimensionMismatch` when `b.rows != m`; `.nonFinite`; `.didNotConverge(routine: "dgelsd")`;
    ///   `.sizeOverflow`.
    /// - Complexity: O(mn·min(m, n)).
    public init(_ a: Matrix, _ b: Matrix, rcond: Double = -1) throws {
        guard b.rows == a.rows else {
            throw LinalgError.dimensionMismatch(
                "least squares: A is \(a.rows) × \(a.columns), B has \(b.rows) rows")
        }
        try requireFinite(a, "the design matrix")
        try requireFinite(b, "the right-hand side")
        let k = Swift.min(a.rows, a.columns)
        if k == 0 || b.columns == 0 {
            solution = Matrix(rows: a.columns, columns: b.columns)
            rank = 0
            singularValues = [Double](repeating: 0, count: k)
            return
        }
        var work = a
        var x = b.padded(toRows: Swift.max(a.rows, a.columns))
        var s = [Double](repeating: 0, count: k)
        var rank32: Int32 = 0
        let m = try lapackInt(a.rows), n = try lapackInt(a.columns), nrhs = try lapackInt(b.columns)
        let lda = try leadingDimension(a.rows), ldb = try leadingDimension(x.rows)
        let info = try work.withUnsafeMutableBufferPointer { ap in
            try x.withUnsafeMutableBufferPointer { xp in
                try s.withUnsafeMutableBufferPointer { sp in
                    try withUnsafeMutablePointer(to: &rank32) { rp in
                        try withQueriedWorkspaces("dgelsd", minimumIntegerWorkspace: dgelsdIntegerWorkspace(k)) {
                            w, lw, iw, _ in
                            LAPACKE_dgelsd_work(columnMajorLayout, m, n, nrhs, ap.baseAddress, lda, xp.baseAddress, ldb,
                                                sp.baseAddress, rcond, rp, w, lw, iw)
                        }
                    }
                }
            }
        }
        try checkConvergence(info, "dgelsd")
        solution = x.topRows(a.columns)
        rank = Int(rank32)
        singularValues = s
    }
}

/// LIWORK ≥ max(1, 3·k·NLVL + 11·k) with NLVL = max(0, ⌊log₂(k / (SMLSIZ + 1))⌋ + 1), SMLSIZ = 25
/// (the `dgelsd` documentation); used as a floor under the size the query reports.
func dgelsdIntegerWorkspace(_ k: Int) -> Int {
    var levels = 0
    var size = k / 26
    while size > 0 { levels += 1; size /= 2 }
    return Swift.max(1, 3 * k * Swift.max(0, levels) + 11 * k + 3 * k)
}
