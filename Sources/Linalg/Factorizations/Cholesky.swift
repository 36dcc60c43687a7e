import CLapack
import Foundation

/// The Cholesky factorization A = L Lᵀ of a symmetric positive definite matrix (LAPACK `dpotrf`, lower).
///
/// Only the lower triangle of the input is read; the upper triangle is assumed to mirror it.
/// Reference: Golub & Van Loan, *Matrix Computations* (4th ed.), §4.2; LAPACK `dpotrf`/`dpotrs`/`dpotri`.
public struct Cholesky: Sendable {
    /// L, lower triangular with positive diagonal, with zeros above the diagonal.
    public let factor: Matrix

    /// Factors `a`.
    /// - Parameter a: an n × n symmetric positive definite matrix with finite elements (lower triangle read).
    /// - Throws: `.dimensionMismatch` unless square; `.nonFinite`; `.notPositiveDefinite(minor: k)` when the
    ///   leading minor of order k (1-based) is not positive definite; `.sizeOverflow`.
    /// - Complexity: O(n³) (⅓ n³ flops).
    public init(_ a: Matrix) throws {
        try requireSquare(a, "Cholesky factorization")
        try requireFinite(a, "the matrix to factor (Cholesky)")
        let n = try lapackInt(a.rows), lda = try leadingDimension(a.rows)
        var l = a
        let info = l.withUnsafeMutableBufferPointer { ap in
            LAPACKE_dpotrf_work(columnMajorLayout, lapackChar("L"), n, ap.baseAddress, lda)
        }
        try checkArguments(info, "dpotrf")
        if info > 0 { throw LinalgError.notPositiveDefinite(minor: Int(info)) }
        l.zeroStrictUpperTriangle()
        factor = l
    }

    /// The order n.
    public var order: Int { factor.rows }

    /// Solves A X = B (`dpotrs`).
    /// - Parameter b: n × k right-hand sides.
    /// - Returns: X, n × k.
    /// - Throws: `.dimensionMismatch` when `b.rows != n`; `.nonFinite`.
    /// - Complexity: O(n²k).
    public func solve(_ b: Matrix) throws -> Matrix {
        try solveWithFactors(b, order: order, routine: "dpotrs") { xp, n, k in
            factor.withUnsafeBufferPointer { lp in
                LAPACKE_dpotrs_work(columnMajorLayout, lapackChar("L"), n, k, lp.baseAddress, n, xp, n)
            }
        }
    }

    /// Solves A x = b (`dpotrs`).
    /// - Parameter b: length n.
    /// - Returns: x, length n.
    /// - Throws: `.dimensionMismatch`; `.nonFinite`.
    public func solve(_ b: [Double]) throws -> [Double] {
        try solve(Matrix(rows: b.count, columns: 1, sized: b)).storage
    }

    /// A⁻¹ as a full symmetric matrix (`dpotri`, then the lower triangle mirrored).
    /// - Throws: `.singular(pivot:)` if a diagonal element of L is zero (cannot happen after `dpotrf` succeeded).
    /// - Complexity: O(n³).
    public func inverse() throws -> Matrix {
        if order == 0 { return factor }
        let n = try lapackInt(order)
        var inv = factor
        let info = inv.withUnsafeMutableBufferPointer { ap in
            LAPACKE_dpotri_work(columnMajorLayout, lapackChar("L"), n, ap.baseAddress, n)
        }
        try checkArguments(info, "dpotri")
        if info > 0 { throw LinalgError.singular(pivot: Int(info)) }
        inv.mirrorLowerTriangle()
        return inv
    }

    /// log det A = 2 Σᵢ log L(i, i) (finite even when det A would overflow or underflow).
    public var logDeterminant: Double {
        var s = 0.0
        for i in 0..<order { s += log(factor[i, i]) }
        return 2 * s
    }
}

extension Matrix {
    /// Sets the elements above the diagonal to zero.
    mutating func zeroStrictUpperTriangle() {
        let m = rows, n = columns
        withUnsafeMutableBufferPointer { p in
            for j in 0..<n {
                for i in 0..<Swift.min(j, m) { p[i + j * m] = 0 }
            }
        }
    }

    /// Copies the lower triangle into the upper one (square matrices).
    mutating func mirrorLowerTriangle() {
        let n = rows
        withUnsafeMutableBufferPointer { p in
            for j in 0..<n {
                for i in (j + 1)..<n { p[j + i * n] = p[i + j * n] }
            }
        }
    }
}
