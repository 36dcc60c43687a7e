/// The stable JSON form of a linear regression (what `stationkit fit ols --format json` prints):
/// ```json
/// {"model": "OLS", "formula": "...", "n": 220, "n_dropped": 0,
///  "covariance": {"type": "cluster", "clusters": ["firm"], "n_clusters": [11], "distribution": "normal", "df": 10},
///  "coefficients": [{"term", "estimate", "std_error", "statistic", "p_value", "conf_low", "conf_high"}],
///  "dropped_collinear": [], "absorbed": null | {"effects", "levels", "parameters"},
///  "fit": {"r_squared", "adj_r_squared", "within_r_squared", "f_statistic", "f_p_value",
///  "log_likelihood", "aic", "bic", "df_resid", "df_model", "ssr", "scale"}}
/// ```
/// Non-finite numbers (an undefined F) are written as `null`.
public struct LinearRegressionReport: Sendable, Encodable {
    public struct Covariance: Sendable, Encodable {
        public let type: String
        public let clusters: [String]
        public let nClusters: [Int]
        public let distribution: String
        public let df: Nullable<Double>
        public let confidenceLevel: Double

        enum CodingKeys: String, CodingKey {
            case type, clusters, distribution, df
            case nClusters = "n_clusters"
            case confidenceLevel = "confidence_level"
        }

        /// The covariance block of a fit.
        public init(covariance: CovarianceType, clusterCounts: [Int], distribution d: ReferenceDistribution,
                    confidenceLevel: Double) {
            var df: Double?
            if case .t(let v) = d { df = v }
            type = covariance.description
            clusters = covariance.clusterColumns
            nClusters = clusterCounts
            distribution = df == nil ? "normal" : "t"
            self.df = Nullable(df)
            self.confidenceLevel = confidenceLevel
        }
    }

    public struct Fit: Sendable, Encodable {
        public let rSquared, adjRSquared, withinRSquared, fStatistic, fPValue, logLikelihood, aic, bic, dfResid, dfModel, ssr,
                   scale: Nullable<Double>

        enum CodingKeys: String, CodingKey {
            case rSquared = "r_squared", adjRSquared = "adj_r_squared", withinRSquared = "within_r_squared"
            case fStatistic = "f_statistic"
            case fPValue = "f_p_value", logLikelihood = "log_likelihood", aic, bic
            case dfResid = "df_resid", dfModel = "df_model", ssr, scale
        }
    }

    public let model: String
    public let formula: String
    public let weights: Nullable<String>
    public let n: Int
    public let nDropped: Int
    public let covariance: Covariance
    public let coefficients: [CoefficientReport]
    public let droppedCollinear: [String]
    /// Absorbed fixed effects: `{"effects": [...], "levels": [...], "parameters": k_fe}` or `null`.
    public let absorbed: Nullable<Absorbed>
    public let fit: Fit

    public struct Absorbed: Sendable, Encodable {
        public let effects: [String]
        public let levels: [Int]
        public let parameters: Int
    }

    enum CodingKeys: String, CodingKey {
        case model, formula, weights, n, covariance, coefficients, fit, absorbed
        case nDropped = "n_dropped", droppedCollinear = "dropped_collinear"
    }

    /// The report of a result.
    public init(_ r: LinearRegressionResult) {
        model = r.model.name
        formula = r.model.formula.text
        weights = Nullable(r.model.weights)
        n = r.observationCount
        nDropped = r.droppedRowCount
        covariance = Covariance(covariance: r.model.covariance, clusterCounts: r.clusterCounts,
                                distribution: r.distribution, confidenceLevel: r.model.confidenceLevel)
        coefficients = r.coefficients.map(CoefficientReport.init)
        droppedCollinear = r.droppedCollinear
        let effects = r.specification.formula.absorbedEffects
        absorbed = Nullable(effects.isEmpty ? nil : Absorbed(effects: effects, levels: r.absorbedLevelCounts,
                                                             parameters: r.absorbedParameterCount))
        fit = Fit(rSquared: Nullable.finite(r.rSquared), adjRSquared: Nullable.finite(r.adjustedRSquared),
                  withinRSquared: Nullable(r.withinRSquared), fStatistic: Nullable.finite(r.fStatistic),
                  fPValue: Nullable.finite(r.fPValue), logLikelihood: Nullable.finite(r.logLikelihood), aic: Nullable.finite(r.aic),
                  bic: Nullable.finite(r.bic), dfResid: Nullable.finite(r.dfResidual), dfModel: Nullable.finite(r.dfModel),
                  ssr: Nullable.finite(r.sumOfSquaredResiduals), scale: Nullable.finite(r.scale))
    }
}
