import CLapack
import Foundation

/// The LU factorization with partial pivoting, P A = L U, of a square matrix (LAPACK `dgetrf`).
///
/// L is unit lower triangular, U upper triangular, P a row permutation. Reference: Golub & Van Loan,
/// *Matrix Computations* (4th ed.), §3.4; LAPACK Users' Guide, `dgetrf`/`dgetrs`/`dgetri`.
public struct LUFactorization: Sendable {
    /// L (strictly below the diagonal, unit diagonal implied) and U (on and above) packed as `dgetrf` leaves them.
    public let packed: Matrix
    /// 1-based pivot rows as LAPACK returns them: row i was interchanged with row `pivots[i]`.
    public let pivots: [Int32]

    /// Factors `a`.
    /// - Parameter a: an n × n matrix with finite elements.
    /// - Throws: `.dimensionMismatch` unless square; `.nonFinite` on NaN/∞; `.singular(pivot: k)` when U(k, k)
    ///   is exactly zero (1-based, as LAPACK reports it); `.sizeOverflow`.
    /// - Complexity: O(n³) (⅔ n³ flops).
    public init(_ a: Matrix) throws {
        try requireSquare(a, "LU factorization")
        try requireFinite(a, "the matrix to factor (LU)")
        let n = try lapackInt(a.rows), lda = try leadingDimension(a.rows)
        var lu = a
        var ipiv = [Int32](repeating: 0, count: a.rows)
        let info = lu.withUnsafeMutableBufferPointer { ap in
            ipiv.withUnsafeMutableBufferPointer { pp in
                LAPACKE_dgetrf_work(columnMajorLayout, n, n, ap.baseAddress, lda, pp.baseAddress)
            }
        }
        try checkArguments(info, "dgetrf")
        if info > 0 { throw LinalgError.singular(pivot: Int(info)) }
        packed = lu
        pivots = ipiv
    }

    /// The order n.
    public var order: Int { packed.rows }

    /// Solves A X = B (`dgetrs`).
    /// - Parameter b: n × k right-hand sides.
    /// - Returns: X, n × k.
    /// - Throws: `.dimensionMismatch` when `b.rows != n`; `.nonFinite` on NaN/∞ in `b`.
    /// - Complexity: O(n²k).
    public func solve(_ b: Matrix) throws -> Matrix {
        try solveWithFactors(b, order: order, routine: "dgetrs") { xp, n, k in
            packed.withUnsafeBufferPointer { ap in
                pivots.withUnsafeBufferPointer { pp in
                    LAPACKE_dgetrs_work(columnMajorLayout, lapackChar("N"), n, k, ap.baseAddress, n, pp.baseAddress,
                                        xp, n)
                }
            }
        }
    }

    /// Solves A x = b (`dgetrs`).
    /// - Parameter b: length n.
    /// - Returns: x, length n.
    /// - Throws: `.dimensionMismatch` when `b.count != n`; `.nonFinite`.
    public func solve(_ b: [Double]) throws -> [Double] {
        try solve(Matrix(rows: b.count, columns: 1, sized: b)).storage
    }

    /// det A = (−1)^(number of row interchanges) · Πᵢ U(i, i). Can overflow to ±∞ for large n;
    /// use `logDeterminant(_:)` then. 1 for a 0 × 0 matrix.
    public var determinant: Double {
        var det = 1.0
        for i in 0..<order {
            det *= packed[i, i]
            if Int(pivots[i]) != i + 1 { det = -det }
        }
        return det
    }

    /// (sign, log|det A|) from the factors, without overflow.
    var signAndLogAbsDeterminant: (sign: Double, logAbs: Double) {
        var sign = 1.0, logAbs = 0.0
        for i in 0..<order {
            let u = packed[i, i]
            if u < 0 { sign = -sign }
            if Int(pivots[i]) != i + 1 { sign = -sign }
            logAbs += log(Swift.abs(u))
        }
        return (sign, logAbs)
    }

    /// A⁻¹ (`dgetri`, workspace from an `lwork = -1` query).
    /// - Returns: the n × n inverse.
    /// - Throws: `.singular(pivot:)` if LAPACK finds a zero pivot (cannot happen after a successful factorization,
    ///   but is mapped rather than trusted); `.sizeOverflow`.
    /// - Complexity: O(n³).
    public func inverse() throws -> Matrix {
        if order == 0 { return packed }
        let n = try lapackInt(order)
        var inv = packed
        let info = try inv.withUnsafeMutableBufferPointer { ap in
            try pivots.withUnsafeBufferPointer { pp in
                try withQueriedWorkspace("dgetri") { work, lwork in
                    LAPACKE_dgetri_work(columnMajorLayout, n, ap.baseAddress, n, pp.baseAddress, work, lwork)
                }
            }
        }
        try checkArguments(info, "dgetri")
        if info > 0 { throw LinalgError.singular(pivot: Int(info)) }
        return inv
    }
}
