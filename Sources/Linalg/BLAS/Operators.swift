// Arithmetic operators on `Matrix`, thin wrappers over the BLAS functions.

extension Matrix {
    /// The matrix product A B (`dgemm`).
    /// - Throws: `LinalgError.dimensionMismatch` when `a.columns != b.rows`.
    /// - Complexity: O(mnk).
    public static func * (a: Matrix, b: Matrix) throws -> Matrix {
        try gemm(a, b)
    }

    /// The matrix–vector product A x (`dgemv`).
    /// - Throws: `LinalgError.dimensionMismatch` when `a.columns != x.count`.
    public static func * (a: Matrix, x: [Double]) throws -> [Double] {
        try gemv(a, x)
    }

    /// The element-wise sum A + B.
    /// - Throws: `LinalgError.dimensionMismatch` when the shapes differ.
    public static func + (a: Matrix, b: Matrix) throws -> Matrix {
        try elementwise(a, b, "+", +)
    }

    /// The element-wise difference A − B.
    /// - Throws: `LinalgError.dimensionMismatch` when the shapes differ.
    public static func - (a: Matrix, b: Matrix) throws -> Matrix {
        try elementwise(a, b, "-", -)
    }

    /// The scalar multiple s A.
    public static func * (s: Double, a: Matrix) -> Matrix {
        // Plain multiplication (not dscal), so that 0 · NaN stays NaN as IEEE 754 says.
        Matrix(rows: a.rows, columns: a.columns, sized: a.storage.map { s * $0 })
    }

    private static func elementwise(
        _ a: Matrix, _ b: Matrix, _ name: String, _ op: (Double, Double) -> Double
    ) throws -> Matrix {
        guard a.rows == b.rows, a.columns == b.columns else {
            throw LinalgError.dimensionMismatch(
                "\(a.rows) × \(a.columns) \(name) \(b.rows) × \(b.columns)")
        }
        return Matrix(rows: a.rows, columns: a.columns, sized: zip(a.storage, b.storage).map(op))
    }
}
