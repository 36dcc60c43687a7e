import Foundation
import Linalg

/// Entropy weights (熵权法).
///
/// Steps (Shannon entropy of each criterion's distribution over the alternatives; e.g. Zou Zhihong et al. 2006,
/// *J. Environmental Sciences* 18(5):1020–1023):
/// 1. r = normalised column (default min–max with direction; `.none` uses raw values, as pymcdm 1.4 does),
///    plus an optional `shift` (some papers add 0.0001 or 0.01 so no cell is 0);
/// 2. p_ij = r_ij / Σ_i r_ij;
/// 3. e_j = −(1/ln m) Σ_i p_ij ln p_ij, with 0·ln 0 = 0 (the limit; no shift needed);
/// 4. d_j = 1 − e_j, w_j = d_j / Σ_k d_k.
///
/// Zero handling: a zero cell contributes 0 to the entropy sum (the limit p ln p → 0). Min–max normalisation
/// always creates a 0 (the worst alternative) in every column; that is intended. pymcdm 1.4 instead sets
/// e_j = 0 for any column containing a 0, which differs from the textbook; StationKit follows the textbook.
/// A constant column throws `WeightingError.constantColumn` under min–max; with `.none` it gets weight 0.
public struct EntropyWeighting: Sendable {
    /// Normalisation before forming proportions (`.minMax` textbook default, or `.none` raw as pymcdm).
    public var normalization: Normalization
    /// Constant added to every normalised value (0 = textbook; 0.0001 or 0.01 in some papers).
    public var shift: Double

    public init(normalization: Normalization = .minMax, shift: Double = 0) {
        self.normalization = normalization
        self.shift = shift
    }

    /// The entropy e_j ∈ [0, 1] of each criterion.
    /// - Throws: `WeightingError` on fewer than 2 alternatives, a constant column (min–max), a negative value,
    ///   or an all-zero column.
    /// - Complexity: O(m n).
    public func entropies(_ matrix: DecisionMatrix) throws -> [Double] {
        try ColumnStatistics.requireTwoAlternatives(matrix, method: "entropy weighting")
        let r = try normalization.apply(to: matrix)
        let m = matrix.alternativeCount
        let lnm = log(Double(m))
        return try (0..<matrix.criterionCount).map { j in
            let col = r.column(j).map { $0 + shift }
            guard col.allSatisfy({ $0 >= 0 }) else {
                throw WeightingError.invalidInput("entropy weighting: criterion '\(matrix.criteria[j])' has negative values")
            }
            let total = col.reduce(0, +)
            guard total > 0 else {
                throw WeightingError.invalidInput("entropy weighting: criterion '\(matrix.criteria[j])' sums to 0")
            }
            var h = 0.0
            for v in col where v > 0 {
                let p = v / total
                h -= p * log(p)
            }
            return h / lnm
        }
    }

    /// w_j = (1 − e_j) / Σ (1 − e_k).
    /// - Throws: as `entropies`, and `.degenerate` when every entropy is 1 (all columns uniform).
    public func weights(_ matrix: DecisionMatrix) throws -> WeightVector {
        let d = try entropies(matrix).map { max(0, 1 - $0) }
        return WeightVector(method: "entropy", criteria: matrix.criteria, weights: try normalizedToSum(d, what: "entropy weights"))
    }
}
