import Foundation

/// A generalized linear model — binomial (logit, probit, cloglog; 0/1, proportions or counts with trials),
/// Poisson and negative binomial (log link, with offset or exposure) or Gamma (log link) — fitted by
/// iteratively reweighted least squares (`IRLS`); the NB2 dispersion α by maximum likelihood
/// (`NegativeBinomialML`).
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
    /// The family.
    public var family: GLMFamily
    /// The link (nil: the family's `defaultLink`).
    public var link: GLMLink?
    /// Binomial only: a column of trials nᵢ; the response is then the number of successes (0 ≤ yᵢ ≤ nᵢ), as
    /// R's `cbind(successes, trials − successes)` and statsmodels' two-column endog.
    public var trials: String?
    /// A column added to the linear predictor with coefficient 1 (η = Xβ + o).
    public var offset: String?
    /// A positive column whose log is added to the linear predictor (rates per exposure: μ = exposure·e^{Xβ}).
    public var exposure: String?
    /// Negative binomial only: a fixed α (nil: estimated jointly with β by maximum likelihood, statsmodels'
    /// `NegativeBinomial` discrete model, whose covariance is the inverse observed information in (β, α)).
    public var alpha: Double?
    /// Coefficient covariance: `.classical` (inverse Fisher information; the negative binomial with α estimated:
    /// inverse observed information in (β, α)), `.hc0` or `.cluster` (one- or two-way; sandwich of the
    /// per-observation scores with the observed-information bread, statsmodels' conventions, see `GLMScores`;
    /// for the negative binomial with α estimated the scores and bread are in (β, α)). statsmodels maps HC1–HC3
    /// to HC0 for GLMs, so they are refused here rather than silently equal.
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
                confidenceLevel: Double = 0.95, maxIterations: Int = 100, tolerance: Double = 1e-12,
                link: GLMLink? = nil, trials: String? = nil, offset: String? = nil, exposure: String? = nil,
                alpha: Double? = nil) {
        self.formula = formula
        self.family = family
        self.link = link
        self.trials = trials
        self.offset = offset
        self.exposure = exposure
        self.alpha = alpha
        self.covariance = covariance
        self.useT = useT
        self.confidenceLevel = confidenceLevel
        self.maxIterations = maxIterations
        self.tolerance = tolerance
    }

    /// The link used: `link` or the family's default.
    public var resolvedLink: GLMLink { link ?? family.defaultLink }

    /// Whether the link is the family's canonical one (logit for the binomial, log for the Poisson), where the
    /// observed and expected information agree.
    var hasCanonicalLink: Bool { (family == .binomial && resolvedLink == .logit) || family == .poisson }

    /// The model name: `Logit`, `Probit`, `CLogLog` (binomial), `Poisson`, `NegativeBinomial`, `Gamma`.
    public var name: String { family == .binomial ? resolvedLink.displayName : family.displayName }

    /// Fits the model.
    /// - Throws: `ModelError.invalidData` (response outside the family's support, non-positive exposure or
    ///   trials), `ModelError.separation`, `ModelError.iterationLimit` (with iterations and last change),
    ///   `ModelError.unsupported` (absorbed effects, HC1–HC3, > 2 clusters, a link the family does not take,
    ///   trials outside the binomial, offset with exposure), and the
    ///   errors of `DesignMatrix`.
    /// - Complexity: O(iterations · n p²).
    public func fit(_ frame: ModelFrame) throws -> GLMResult {
        try ModelSpecificationChecks.validate(formula: formula, covariance: covariance, confidenceLevel: confidenceLevel)
        switch covariance {
        case .hc1, .hc2, .hc3:
            throw ModelError.unsupported("GLM covariances are classical, hc0 or cluster (HC1–HC3 have no agreed GLM definition)")
        default: break
        }
        guard family.allowedLinks.contains(resolvedLink) else {
            throw ModelError.unsupported("the \(family.displayName) family takes the links "
                + family.allowedLinks.map(\.rawValue).joined(separator: ", ") + ", not \(resolvedLink.rawValue)")
        }
        if trials != nil, family != .binomial { throw ModelError.unsupported("trials are for the binomial family only") }
        if offset != nil, exposure != nil { throw ModelError.unsupported("give an offset or an exposure, not both") }
        if let alpha, !(alpha > 0 && alpha.isFinite) { throw ModelError.unsupported("alpha must be positive, got \(alpha)") }
        let clusters = covariance.clusterColumns
        let extra = clusters + [trials, offset, exposure].compactMap { $0 }
        let design = try DesignMatrix(formula: formula, frame: frame, extraColumns: extra)
        func column(_ name: String) throws -> [Double] {
            guard let v = frame.numeric[name] else {
                throw ModelError.invalidData("column '\(name)' must be numeric, but it holds text")
            }
            return design.rows.map { v[$0] }
        }
        let trialCounts = try trials.map(column)
        try family.validate(design.y, trials: trialCounts)
        var offsets = [Double](repeating: 0, count: design.y.count)
        if let offset { offsets = try column(offset) }
        if let exposure {
            let e = try column(exposure)
            if let bad = e.firstIndex(where: { !($0 > 0 && $0.isFinite) }) {
                throw ModelError.invalidData("exposure must be positive; row \(bad + 1) of the rows used has \(e[bad])")
            }
            offsets = e.map { Foundation.log($0) }
        }
        let groups = clusters.map { LinearModel.groupIndices(frame, $0, rows: design.rows) }
        return try GLMResult(model: self, design: design, clusterGroups: groups, offset: offsets, trials: trialCounts)
    }
}
