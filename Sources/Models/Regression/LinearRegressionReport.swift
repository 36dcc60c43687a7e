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
    /// How coefficient covariances were estimated (JSON `covariance`).
    public struct Covariance: Sendable, Encodable {
        /// `nonrobust`, `HC0`…`HC3` or `cluster`.
        public let type: String
        /// Cluster columns (empty unless clustered).
        public let clusters: [String]
        /// Number of clusters per cluster column (`n_clusters`).
        public let nClusters: [Int]
        /// `t` or `normal`: the reference distribution of the statistics.
        public let distribution: String
        /// Degrees of freedom of the t distribution, `null` for the normal.
        public let df: Nullable<Double>
        /// Confidence level of the intervals (`confidence_level`).
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

    /// Fit statistics (JSON `fit`); `null` where undefined.
    public struct Fit: Sendable, Encodable {
        /// R², adjusted R², within R² (absorbed effects only), F and its p-value, log L, AIC, BIC, residual and model degrees of freedom, SSR and σ̂².
        public let rSquared, adjRSquared, withinRSquared, fStatistic, fPValue, logLikelihood, aic, bic, dfResid, dfModel, ssr,
                   scale: Nullable<Double>

        enum CodingKeys: String, CodingKey {
            case rSquared = "r_squared", adjRSquared = "adj_r_squared", withinRSquared = "within_r_squared"
            case fStatistic = "f_statistic"
            case fPValue = "f_p_value", logLikelihood = "log_likelihood", aic, bic
            case dfResid = "df_resid", dfModel = "df_model", ssr, scale
        }
    }

    /// Model name (`OLS`, `WLS`, `Logit`, `Poisson`).
    public let model: String
    /// The formula as given.
    public let formula: String
    /// The weights column (`null` for OLS).
    public let weights: Nullable<String>
    /// Observations used.
    public let n: Int
    /// Rows dropped for missing values (`n_dropped`).
    public let nDropped: Int
    /// Covariance block.
    public let covariance: Covariance
    /// One row per estimated coefficient.
    public let coefficients: [CoefficientReport]
    /// Collinear design columns dropped (`dropped_collinear`).
    public let droppedCollinear: [String]
    /// Absorbed fixed effects: `{"effects": [...], "levels": [...], "parameters": k_fe}` or `null`.
    public let absorbed: Nullable<Absorbed>
    /// Fit statistics.
    public let fit: Fit

    /// Absorbed fixed effects.
    public struct Absorbed: Sendable, Encodable {
        /// Effect columns.
        public let effects: [String]
        /// Levels of each effect.
        public let levels: [Int]
        /// Absorbed parameters k_fe in the degrees of freedom.
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
