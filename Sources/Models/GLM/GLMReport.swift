/// The stable JSON form of a GLM fit (`stationkit fit logit|poisson --format json`): the same keys as
/// `LinearRegressionReport` for model, formula, n, n_dropped, covariance, coefficients and dropped_collinear,
/// plus `family`, `link` and `fit` {log_likelihood, null_log_likelihood, deviance, null_deviance,
/// pearson_chi2, pseudo_r_squared, aic, bic, df_resid, df_model, scale, alpha (negative binomial), iterations,
/// last_change (convergence diagnostic)}.
public struct GLMReport: Sendable, Encodable {
    /// Fit statistics (JSON `fit`); `null` where undefined.
    public struct Fit: Sendable, Encodable {
        /// log L, log L₀, deviance, null deviance, Pearson χ², McFadden pseudo-R², AIC, BIC, degrees of freedom.
        public let logLikelihood, nullLogLikelihood, deviance, nullDeviance, pearsonChi2, pseudoRSquared, aic, bic,
                   dfResid, dfModel: Nullable<Double>
        /// Dispersion φ and NB2 α (null for other families).
        public let scale, alpha: Nullable<Double>
        /// Iterations (IRLS, or Newton for the negative binomial) and the last change of the criterion.
        public let iterations: Int
        public let lastChange: Double

        enum CodingKeys: String, CodingKey {
            case logLikelihood = "log_likelihood", nullLogLikelihood = "null_log_likelihood", deviance
            case nullDeviance = "null_deviance", pearsonChi2 = "pearson_chi2", pseudoRSquared = "pseudo_r_squared"
            case aic, bic, dfResid = "df_resid", dfModel = "df_model", iterations, scale, alpha
            case lastChange = "last_change"
        }
    }

    /// Model name (`Logit`, `Probit`, `CLogLog`, `Poisson`, `NegativeBinomial`, `Gamma`).
    public let model: String
    /// `binomial`, `poisson`, `negative_binomial` or `gamma`.
    public let family: String
    /// `logit`, `probit`, `cloglog` or `log`.
    public let link: String
    /// The formula as given.
    public let formula: String
    /// Observations used.
    public let n: Int
    /// Rows dropped for missing values (`n_dropped`).
    public let nDropped: Int
    /// Covariance block (as for linear models).
    public let covariance: LinearRegressionReport.Covariance
    /// One row per estimated coefficient.
    public let coefficients: [CoefficientReport]
    /// Collinear design columns dropped (`dropped_collinear`).
    public let droppedCollinear: [String]
    /// Fit statistics.
    public let fit: Fit

    enum CodingKeys: String, CodingKey {
        case model, family, link, formula, n, covariance, coefficients, fit
        case nDropped = "n_dropped", droppedCollinear = "dropped_collinear"
    }

    /// The report of a GLM result.
    public init(_ r: GLMResult) {
        model = r.model.name
        family = r.model.family.rawValue
        link = r.model.resolvedLink.rawValue
        formula = r.model.formula.text
        n = r.observationCount
        nDropped = r.droppedRowCount
        covariance = LinearRegressionReport.Covariance(
            covariance: r.model.covariance, clusterCounts: r.clusterCounts, distribution: r.distribution,
            confidenceLevel: r.model.confidenceLevel)
        coefficients = r.coefficients.map(CoefficientReport.init)
        droppedCollinear = r.droppedCollinear
        fit = Fit(logLikelihood: .finite(r.logLikelihood), nullLogLikelihood: .finite(r.nullLogLikelihood),
                  deviance: .finite(r.deviance), nullDeviance: .finite(r.nullDeviance),
                  pearsonChi2: .finite(r.pearsonChiSquared), pseudoRSquared: .finite(r.pseudoRSquared),
                  aic: .finite(r.aic), bic: .finite(r.bic), dfResid: .finite(r.dfResidual), dfModel: .finite(r.dfModel),
                  scale: .finite(r.scale), alpha: .finite(r.alpha ?? .nan), iterations: r.iterations,
                  lastChange: r.lastChange)
    }
}
