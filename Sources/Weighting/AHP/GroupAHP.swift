import Foundation
import Linalg

/// Group AHP: several experts' judgment matrices over the same criteria (Forman & Peniwati 1998, "Aggregating
/// individual judgments and priorities with the AHP", *European J. Operational Research* 108:165–169).
public enum GroupAggregation: String, Codable, Sendable, CaseIterable {
    /// Aggregation of individual judgments: a_ij = Π_k (a_ij^(k))^(λ_k), then one AHP on the aggregate.
    case aij
    /// Aggregation of individual priorities: w_i ∝ Π_k (w_i^(k))^(λ_k), normalised to sum 1.
    case aip
}

/// The result of a group AHP.
public struct GroupAHPResult: Codable, Sendable, Equatable {
    public let aggregation: GroupAggregation
    public let criteria: [String]
    /// Group priorities, summing to 1.
    public let weights: [Double]
    /// AIJ: the AHP of the aggregated matrix (λmax, CI, CR of that matrix); nil for AIP.
    public let aggregate: AHPResult?
    /// Each expert's own AHP result (their CRs are worth reporting in both modes).
    public let experts: [AHPResult]
}

extension AHP {
    /// Aggregates several experts' matrices.
    /// - Parameters:
    ///   - matrices: one matrix per expert; criteria must be the same set (reordered to the first's order).
    ///   - expertWeights: λ_k ≥ 0 (normalised to sum 1); default equal.
    ///   - aggregation: `.aij` or `.aip`.
    /// - Throws: `WeightingError` on differing criteria or bad expert weights; errors of `evaluate`.
    public func evaluateGroup(_ matrices: [PairwiseComparisonMatrix], expertWeights: [Double]? = nil,
                              aggregation: GroupAggregation) throws -> GroupAHPResult {
        guard let first = matrices.first else { throw WeightingError.invalidInput("group AHP needs at least one matrix") }
        let lambdas = try normalizedToSum(expertWeights ?? Array(repeating: 1, count: matrices.count),
                                          what: "expert weights")
        guard lambdas.count == matrices.count else {
            throw WeightingError.dimensionMismatch("\(lambdas.count) expert weights for \(matrices.count) matrices")
        }
        let aligned = try matrices.map { try $0.reordered(to: first.criteria) }
        let experts = try aligned.map { try evaluate($0) }
        let n = first.count
        switch aggregation {
        case .aij:
            var g = Matrix(rows: n, columns: n)
            for i in 0..<n {
                for j in 0..<n {
                    g[i, j] = exp(zip(aligned, lambdas).reduce(0.0) { $0 + $1.1 * log($1.0.values[i, j]) })
                }
            }
            let result = try evaluate(PairwiseComparisonMatrix(criteria: first.criteria, values: g))
            return GroupAHPResult(aggregation: .aij, criteria: first.criteria, weights: result.weights,
                                  aggregate: result, experts: experts)
        case .aip:
            let w = (0..<n).map { i in exp(zip(experts, lambdas).reduce(0.0) { $0 + $1.1 * log($1.0.weights[i]) }) }
            return GroupAHPResult(aggregation: .aip, criteria: first.criteria,
                                  weights: try normalizedToSum(w, what: "AIP priorities"), aggregate: nil, experts: experts)
        }
    }
}
