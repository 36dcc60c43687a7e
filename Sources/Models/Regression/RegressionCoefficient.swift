import Linalg

/// One estimated coefficient with its inference, as in a regression table.
public struct RegressionCoefficient: Sendable, Hashable, Codable {
    /// Design column name (`Intercept`, `x`, `C(g)[T.b]`).
    public let term: String
    /// Estimate β̂.
    public let estimate: Double
    /// Standard error √V̂ⱼⱼ under the fit's covariance type.
    public let standardError: Double
    /// β̂ / SE (t or z, see the fit's reference distribution).
    public let statistic: Double
    /// Two-sided p-value of H₀: β = 0.
    public let pValue: Double
    /// Lower bound of the confidence interval (level of the model, default 95 %).
    public let confidenceLow: Double
    /// Upper bound of the confidence interval.
    public let confidenceHigh: Double

    enum CodingKeys: String, CodingKey {
        case term, estimate
        case standardError = "std_error"
        case statistic
        case pValue = "p_value"
        case confidenceLow = "conf_low"
        case confidenceHigh = "conf_high"
    }
}

extension RegressionCoefficient {
    /// The coefficient table of estimates with covariance `covariance`: SE = √Vⱼⱼ, statistic = β/SE,
    /// two-sided p-value and interval β ± c·SE from `distribution` at confidence `level`.
    /// - Throws: `StatsError` for an invalid distribution parameter.
    static func table(names: [String], estimates: [Double], covariance: Matrix, distribution: ReferenceDistribution,
                      level: Double) throws -> [RegressionCoefficient] {
        let critical = try distribution.quantile(0.5 + level / 2)
        return try names.indices.map { a in
            let b = estimates[a]
            let se = covariance[a, a].squareRoot()
            let stat = b / se
            return RegressionCoefficient(term: names[a], estimate: b, standardError: se, statistic: stat,
                                         pValue: try distribution.twoSidedPValue(stat),
                                         confidenceLow: b - critical * se, confidenceHigh: b + critical * se)
        }
    }
}
