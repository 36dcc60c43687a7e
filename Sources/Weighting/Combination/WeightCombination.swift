import Linalg

/// Combining subjective and objective weights (组合赋权).
public enum WeightCombination {
    /// Multiplicative synthesis: w_j = a_j b_j / Σ_k a_k b_k.
    /// - Throws: `WeightingError` on different lengths or when every product is 0.
    public static func multiplicative(_ a: [Double], _ b: [Double]) throws -> [Double] {
        guard a.count == b.count else { throw WeightingError.dimensionMismatch("combining \(a.count) and \(b.count) weights") }
        return try normalizedToSum(zip(a, b).map { $0 * $1 }, what: "multiplicative combination")
    }

    /// Linear synthesis: w = α a + (1 − α) b, α ∈ [0, 1] (inputs should each sum to 1; so does the result).
    /// - Throws: `WeightingError` on different lengths or α outside [0, 1].
    public static func linear(_ a: [Double], _ b: [Double], alpha: Double) throws -> [Double] {
        guard a.count == b.count else { throw WeightingError.dimensionMismatch("combining \(a.count) and \(b.count) weights") }
        guard alpha >= 0, alpha <= 1 else { throw WeightingError.invalidInput("linear combination: α = \(alpha) is not in [0, 1]") }
        return zip(a, b).map { alpha * $0 + (1 - alpha) * $1 }
    }

    /// Game-theory combination weighting (博弈论组合赋权; Lai, Chen, Chen, Wang, Wu & Zhao 2015, "A fuzzy
    /// comprehensive evaluation model for flood risk based on the combination weight of game theory",
    /// *Natural Hazards* 77:1243–1259).
    ///
    /// With L weight vectors u_k (rows of U, L × n), the combination w = Σ α_k u_k minimising Σ_k ‖w − u_k‖ has
    /// first-order conditions (U Uᵀ) α = diag(U Uᵀ); solved with LAPACK dgesv. The coefficients are then made
    /// positive and normalised, α*_k = |α_k| / Σ|α|, and w = Σ α*_k u_k.
    /// - Returns: α* and the combined weights.
    /// - Throws: `WeightingError` on ragged input; `LinalgError.singular` when two vectors are identical
    ///   (U Uᵀ singular: nothing to combine).
    public static func gameTheory(_ vectors: [[Double]]) throws -> (coefficients: [Double], weights: [Double]) {
        let u = try Matrix(vectors)
        guard u.rows >= 2, u.columns >= 1 else {
            throw WeightingError.invalidInput("game-theory combination needs at least two weight vectors")
        }
        let g = try gemm(u, u, transposeA: .none, transposeB: .transpose)
        let alpha = try solve(g, Matrix(rows: u.rows, columns: 1, columnMajor: g.diagonalElements)).column(0)
        let star = try normalizedToSum(alpha.map(abs), what: "game-theory coefficients")
        let w = try gemv(u, star, transpose: .transpose)
        return (star, w)
    }
}
