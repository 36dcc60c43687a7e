/// One coefficient row of a JSON report: term, estimate, std_error, statistic, p_value, conf_low, conf_high
/// (`null` for undefined numbers).
public struct CoefficientReport: Sendable, Encodable {
    /// Design column name.
    public let term: String
    /// Estimate, standard error, statistic, two-sided p-value and interval bounds.
    public let estimate, stdError, statistic, pValue, confLow, confHigh: Nullable<Double>

    enum CodingKeys: String, CodingKey {
        case term, estimate, statistic
        case stdError = "std_error", pValue = "p_value", confLow = "conf_low", confHigh = "conf_high"
    }

    /// The report row of a coefficient.
    public init(_ c: RegressionCoefficient) {
        term = c.term
        estimate = .finite(c.estimate)
        stdError = .finite(c.standardError)
        statistic = .finite(c.statistic)
        pValue = .finite(c.pValue)
        confLow = .finite(c.confidenceLow)
        confHigh = .finite(c.confidenceHigh)
    }
}
