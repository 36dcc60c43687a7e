import Stats

/// The distribution of coefficient statistics under the null hypothesis: Student's t or the standard normal.
///
/// StationKit follows statsmodels' `use_t=None` default: t with n − k degrees of freedom for the classical
/// covariance, the normal distribution for every robust covariance (HC0–HC3, cluster). Stata and fixest use
/// t with G − 1 for clusters; ask for it with `LinearModel.useT = true` (degrees of freedom G − 1, or
/// min(G₁, G₂) − 1 for two-way, as statsmodels does with `use_t=True`).
public enum ReferenceDistribution: Sendable, Hashable, Codable, CustomStringConvertible {
    /// Student's t with the given degrees of freedom.
    case t(degreesOfFreedom: Double)
    /// The standard normal.
    case normal

    /// Two-sided p-value P(|T| ≥ |statistic|).
    /// - Throws: `StatsError` for invalid degrees of freedom.
    public func twoSidedPValue(_ statistic: Double) throws -> Double {
        guard statistic.isFinite else { return statistic.isNaN ? .nan : 0 }
        switch self {
        case .t(let df): return 2 * (try StudentT(degreesOfFreedom: df)).survival(abs(statistic))
        case .normal: return 2 * (try Normal()).survival(abs(statistic))
        }
    }

    /// The critical value c with P(T ≤ c) = p (e.g. p = 0.975 for a 95 % two-sided interval).
    /// - Throws: `StatsError` for invalid p or degrees of freedom.
    public func quantile(_ p: Double) throws -> Double {
        switch self {
        case .t(let df): return try StudentT(degreesOfFreedom: df).quantile(p)
        case .normal: return try Normal().quantile(p)
        }
    }

    /// `t(df)` or `normal`.
    public var description: String {
        switch self {
        case .t(let df): return "t(\(df))"
        case .normal: return "normal"
        }
    }
}

/// Upper-tail probability of an F(q, df) statistic.
func fSurvival(_ f: Double, numerator q: Double, denominator df: Double) throws -> Double {
    guard f.isFinite else { return f.isNaN ? .nan : 0 }
    return try FDistribution(numeratorDegreesOfFreedom: q, denominatorDegreesOfFreedom: df).survival(f)
}
