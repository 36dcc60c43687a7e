/// The sign and natural logarithm of |det A|, from an LU factorization (LAPACK `dgetrf`), without the overflow
/// of forming det A itself. As `numpy.linalg.slogdet`: a singular matrix gives `(0, −∞)`.
/// - Parameter a: an n × n matrix with finite elements.
/// - Returns: `sign` ∈ {−1, 0, 1} and `logAbs` = log|det A| (0 for a 0 × 0 matrix, whose determinant is 1).
/// - Throws: `.dimensionMismatch` unless square; `.nonFinite`; `.sizeOverflow`.
/// - Complexity: O(n³).
public func logDeterminant(_ a: Matrix) throws -> (sign: Double, logAbs: Double) {
    do {
        return try LUFactorization(a).signAndLogAbsDeterminant
    } catch LinalgError.singular {
        return (0, -Double.infinity)
    }
}
