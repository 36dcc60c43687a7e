import Linalg

/// CRITIC weights (Diakoulaki, Mavrotas & Papayannakis 1995, *Computers & Operations Research* 22(7):763–770).
///
/// r = min–max normalised columns with direction; σ_j = sample standard deviation of r_j; ρ_jk = Pearson
/// correlation of r_j and r_k; information C_j = σ_j Σ_k (1 − ρ_jk); w_j = C_j / Σ C_k.
/// (pymcdm 1.4's `critic_weights` normalises without direction; the two agree when every criterion is a benefit.)
/// A constant column throws `WeightingError.constantColumn`.
public struct CRITICWeighting: Sendable {
    public init() {}

    /// The information content C_j of each criterion.
    /// - Complexity: O(m n²).
    public func information(_ matrix: DecisionMatrix) throws -> [Double] {
        try ColumnStatistics.requireTwoAlternatives(matrix, method: "CRITIC")
        let r = try Normalization.minMax.apply(to: matrix)
        let cols = (0..<matrix.criterionCount).map { r.column($0) }
        return cols.indices.map { j in
            let conflict = cols.indices.reduce(0.0) { $0 + (1 - ColumnStatistics.correlation(cols[j], cols[$1])) }
            return ColumnStatistics.standardDeviation(cols[j]) * conflict
        }
    }

    /// w_j = C_j / Σ C_k.
    /// - Throws: `WeightingError` (constant column, fewer than 2 alternatives, all information 0).
    public func weights(_ matrix: DecisionMatrix) throws -> WeightVector {
        WeightVector(method: "critic", criteria: matrix.criteria,
                     weights: try normalizedToSum(information(matrix), what: "CRITIC weights"))
    }
}
