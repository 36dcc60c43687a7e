import CLapack

// BLAS level 2 (matrix–vector) over CBLAS, column-major. Reference: Dongarra, Du Croz, Hammarling &
// Hanson, "An extended set of FORTRAN Basic Linear Algebra Subprograms", ACM TOMS 14 (1988).

/// y = α op(A) x (`dgemv` with β = 0).
/// - Parameters:
///   - a: an m × n matrix.
///   - x: length n (or m when `transpose == .transpose`).
///   - transpose: `.none` for A x, `.transpose` for Aᵀ x.
///   - alpha: the scale α.
/// - Returns: the product, length m (or n).
/// - Throws: `LinalgError.dimensionMismatch` when `x` does not match; `.sizeOverflow` for sizes beyond Int32.
/// - Complexity: O(mn).
public func gemv(_ a: Matrix, _ x: [Double], transpose: Transpose = .none, alpha: Double = 1) throws -> [Double] {
    var y = [Double](repeating: 0, count: a.shape(transpose).rows)
    try gemv(a, x, transpose: transpose, alpha: alpha, beta: 0, y: &y)
    return y
}

/// y ← α op(A) x + β y (`dgemv`).
/// - Parameters:
///   - a: an m × n matrix.
///   - x: length n (m for `.transpose`).
///   - transpose: `.none` or `.transpose`.
///   - alpha: the scale α of the product.
///   - beta: the scale β of the old `y` (β = 0 ignores `y`'s old contents, even NaN).
///   - y: length m (n for `.transpose`), updated in place.
/// - Throws: `LinalgError.dimensionMismatch` when lengths do not match; `.sizeOverflow` for sizes beyond Int32.
/// - Complexity: O(mn).
public func gemv(
    _ a: Matrix, _ x: [Double], transpose: Transpose, alpha: Double, beta: Double, y: inout [Double]
) throws {
    let (m, n) = a.shape(transpose)
    guard x.count == n, y.count == m else {
        throw LinalgError.dimensionMismatch(
            "gemv: op(A) is \(m) × \(n), x has \(x.count) elements, y has \(y.count)")
    }
    if m == 0 { return }
    if n == 0 {
        scal(beta, &y)
        if beta == 0 { y = [Double](repeating: 0, count: m) }
        return
    }
    let rows = try lapackInt(a.rows), cols = try lapackInt(a.columns), lda = try leadingDimension(a.rows)
    a.withUnsafeBufferPointer { ap in
        x.withUnsafeBufferPointer { xp in
            y.withUnsafeMutableBufferPointer { yp in
                cblas_dgemv(CblasColMajor, transpose.cblas, rows, cols, alpha, ap.baseAddress, lda,
                            xp.baseAddress, 1, beta, yp.baseAddress, 1)
            }
        }
    }
}

/// Solves op(A) x = b for triangular A (`dtrsv`).
/// - Parameters:
///   - a: an n × n triangular matrix; only the `triangle` half is read.
///   - b: the right-hand side, length n.
///   - triangle: which half of `a` holds the matrix.
///   - transpose: `.none` solves A x = b, `.transpose` solves Aᵀ x = b.
///   - unitDiagonal: when true the diagonal is taken to be 1 and not read.
/// - Returns: x, length n.
/// - Throws: `.dimensionMismatch` for a non-square `a` or wrong `b`; `.singular(pivot: k)` (1-based) when
///   A(k, k) is exactly zero; `.sizeOverflow`.
/// - Complexity: O(n²).
public func trsv(
    _ a: Matrix, _ b: [Double], triangle: Triangle, transpose: Transpose = .none, unitDiagonal: Bool = false
) throws -> [Double] {
    try requireSquare(a, "trsv")
    guard b.count == a.rows else {
        throw LinalgError.dimensionMismatch("trsv: A is \(a.rows) × \(a.columns), b has \(b.count) elements")
    }
    if !unitDiagonal { try requireNonzeroDiagonal(a) }
    if b.isEmpty { return b }
    let n = try lapackInt(a.rows)
    var x = b
    a.withUnsafeBufferPointer { ap in
        x.withUnsafeMutableBufferPointer { xp in
            cblas_dtrsv(CblasColMajor, triangle.cblas, transpose.cblas, unitDiagonal ? CblasUnit : CblasNonUnit,
                        n, ap.baseAddress, n, xp.baseAddress, 1)
        }
    }
    return x
}

/// Throws `.singular(pivot: k)` (1-based) for the first exactly-zero diagonal element of a triangular matrix.
func requireNonzeroDiagonal(_ a: Matrix) throws {
    for k in 0..<Swift.min(a.rows, a.columns) where a[k, k] == 0 {
        throw LinalgError.singular(pivot: k + 1)
    }
}
