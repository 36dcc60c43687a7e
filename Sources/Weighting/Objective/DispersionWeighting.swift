import Linalg

/// Dispersion-based weights: the coefficient of variation (变异系数法) and the standard deviation (标准离差法).
///
/// - `coefficientOfVariation`: on raw values, v_j = s_j / |x̄_j| (s with divisor m − 1), w_j = v_j / Σ v_k.
///   Direction does not matter. A constant column gets weight 0; a column with mean 0 throws.
/// - `standardDeviation`: s_j of the normalised column (default min–max with direction, so units do not
///   matter; `.none` gives pymcdm 1.4's `standard_deviation_weights` on raw values), w_j = s_j / Σ s_k.
public struct DispersionWeighting: Sendable {
    /// Which dispersion measure.
    public enum Measure: String, Sendable, Codable { case coefficientOfVariation, standardDeviation }

    public var measure: Measure
    /// Normalisation before the standard deviation (ignored by the coefficient of variation, which is scale-free).
    public var normalization: Normalization

    public init(_ measure: Measure, normalization: Normalization = .minMax) {
        self.measure = measure
        self.normalization = normalization
    }

    /// The dispersion of each criterion (v_j or s_j).
    public func dispersions(_ matrix: DecisionMatrix) throws -> [Double] {
        try ColumnStatistics.requireTwoAlternatives(matrix, method: "dispersion weighting")
        switch measure {
        case .coefficientOfVariation:
            return try (0..<matrix.criterionCount).map { j in
                let col = matrix.values.column(j)
                let mu = ColumnStatistics.mean(col)
                guard mu != 0 else {
                    throw WeightingError.invalidInput(
                        "coefficient of variation: criterion '\(matrix.criteria[j])' has mean 0")
                }
                return ColumnStatistics.standardDeviation(col) / abs(mu)
            }
        case .standardDeviation:
            let r = try normalization.apply(to: matrix)
            return (0..<matrix.criterionCount).map { ColumnStatistics.standardDeviation(r.column($0)) }
        }
    }

    /// w_j ∝ dispersion_j.
    public func weights(_ matrix: DecisionMatrix) throws -> WeightVector {
        let name = measure == .coefficientOfVariation ? "cv" : "stddev"
        return WeightVector(method: name, criteria: matrix.criteria,
                            weights: try normalizedToSum(dispersions(matrix), what: "\(name) weights"))
    }
}
