/// A generalized linear model with a canonical link — logistic (`.binomial`) or Poisson regression —
/// fitted by iteratively reweighted least squares.
///
/// ```swift
/// let logit = GeneralizedLinearModel(formula: try Formula("GRADE ~ GPA + TUCE + PSI"), family: .binomial)
/// let result = try logit.fit(frame)
/// ```
/// Each IRLS step solves the weighted least-squares problem of the working response
/// z = η + (y − μ)/V(μ) with weights V(μ) by pivoted QR (`LeastSquaresSolution`), so collinear columns are
/// dropped and reported as in `LinearModel`. Iteration stops when the deviance changes by less than
/// `tolerance`·(|D| + 0.1) (R's `glm.control` rule).
///
/// Separation: when the maximum-likelihood estimate does not exist because some observations are
/// predicted perfectly (logit: a linear combination of regressors separates the 0s from the 1s; Poisson:
/// zero counts in a cell), coefficients diverge and fitted means reach 0 or 1; the fit then throws
/// `ModelError.separation` instead of returning huge coefficients with meaningless standard errors
/// (statsmodels only warns, R warns "fitted probabilities numerically 0 or 1 occurred").
/// Reference: McCullagh & Nelder (1989) §2.5; Albert & Anderson (1984) Biometrika 71:1 (separation).
public struct GeneralizedLinearModel: Sendable, Hashable, Codable {
    /// The model formula (absorbed fixed effects are not supported).
    public var formula: Formula
    /// The family (with its canonical link).
    public var family: GLMFamily
    /// Coefficient covariance: `.classical` (inverse Fisher information), `.hc0` or `.cluster` (sandwich with
    /// scores xᵢ(yᵢ − μᵢ), statsmodels' GLM conventions; statsmodels maps HC1–HC3 to HC0 for GLMs, so they are
    /// refused here rather than silently equal).
    public var covariance: CovarianceType
    /// t (true) or normal (false, statsmodels' GLM default when nil) reference distribution.
    public var useT: Bool?
    /// Confidence level of the intervals.
    public var confidenceLevel: Double
    /// Maximum IRLS iterations.
    public var maxIterations: Int
    /// Relative deviance change that counts as converged.
    public var tolerance: Double

    /// Creates a specification.
    public init(formula: Formula, family: GLMFamily, covariance: CovarianceType = .classical, useT: Bool? = nil,
                confidenceLevel: Double = 0.95, maxIterations: Int = 100, tolerance: Double = 1e-12) {
        self.formula = formula
        self.family = family
        self.covariance = covariance
        self.useT = useT
        self.confidenceLevel = confidenceLevel
        self.maxIterations = maxIterations
        self.tolerance = tolerance
    }

    /// `Logit` or `Poisson`, as the CLI names the model.
    public var name: String { family == .binomial ? "Logit" : "Poisson" }

    /// Fits the model.
    /// - Throws: `ModelError.invalidData` (response outside the family's support), `ModelError.separation`,
    ///   `ModelError.didNotConverge`, `ModelError.unsupported` (absorbed effects, HC1–HC3, > 2 clusters),
    ///   and the errors of `DesignMatrix`.
    /// - Complexity: O(iterations · n p²).
    public func fit(_ frame: ModelFrame) throws -> GLMResult {
        try ModelSpecificationChecks.validate(formula: formula, covariance: covariance, confidenceLevel: confidenceLevel)
        switch covariance {
        case .hc1, .hc2, .hc3:
            throw ModelError.unsupported("GLM covariances are classical, hc0 or cluster (HC1–HC3 have no agreed GLM definition)")
        default: break
        }
        let clusters = covariance.clusterColumns
        let design = try DesignMatrix(formula: formula, frame: frame, extraColumns: clusters)
        try family.validate(design.y)
        let groups = clusters.map { LinearModel.groupIndices(frame, $0, rows: design.rows) }
        return try GLMResult(model: self, design: design, clusterGroups: groups)
    }
}
