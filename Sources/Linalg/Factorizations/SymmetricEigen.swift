import CLapack

/// Eigenvalues and eigenvectors of a real symmetric matrix, A = V diag(λ) Vᵀ
/// (LAPACK `dsyevd`, divide and conquer; workspaces from an `lwork = liwork = -1` query).
///
/// Only the lower triangle of the input is read. Reference: Golub & Van Loan, *Matrix Computations*
/// (4th ed.), §8.4 (divide and conquer); LAPACK Users' Guide, `dsyevd`.
public struct SymmetricEigen: Sendable {
    /// The eigenvalues, ascending.
    public let values: [Double]
    /// The eigenvectors as orthonormal columns: column j belongs to `values[j]` (sign as LAPACK returns it).
    public let vectors: Matrix

    /// Decomposes `a`.
    /// - Parameter a: an n × n symmetric matrix with finite elements (lower triangle read).
    /// - Throws: `.dimensionMismatch` unless square; `.nonFinite`; `.didNotConverge(routine: "dsyevd")`;
    ///   `.sizeOverflow`.
    /// - Complexity: O(n³).
    public init(_ a: Matrix) throws {
        try requireSquare(a, "symmetric eigendecomposition")
        try requireFinite(a, "the matrix to decompose (symmetric eigen)")
        var v = a
        var w = [Double](repeating: 0, count: a.rows)
        if a.rows > 0 {
            let n = try lapackInt(a.rows)
            let info = try v.withUnsafeMutableBufferPointer { vp in
                try w.withUnsafeMutableBufferPointer { wp in
                    try withQueriedWorkspaces("dsyevd") { work, lwork, iwork, liwork in
                        LAPACKE_dsyevd_work(columnMajorLayout, lapackChar("V"), lapackChar("L"), n, vp.baseAddress, n,
                                            wp.baseAddress, work, lwork, iwork, liwork)
                    }
                }
            }
            try checkConvergence(info, "dsyevd")
        }
        values = w
        vectors = v
    }
}
