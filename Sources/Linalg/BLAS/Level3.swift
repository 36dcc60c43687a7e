import CLapack

// BLAS level 3 (matrix–matrix) over CBLAS, column-major. Reference: Dongarra, Du Croz, Hammarling & Duff,
// "A set of level 3 Basic Linear Algebra Subprograms", ACM TOMS 16 (1990).

/// C = α op(A) op(B) (`dgemm` with β = 0).
/// - Parameters:
///   - a: op(A) is m × k.
///   - b: op(B) is k × n.
///   - transposeA: `.transpose` to use Aᵀ.
///   - transposeB: `.transpose` to use Bᵀ.
///   - alpha: the scale α.
/// - Returns: the m × n product.
/// - Throws: `LinalgError.dimensionMismatch` when the inner dimensions differ; `.sizeOverflow`.
/// - Complexity: O(mnk).
public func gemm(
    _ a: Matrix, _ b: Matrix, transposeA: Transpose = .none, transposeB: Transpose = .none, alpha: Double = 1
) throws -> Matrix {
    var c = Matrix(rows: a.shape(transposeA).rows, columns: b.shape(transposeB).columns)
    try gemm(a, b, transposeA: transposeA, transposeB: transposeB, alpha: alpha, beta: 0, c: &c)
    return c
}

/// C ← α op(A) op(B) + β C (`dgemm`).
/// - Parameters:
///   - a: op(A) is m × k.
///   - b: op(B) is k × n.
///   - transposeA: `.transpose` to use Aᵀ.
///   - transposeB: `.transpose` to use Bᵀ.
///   - alpha: the scale α of the product.
///   - beta: the scale β of the old C (β = 0 ignores C's old contents, even NaN).
///   - c: m × n, updated in place.
/// - Throws: `LinalgError.dimensionMismatch` when shapes do not agree; `.sizeOverflow`.
/// - Complexity: O(mnk).
public func gemm(
    _ a: Matrix, _ b: Matrix, transposeA: Transpose, transposeB: Transpose, alpha: Double, beta: Double,
    c: inout Matrix
) throws {
    let (m, k) = a.shape(transposeA)
    let (kb, n) = b.shape(transposeB)
    guard k == kb, c.rows == m, c.columns == n else {
        throw LinalgError.dimensionMismatch(
            "gemm: op(A) is \(m) × \(k), op(B) is \(kb) × \(n), C is \(c.rows) × \(c.columns)")
    }
    if m == 0 || n == 0 { return }
    let m32 = try lapackInt(m), n32 = try lapackInt(n), k32 = try lapackInt(k)
    let lda = try leadingDimension(a.rows), ldb = try leadingDimension(b.rows), ldc = try leadingDimension(m)
    a.withUnsafeBufferPointer { ap in
        b.withUnsafeBufferPointer { bp in
            c.withUnsafeMutableBufferPointer { cp in
                // With k == 0, dgemm scales C by β (and zeroes it for β = 0), which is the right empty product.
                cblas_dgemm(CblasColMajor, transposeA.cblas, transposeB.cblas, m32, n32, k32, alpha,
                            ap.baseAddress, lda, bp.baseAddress, ldb, beta, cp.baseAddress, ldc)
            }
        }
    }
}

/// The Gram matrix α AᵀA (`transpose: .transpose`, n × n) or α AAᵀ (`.none`, m × m) (`dsyrk`),
/// returned as a full symmetric matrix (both triangles filled).
/// - Parameters:
///   - a: an m × n matrix.
///   - transpose: `.transpose` for AᵀA (cross-products of columns), `.none` for AAᵀ.
///   - alpha: the scale α.
/// - Returns: the symmetric product.
/// - Complexity: O(n²m) for AᵀA, about half of the equivalent `gemm`.
///   Sizes beyond Int32 (impossible in practice) fall back to `gemm`-free loops in Swift.
public func syrk(_ a: Matrix, transpose: Transpose = .transpose, alpha: Double = 1) -> Matrix {
    let (n, k) = a.shape(transpose)  // result is n × n, inner dimension k
    var c = Matrix(rows: n, columns: n)
    if n == 0 || k == 0 { return c }
    guard let n32 = Int32(exactly: n), let k32 = Int32(exactly: k), let lda = Int32(exactly: a.rows) else {
        for j in 0..<n {
            for i in j..<n {
                var s = 0.0
                for l in 0..<k {
                    s += transpose == .transpose ? a[l, i] * a[l, j] : a[i, l] * a[j, l]
                }
                c[i, j] = alpha * s
                c[j, i] = alpha * s
            }
        }
        return c
    }
    // dsyrk's `trans` names op in C = α op(A) op(A)ᵀ: `.none` → AAᵀ, `.transpose` → AᵀA.
    a.withUnsafeBufferPointer { ap in
        c.withUnsafeMutableBufferPointer { cp in
            cblas_dsyrk(CblasColMajor, CblasLower, transpose.cblas, n32, k32, alpha, ap.baseAddress, lda, 0,
                        cp.baseAddress, n32)
        }
    }
    c.mirrorLowerTriangle()
    return c
}

/// Solves op(A) X = B for triangular A (`dtrsm`, left side, α = 1).
/// - Parameters:
///   - a: an n × n triangular matrix; only the `triangle` half is read.
///   - b: n × k right-hand sides.
///   - triangle: which half of `a` holds the matrix.
///   - transpose: `.none` solves A X = B, `.transpose` solves Aᵀ X = B.
///   - unitDiagonal: when true the diagonal is taken to be 1 and not read.
/// - Returns: X, n × k.
/// - Throws: `.dimensionMismatch`; `.singular(pivot: k)` (1-based) when A(k, k) is exactly zero; `.sizeOverflow`.
/// - Complexity: O(n²k).
public func trsm(
    _ a: Matrix, _ b: Matrix, triangle: Triangle, transpose: Transpose = .none, unitDiagonal: Bool = false
) throws -> Matrix {
    try requireSquare(a, "trsm")
    guard b.rows == a.rows else {
        throw LinalgError.dimensionMismatch("trsm: A is \(a.rows) × \(a.columns), B is \(b.rows) × \(b.columns)")
    }
    if !unitDiagonal { try requireNonzeroDiagonal(a) }
    if b.rows == 0 || b.columns == 0 { return b }
    let n = try lapackInt(a.rows), k = try lapackInt(b.columns)
    var x = b
    a.withUnsafeBufferPointer { ap in
        x.withUnsafeMutableBufferPointer { xp in
            cblas_dtrsm(CblasColMajor, CblasLeft, triangle.cblas, transpose.cblas,
                        unitDiagonal ? CblasUnit : CblasNonUnit, n, k, 1, ap.baseAddress, n, xp.baseAddress, n)
        }
    }
    return x
}
