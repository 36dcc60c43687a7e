import Linalg

/// Obstacle degree (障碍度模型): how much each criterion holds each alternative back.
///
/// With r the min–max normalised matrix (with direction), the deviation I_ij = 1 − r_ij and factor
/// contribution F_j = w_j: O_ij = w_j (1 − r_ij) / Σ_k w_k (1 − r_ik), so each row sums to 1.
/// A row with no deviation (best on every criterion) has no obstacles: its O_ij are all 0.
/// - Returns: the m × n matrix O.
/// - Throws: `WeightingError` on bad weights or a constant column.
public func obstacleDegrees(_ matrix: DecisionMatrix, weights: [Double]) throws -> Matrix {
    try checkWeights(weights, count: matrix.criterionCount, method: "obstacle degree")
    let r = try Normalization.minMax.apply(to: matrix)
    let m = matrix.alternativeCount, n = matrix.criterionCount
    var o = Matrix(rows: m, columns: n)
    for i in 0..<m {
        let total = (0..<n).reduce(0.0) { $0 + weights[$1] * (1 - r[i, $1]) }
        guard total > 0 else { continue }
        for j in 0..<n { o[i, j] = weights[j] * (1 - r[i, j]) / total }
    }
    return o
}
