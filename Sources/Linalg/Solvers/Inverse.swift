/// A⁻¹ by LU with partial pivoting (LAPACK `dgetrf` + `dgetri`).
///
/// Prefer `solve(_:_:)` or a factorization's `solve` to multiplying by an inverse: it is faster and more accurate.
/// - Parameter a: an n × n matrix with finite elements.
/// - Returns: the n × n inverse.
/// - Throws: `.dimensionMismatch` unless square; `.nonFinite`; `.singular(pivot: k)` (1-based); `.sizeOverflow`.
/// - Complexity: O(n³).
/// Reference: LAPACK Users' Guide, `dgetri`.
public func inverse(_ a: Matrix) throws -> Matrix {
    try LUFactorization(a).inverse()
}
