import Linalg

/// Weighted sum (simple additive weighting): S_i = scale · Σ_j w_j r_ij, with r the normalised matrix.
///
/// Weights are used as given (pass weights that sum to 1). With `.none` normalisation and items scored
/// on their own scales, S is the weighted total; with `.minMax` (default) S ∈ [0, scale].
public struct WeightedSum: Sendable {
    public var normalization: Normalization
    /// Multiplier of the score (e.g. 100 to compare min–max scores with 0–100 grade thresholds).
    public var scale: Double

    public init(normalization: Normalization = .minMax, scale: Double = 1) {
        self.normalization = normalization
        self.scale = scale
    }

    /// The normalised matrix this scoring multiplies by the weights (what `Robustness` uses too).
    public func normalizedMatrix(_ matrix: DecisionMatrix) throws -> Matrix {
        var r = try normalization.apply(to: matrix)
        if scale != 1 { r.withUnsafeMutableBufferPointer { p in for k in p.indices { p[k] *= scale } } }
        return r
    }

    /// - Parameters:
    ///   - matrix: the decision matrix.
    ///   - weights: n non-negative weights, in the matrix's criterion order.
    /// - Throws: `WeightingError` on bad weights or a normalisation failure.
    /// - Complexity: O(m n).
    public func scores(_ matrix: DecisionMatrix, weights: [Double]) throws -> CompositeScores {
        try checkWeights(weights, count: matrix.criterionCount, method: "weighted sum")
        let r = try normalizedMatrix(matrix)
        return CompositeScores(method: "weighted", alternatives: matrix.alternatives, scores: weightedRowSums(r, weights))
    }
}
