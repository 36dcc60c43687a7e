/// Errors from linear algebra. Every LAPACK `info != 0` maps to one of these;
/// nothing in Linalg traps or returns a silent NaN on data-dependent failure.
public enum LinalgError: Error, Equatable, Sendable, CustomStringConvertible {
    /// Operand shapes do not agree (message says which).
    case dimensionMismatch(String)
    /// An argument was illegal (LAPACK `info < 0`: the `parameter`-th argument of `routine`).
    case illegalArgument(routine: String, parameter: Int)
    /// LU found an exact zero pivot: U(pivot, pivot) == 0 (1-based, as LAPACK reports it).
    case singular(pivot: Int)
    /// Cholesky failed: the leading minor of this order (1-based) is not positive definite.
    case notPositiveDefinite(minor: Int)
    /// An iterative LAPACK routine (eigen, SVD) did not converge.
    case didNotConverge(routine: String)
    /// The matrix does not have full rank where full rank is required.
    case rankDeficient(rank: Int, required: Int)
    /// An input contains NaN or infinity.
    case nonFinite(String)
    /// A size does not fit LAPACK's 32-bit integer interface.
    case sizeOverflow(Int)

    public var description: String {
        switch self {
        case .dimensionMismatch(let s): return "dimension mismatch: \(s)"
        case .illegalArgument(let r, let p): return "internal error: argument \(p) of \(r) is illegal"
        case .singular(let k): return "matrix is singular: U(\(k),\(k)) is exactly zero"
        case .notPositiveDefinite(let k):
            return "matrix is not positive definite: the leading minor of order \(k) is not positive"
        case .didNotConverge(let r): return "\(r) did not converge"
        case .rankDeficient(let r, let req): return "matrix is rank deficient: rank \(r), need \(req)"
        case .nonFinite(let s): return "non-finite value (NaN or infinity) in \(s)"
        case .sizeOverflow(let n): return "size \(n) exceeds LAPACK's 32-bit integer range"
        }
    }
}
