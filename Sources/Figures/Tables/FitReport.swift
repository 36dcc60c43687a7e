import Data
import Foundation

/// What a regression table needs from one `stationkit fit … --format json` report (OLS/WLS layout in
/// Sources/Models/Regression/LinearRegressionReport.swift, GLM layout in Sources/Models/GLM/GLMReport.swift).
public struct FitReport: Sendable, Equatable {
    /// One coefficient: term, estimate, standard error and two-sided p-value (nil where undefined).
    public struct Coefficient: Sendable, Equatable {
        /// Design column name.
        public var term: String
        /// Estimate, standard error, p-value.
        public var estimate, stdError, pValue: Double?
        /// A coefficient.
        public init(term: String, estimate: Double?, stdError: Double?, pValue: Double?) {
            self.term = term
            self.estimate = estimate
            self.stdError = stdError
            self.pValue = pValue
        }
    }

    /// Model name (OLS, WLS, Logit, Poisson), formula, observations.
    public var model, formula: String
    /// Observations used.
    public var n: Int
    /// Coefficients in report order.
    public var coefficients: [Coefficient]
    /// Absorbed fixed-effect columns (empty when none).
    public var absorbed: [String]
    /// R², adjusted R² (linear models), pseudo R² (GLM), log-likelihood.
    public var rSquared, adjRSquared, pseudoRSquared, logLikelihood: Double?
    /// Covariance type (`nonrobust`, `HC1`, `cluster`, …).
    public var covariance: String

    /// A report from values.
    public init(model: String, formula: String, n: Int, coefficients: [Coefficient], absorbed: [String] = [],
                rSquared: Double? = nil, adjRSquared: Double? = nil, pseudoRSquared: Double? = nil,
                logLikelihood: Double? = nil, covariance: String = "nonrobust") {
        self.model = model
        self.formula = formula
        self.n = n
        self.coefficients = coefficients
        self.absorbed = absorbed
        self.rSquared = rSquared
        self.adjRSquared = adjRSquared
        self.pseudoRSquared = pseudoRSquared
        self.logLikelihood = logLikelihood
        self.covariance = covariance
    }

    /// Parses a fit report file.
    /// - Throws: `FigureError` when the file lacks `coefficients` or `n`.
    public init(path: String) throws {
        let loc = SourceLocation(file: path)
        guard let o = try JSONInput.load(path) as? [String: Any], let rows = o["coefficients"] as? [[String: Any]],
              let n = JSONInput.number(o["n"]) else {
            throw FigureError("not a fit report (expected \"n\" and \"coefficients\" as `stationkit fit … --format json` writes)", at: loc)
        }
        let fit = (o["fit"] as? [String: Any]) ?? [:]
        let absorbed = ((o["absorbed"] as? [String: Any])?["effects"] as? [String]) ?? []
        self.init(
            model: (o["model"] as? String) ?? "", formula: (o["formula"] as? String) ?? "", n: Int(n),
            coefficients: try rows.map { r in
                guard let term = r["term"] as? String else { throw FigureError("a coefficient has no \"term\"", at: loc) }
                return Coefficient(term: term, estimate: JSONInput.number(r["estimate"]), stdError: JSONInput.number(r["std_error"]),
                                   pValue: JSONInput.number(r["p_value"]))
            },
            absorbed: absorbed, rSquared: JSONInput.number(fit["r_squared"]), adjRSquared: JSONInput.number(fit["adj_r_squared"]),
            pseudoRSquared: JSONInput.number(fit["pseudo_r_squared"]), logLikelihood: JSONInput.number(fit["log_likelihood"]),
            covariance: ((o["covariance"] as? [String: Any])?["type"] as? String) ?? "")
    }
}
