/// The stable JSON form of a linear regression (what `stationkit fit ols --format json` prints):
/// ```json
/// {"model": "OLS", "formula": "...", "n": 220, "n_dropped": 0,
///  "covariance": {"type": "cluster", "clusters": ["firm"], "n_clusters": [11], "distribution": "normal", "df": 10},
///  "coefficients": [{"term", "estimate", "std_error", "statistic", "p_value", "conf_low", "conf_high"}],
///  "dropped_collinear": [], "fit": {"r_squared", "adj_r_squared", "f_statistic", "f_p_value",
///  "log_likelihood", "aic", "bic", "df_resid", "df_model", "ssr", "scale"}}
/// ```
/// Non-finite numbers (an undefined F) are written as `null`.
public struct LinearRegressionReport: Sendable, Encodable {
    public struct Covariance: Sendable, Encodable {
        public let type: String
        public let clusters: [String]
        public let nClusters: [Int]
        public let distribution: String
        public let df: Double?
        public let confidenceLevel: Double

        enum CodingKeys: String, CodingKey {
            case type, clusters, distribution, df
            case nClusters = "n_clusters"
            case confidenceLevel = "confidence_level"
        }

        /// Writes every key (`df` is `null` for the normal distribution).
        public func encode(to encoder: any Encoder) throws {
            var c = encoder.container(keyedBy: CodingKeys.self)
            try c.encode(type, forKey: .type)
            try c.encode(clusters, forKey: .clusters)
            try c.encode(nClusters, forKey: .nClusters)
            try c.encode(distribution, forKey: .distribution)
            try c.encode(df, forKey: .df)
            try c.encode(confidenceLevel, forKey: .confidenceLevel)
        }
    }

    public struct Fit: Sendable, Encodable {
        public let rSquared, adjRSquared, fStatistic, fPValue, logLikelihood, aic, bic, dfResid, dfModel, ssr, scale: Double?

        enum CodingKeys: String, CodingKey {
            case rSquared = "r_squared", adjRSquared = "adj_r_squared", fStatistic = "f_statistic"
            case fPValue = "f_p_value", logLikelihood = "log_likelihood", aic, bic
            case dfResid = "df_resid", dfModel = "df_model", ssr, scale
        }

        /// Writes every key, `null` for an undefined number.
        public func encode(to encoder: any Encoder) throws {
            var c = encoder.container(keyedBy: CodingKeys.self)
            for (key, value) in [(CodingKeys.rSquared, rSquared), (.adjRSquared, adjRSquared), (.fStatistic, fStatistic),
                                 (.fPValue, fPValue), (.logLikelihood, logLikelihood), (.aic, aic), (.bic, bic),
                                 (.dfResid, dfResid), (.dfModel, dfModel), (.ssr, ssr), (.scale, scale)] {
                try c.encode(value, forKey: key)
            }
        }
    }

    public struct Coefficient: Sendable, Encodable {
        public let term: String
        public let estimate, stdError, statistic, pValue, confLow, confHigh: Double?

        enum CodingKeys: String, CodingKey {
            case term, estimate, statistic
            case stdError = "std_error", pValue = "p_value", confLow = "conf_low", confHigh = "conf_high"
        }

        /// Writes every key, `null` for an undefined number.
        public func encode(to encoder: any Encoder) throws {
            var c = encoder.container(keyedBy: CodingKeys.self)
            try c.encode(term, forKey: .term)
            for (key, value) in [(CodingKeys.estimate, estimate), (.stdError, stdError), (.statistic, statistic),
                                 (.pValue, pValue), (.confLow, confLow), (.confHigh, confHigh)] {
                try c.encode(value, forKey: key)
            }
        }
    }

    public let model: String
    public let formula: String
    public let weights: String?
    public let n: Int
    public let nDropped: Int
    public let covariance: Covariance
    public let coefficients: [Coefficient]
    public let droppedCollinear: [String]
    public let fit: Fit

    enum CodingKeys: String, CodingKey {
        case model, formula, weights, n, covariance, coefficients, fit
        case nDropped = "n_dropped", droppedCollinear = "dropped_collinear"
    }

    /// Writes every key (`weights` is `null` for OLS).
    public func encode(to encoder: any Encoder) throws {
        var c = encoder.container(keyedBy: CodingKeys.self)
        try c.encode(model, forKey: .model)
        try c.encode(formula, forKey: .formula)
        try c.encode(weights, forKey: .weights)
        try c.encode(n, forKey: .n)
        try c.encode(nDropped, forKey: .nDropped)
        try c.encode(covariance, forKey: .covariance)
        try c.encode(coefficients, forKey: .coefficients)
        try c.encode(droppedCollinear, forKey: .droppedCollinear)
        try c.encode(fit, forKey: .fit)
    }

    /// The report of a result.
    public init(_ r: LinearRegressionResult) {
        func finite(_ x: Double) -> Double? { x.isFinite ? x : nil }
        model = r.model.name
        formula = r.model.formula.text
        weights = r.model.weights
        n = r.observationCount
        nDropped = r.droppedRowCount
        var df: Double?
        if case .t(let d) = r.distribution { df = d }
        covariance = Covariance(type: r.model.covariance.description, clusters: r.model.covariance.clusterColumns,
                                nClusters: r.clusterCounts, distribution: df == nil ? "normal" : "t", df: df,
                                confidenceLevel: r.model.confidenceLevel)
        coefficients = r.coefficients.map {
            Coefficient(term: $0.term, estimate: finite($0.estimate), stdError: finite($0.standardError),
                        statistic: finite($0.statistic), pValue: finite($0.pValue),
                        confLow: finite($0.confidenceLow), confHigh: finite($0.confidenceHigh))
        }
        droppedCollinear = r.droppedCollinear
        fit = Fit(rSquared: finite(r.rSquared), adjRSquared: finite(r.adjustedRSquared), fStatistic: finite(r.fStatistic),
                  fPValue: finite(r.fPValue), logLikelihood: finite(r.logLikelihood), aic: finite(r.aic),
                  bic: finite(r.bic), dfResid: r.dfResidual, dfModel: r.dfModel,
                  ssr: finite(r.sumOfSquaredResiduals), scale: finite(r.scale))
    }
}
