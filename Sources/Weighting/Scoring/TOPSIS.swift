import Linalg

/// TOPSIS (Hwang & Yoon 1981, *Multiple Attribute Decision Making*, Springer, pp. 128–140).
///
/// r_ij = x_ij / √(Σ_i x_ij²) (vector normalisation); v_ij = w_j r_ij; ideal A⁺_j = max_i v_ij for a benefit,
/// min_i v_ij for a cost, anti-ideal A⁻ the opposite; D⁺_i = ‖v_i − A⁺‖₂, D⁻_i = ‖v_i − A⁻‖₂;
/// closeness C_i = D⁻_i / (D⁺_i + D⁻_i) ∈ [0, 1]. Equals pymcdm 1.4 `TOPSIS(vector_normalization)`
/// (pymcdm's 1 − r for costs moves the ideal but not the distances). `.minMax` is offered as pymcdm's default.
public struct TOPSIS: Sendable {
    public var normalization: Normalization

    public init(normalization: Normalization = .vector) {
        self.normalization = normalization
    }

    /// Distances to the ideal and anti-ideal points and the closeness of each alternative.
    /// - Throws: `WeightingError` on bad weights, an all-zero column, or when every alternative is identical.
    /// - Complexity: O(m n).
    public func evaluate(_ matrix: DecisionMatrix, weights: [Double])
        throws -> (ideal: [Double], antiIdeal: [Double], closeness: [Double])
    {
        try checkWeights(weights, count: matrix.criterionCount, method: "TOPSIS")
        let r = try normalization.apply(to: matrix)
        let m = matrix.alternativeCount, n = matrix.criterionCount
        // For .minMax the cost direction is already inside r (higher is better), as in pymcdm.
        let directionInR = normalization == .minMax || normalization == .max
        var dPlus = [Double](repeating: 0, count: m), dMinus = dPlus
        for j in 0..<n {
            let v = (0..<m).map { weights[j] * r[$0, j] }
            let hi = v.max() ?? 0, lo = v.min() ?? 0
            let cost = matrix.directions[j] == .cost && !directionInR
            let best = cost ? lo : hi, worst = cost ? hi : lo
            for i in 0..<m {
                dPlus[i] += (v[i] - best) * (v[i] - best)
                dMinus[i] += (v[i] - worst) * (v[i] - worst)
            }
        }
        dPlus = dPlus.map { $0.squareRoot() }
        dMinus = dMinus.map { $0.squareRoot() }
        let closeness = try (0..<m).map { i -> Double in
            let d = dPlus[i] + dMinus[i]
            guard d > 0 else {
                throw WeightingError.degenerate("TOPSIS: all alternatives are identical on the weighted criteria")
            }
            return dMinus[i] / d
        }
        return (dPlus, dMinus, closeness)
    }

    /// Closeness scores and ranks.
    public func scores(_ matrix: DecisionMatrix, weights: [Double]) throws -> CompositeScores {
        CompositeScores(method: "topsis", alternatives: matrix.alternatives,
                        scores: try evaluate(matrix, weights: weights).closeness)
    }
}
