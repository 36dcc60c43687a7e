import CLapack

/// Solves the square system A X = B by LU with partial pivoting (LAPACK `dgesv`).
/// - Parameters:
///   - a: an n × n matrix with finite elements.
///   - b: n × k right-hand sides with finite elements.
/// - Returns: X, n × k.
/// - Throws: `.dimensionMismatch` unless A is square and B has n rows; `.nonFinite`;
///   `.singular(pivot: k)` when U(k, k) is exactly zero (1-based); `.sizeOverflow`.
/// - Complexity: O(n³ + n²k).
/// Reference: LAPACK Users' Guide, `dgesv`.
public func solve(_ a: Matrix, _ b: Matrix) throws -> Matrix {
    try requireSquare(a, "solve")
    guard b.rows == a.rows else {
        throw LinalgError.dimensionMismatch("solve: A is \(a.rows) × \(a.columns), B has \(b.rows) rows")
    }
    try requireFinite(a, "the matrix of the system")
    try requireFinite(b, "the right-hand side")
    if a.rows == 0 || b.columns == 0 { return b }
    let n = try lapackInt(a.rows), k = try lapackInt(b.columns)
    var lu = a, x = b
    var ipiv = [Int32](repeating: 0, count: a.rows)
    let info = lu.withUnsafeMutableBufferPointer { ap in
        ipiv.withUnsafeMutableBufferPointer { pp in
            x.withUnsafeMutableBufferPointer { xp in
                LAPACKE_dgesv_work(columnMajorLayout, n, k, ap.baseAddress, n, pp.baseAddress, xp.baseAddress, n)
            }
        }
    }
    try checkArguments(info, "dgesv")
    if info > 0 { throw LinalgError.singular(pivot: Int(info)) }
    return x
}
