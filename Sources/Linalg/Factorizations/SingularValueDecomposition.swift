import CLapack

/// The thin singular value decomposition A = U diag(σ) Vᵀ (LAPACK `dgesdd`, divide and conquer;
/// workspace from an `lwork = -1` query).
///
/// For an m × n matrix with k = min(m, n): U is m × k, σ has k elements in descending order, Vᵀ is k × n.
/// Reference: Golub & Van Loan, *Matrix Computations* (4th ed.), §8.6; LAPACK Users' Guide, `dgesdd`.
public struct SingularValueDecomposition: Sendable {
    /// U (m × k, orthonormal columns), or nil when computed without vectors.
    public let u: Matrix?
    /// σ₁ ≥ σ₂ ≥ … ≥ σ_k ≥ 0.
    public let singularValues: [Double]
    /// Vᵀ (k × n, orthonormal rows), or nil when computed without vectors.
    public let vt: Matrix?

    /// Decomposes `a`.
    /// - Parameters:
    ///   - a: an m × n matrix with finite elements.
    ///   - vectors: whether to compute U and Vᵀ (`jobz = 'S'`) or only σ (`jobz = 'N'`).
    /// - Throws: `.nonFinite`; `.didNotConverge(routine: "dgesdd")`; `.sizeOverflow`.
    /// - Complexity: O(mn·min(m, n)).
    public init(_ a: Matrix, vectors: Bool = true) throws {
        try requireFinite(a, "the matrix to decompose (SVD)")
        let rows = a.rows, cols = a.columns, k = Swift.min(rows, cols)
        var s = [Double](repeating: 0, count: k)
        var u = Matrix(rows: rows, columns: vectors ? k : 0)
        var vt = Matrix(rows: vectors ? k : 0, columns: cols)
        if k > 0 {
            var work = a
            let m = try lapackInt(rows), n = try lapackInt(cols), lda = try leadingDimension(rows)
            let ldu = try leadingDimension(rows), ldvt = try leadingDimension(k)
            let jobz = lapackChar(vectors ? "S" : "N")
            let info = try work.withUnsafeMutableBufferPointer { ap in
                try s.withUnsafeMutableBufferPointer { sp in
                    try u.withUnsafeMutableBufferPointer { up in
                        try vt.withUnsafeMutableBufferPointer { vp in
                            try withQueriedWorkspaces("dgesdd", minimumIntegerWorkspace: 8 * k) { w, lw, iw, _ in
                                // dgesdd needs valid (non-null) U/VT pointers only when vectors are wanted.
                                LAPACKE_dgesdd_work(columnMajorLayout, jobz, m, n, ap.baseAddress, lda, sp.baseAddress,
                                                    up.baseAddress, ldu, vp.baseAddress, ldvt, w, lw, iw)
                            }
                        }
                    }
                }
            }
            try checkConvergence(info, "dgesdd")
        }
        singularValues = s
        self.u = vectors ? u : nil
        self.vt = vectors ? vt : nil
    }
}
