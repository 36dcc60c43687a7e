import CLapack

/// An estimate of the reciprocal condition number in the 1-norm, 1 / (‖A‖₁ ‖A⁻¹‖₁)
/// (LAPACK `dgetrf` then `dgecon`, Hager–Higham estimator of ‖A⁻¹‖₁).
///
/// The estimate is usually within a factor of a few of the exact value (Higham, *Accuracy and Stability of
/// Numerical Algorithms*, 2nd ed., §15.3); values near ε mean the matrix is numerically singular.
/// - Parameter a: an n × n matrix with finite elements.
/// - Returns: rcond ∈ [0, 1]; exactly 0 when LU finds an exact zero pivot; 1 for a 0 × 0 matrix.
/// - Throws: `.dimensionMismatch` unless square; `.nonFinite`; `.sizeOverflow`.
/// - Complexity: O(n³) for the factorization, O(n²) for the estimate.
public func reciprocalConditionNumber(_ a: Matrix) throws -> Double {
    try requireSquare(a, "condition number")
    if a.rows == 0 { return 1 }
    let norm1 = a.oneNorm
    let lu: LUFactorization
    do { lu = try LUFactorization(a) } catch LinalgError.singular { return 0 }
    if norm1 == 0 { return 0 }
    let n = try lapackInt(a.rows)
    var rcond = 0.0
    var work = [Double](repeating: 0, count: 4 * a.rows)
    var iwork = [Int32](repeating: 0, count: a.rows)
    let info = lu.packed.withUnsafeBufferPointer { ap in
        work.withUnsafeMutableBufferPointer { wp in
            iwork.withUnsafeMutableBufferPointer { ip in
                LAPACKE_dgecon_work(columnMajorLayout, lapackChar("1"), n, ap.baseAddress, n, norm1, &rcond,
                                    wp.baseAddress, ip.baseAddress)
            }
        }
    }
    try checkArguments(info, "dgecon")
    return rcond
}

extension Matrix {
    /// ‖A‖₁ = maxⱼ Σᵢ |A(i, j)|, the largest absolute column sum.
    var oneNorm: Double {
        (0..<columns).map { j in column(j).reduce(0) { $0 + Swift.abs($1) } }.max() ?? 0
    }
}
