/// Solves the square system A X = B by LU with partial pivoting: `dgetrf` then `dgetrs`, which is exactly
/// what LAPACK's `dgesv` does. The two are called separately because Debian's OpenBLAS 0.3.21 runs its own
/// `dgesv` multi-threaded even for tiny systems: with 2 threads a 20 × 20 solve took 0.059 ms through `dgesv`
/// and 0.027 ms through `dgetrf` + `dgetrs` (StationKitBench `solve_20`, `lu_solve_20`).
/// - Parameters:
///   - a: an n × n matrix with finite elements.
///   - b: n × k right-hand sides with finite elements.
/// - Returns: X, n × k.
/// - Throws: `.dimensionMismatch` unless A is square and B has n rows; `.nonFinite`;
///   `.singular(pivot: k)` when U(k, k) is exactly zero (1-based); `.sizeOverflow`.
/// - Complexity: O(n³ + n²k).
/// Reference: LAPACK Users' Guide, `dgesv`; Golub & Van Loan, *Matrix Computations* (4th ed.), §3.4.
public func solve(_ a: Matrix, _ b: Matrix) throws -> Matrix {
    try requireSquare(a, "solve")
    guard b.rows == a.rows else {
        throw LinalgError.dimensionMismatch("solve: A is \(a.rows) × \(a.columns), B has \(b.rows) rows")
    }
    return try LUFactorization(a).solve(b)
}
