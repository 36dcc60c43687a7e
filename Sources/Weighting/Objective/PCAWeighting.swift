import Linalg

/// Principal-component weights (主成分分析法确定权重).
///
/// Formula (sources vary; this is the sign-free variant):
/// 1. R = the n × n Pearson correlation matrix of the criteria (i.e. PCA of z-scores);
/// 2. eigen-decomposition R = U Λ Uᵀ (LAPACK dsyevd), λ₁ ≥ λ₂ ≥ … ;
/// 3. keep the first K components: `cumulativeVariance(t)` keeps the fewest whose Σλ_k / n ≥ t (default 0.85),
///    `kaiser` keeps λ_k > 1 (at least one), `count(k)` keeps k;
/// 4. c_j = Σ_{k ≤ K} λ_k |u_jk| / Σ_{k ≤ K} λ_k (unit-eigenvector coefficients, weighted by explained variance);
/// 5. w_j = c_j / Σ c.
/// Using |u_jk| makes the result independent of the arbitrary eigenvector signs (papers that use signed u_jk
/// or loadings u_jk √λ_k get different numbers; say which one you compare with). Direction does not matter.
/// A constant column throws `WeightingError.constantColumn` (its correlation is undefined).
public struct PCAWeighting: Sendable {
    /// Which components to keep.
    public enum Retention: Sendable, Equatable {
        case cumulativeVariance(Double)
        case kaiser
        case count(Int)
    }

    public var retention: Retention

    public init(retention: Retention = .cumulativeVariance(0.85)) { self.retention = retention }

    /// The weights and the number of components kept.
    /// - Throws: `WeightingError` (constant column, fewer than 2 alternatives, bad retention), `LinalgError`.
    /// - Complexity: O(m n² + n³).
    public func evaluate(_ matrix: DecisionMatrix) throws -> (weights: WeightVector, components: Int) {
        try ColumnStatistics.requireTwoAlternatives(matrix, method: "PCA weighting")
        let n = matrix.criterionCount
        let cols = (0..<n).map { matrix.values.column($0) }
        for j in 0..<n where ColumnStatistics.standardDeviation(cols[j]) == 0 {
            throw WeightingError.constantColumn(criterion: matrix.criteria[j])
        }
        var r = Matrix(rows: n, columns: n)
        for j in 0..<n { for k in 0..<n { r[j, k] = j == k ? 1 : ColumnStatistics.correlation(cols[j], cols[k]) } }
        let eig = try SymmetricEigen(r)
        let order = Array(eig.values.indices.reversed())  // descending
        let lambda = order.map { max(0, eig.values[$0]) }
        let total = lambda.reduce(0, +)
        let k: Int
        switch retention {
        case .cumulativeVariance(let t):
            guard t > 0, t <= 1 else { throw WeightingError.invalidInput("PCA: variance share must be in (0, 1], got \(t)") }
            var cum = 0.0, kept = 0
            while kept < n {
                cum += lambda[kept]
                kept += 1
                if cum / total >= t - 1e-12 { break }
            }
            k = kept
        case .kaiser:
            k = max(1, lambda.filter { $0 > 1 }.count)
        case .count(let c):
            guard c >= 1, c <= n else { throw WeightingError.invalidInput("PCA: component count must be 1…\(n), got \(c)") }
            k = c
        }
        let kept = lambda[0..<k].reduce(0, +)
        let c = (0..<n).map { j in (0..<k).reduce(0.0) { $0 + lambda[$1] * abs(eig.vectors[j, order[$1]]) } / kept }
        return (WeightVector(method: "pca", criteria: matrix.criteria, weights: try normalizedToSum(c, what: "PCA weights")), k)
    }

    /// The weights only.
    public func weights(_ matrix: DecisionMatrix) throws -> WeightVector { try evaluate(matrix).weights }
}
