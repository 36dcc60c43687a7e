import Foundation
import Linalg

/// The immutable result of fitting a `GeneralizedLinearModel`, with statsmodels' `GLMResults` definitions
/// (0.15.0): scale φ (1, Gamma: Pearson χ²/(n − k)); deviance D = Σ pᵢ d(yᵢ, μ̂ᵢ) (pᵢ: binomial trials);
/// null deviance and log L₀ from the intercept-only fit with the same offset; Pearson χ² = Σ pᵢ(yᵢ − μ̂ᵢ)²/V(μ̂ᵢ);
/// df_model = k − 1, df_resid = n − k; AIC = −2 log L + 2K, BIC = −2 log L + K log n (K = k, plus α when
/// estimated); McFadden's pseudo-R² = 1 − log L / log L₀. Covariance: φ(XᵀŴX)⁻¹ (classical) or the sandwich
/// of the scores xᵢ pᵢ(yᵢ − μ̂ᵢ)/(V(μ̂ᵢ) g′(μ̂ᵢ)) with the observed-information bread (`GLMScores`; HC0, or one-/two-way
/// clusters × G/(G−1)·(n−1)/(n−K)); for the negative binomial with estimated α, the inverse observed information in
/// (β, α), or the sandwich of the (β, α) scores, with `alpha` as the last coefficient (statsmodels'
/// `NegativeBinomial`). Binomial means are proportions.
public struct GLMResult: Sendable, Codable {
    /// The specification that was fitted.
    public let model: GeneralizedLinearModel
    /// All design columns, including dropped collinear ones.
    public let columnNames: [String]
    /// Estimated coefficients (on the link scale), with z (or t) statistics.
    public let coefficients: [RegressionCoefficient]
    /// Design columns dropped as linear combinations of earlier ones.
    public let droppedCollinear: [String]
    /// Observations used.
    public let observationCount: Int
    /// Rows dropped for missing values.
    public let droppedRowCount: Int
    /// n − k.
    public let dfResidual: Double
    /// k − 1.
    public let dfModel: Double
    /// Log-likelihood at the estimate.
    public let logLikelihood: Double
    /// Log-likelihood of the intercept-only model.
    public let nullLogLikelihood: Double
    /// Deviance.
    public let deviance: Double
    /// Deviance of the intercept-only model.
    public let nullDeviance: Double
    /// Pearson χ².
    public let pearsonChiSquared: Double
    /// McFadden's pseudo-R² = 1 − log L / log L₀.
    public let pseudoRSquared: Double
    /// Akaike information criterion.
    public let aic: Double
    /// Bayesian information criterion (log-likelihood based, statsmodels' `bic_llf`).
    public let bic: Double
    /// Iterations used: IRLS, or Newton for the negative binomial with α estimated.
    public let iterations: Int
    /// Convergence diagnostic: the last change of the criterion (IRLS: |ΔD|; Newton: the largest relative
    /// parameter step).
    public let lastChange: Double
    /// Dispersion φ: 1 for binomial, Poisson and negative binomial; Pearson χ²/(n − k) for the Gamma.
    public let scale: Double
    /// NB2 dispersion α (estimated or given); nil for other families.
    public let alpha: Double?
    /// Reference distribution of the coefficient statistics.
    public let distribution: ReferenceDistribution
    /// Number of clusters per cluster column.
    public let clusterCounts: [Int]
    /// Fitted means μ̂ᵢ for the rows used.
    public let fittedMeans: [Double]
    /// Row indices (into the input frame) of the observations used.
    public let rowsUsed: [Int]
    /// Coefficient covariance, row arrays.
    public let covarianceRows: [[Double]]
    /// The design coding, for prediction.
    public let specification: DesignSpecification

    /// The coefficient of a term, if it was estimated.
    public func coefficient(_ term: String) -> RegressionCoefficient? { coefficients.first { $0.term == term } }

    init(model: GeneralizedLinearModel, design: DesignMatrix, clusterGroups: [[Int]], offset: [Double],
         trials: [Double]?) throws {
        let family = model.family
        let n = design.y.count
        let priorWeights = trials ?? [Double](repeating: 1, count: n)
        let y = trials.map { zip(design.y, $0).map(/) } ?? design.y
        var distribution = GLMDistribution(family: family, link: model.resolvedLink, alpha: model.alpha ?? 0)
        var joint: NegativeBinomialML?
        if family == .negativeBinomial, model.alpha == nil {
            let ml = try NegativeBinomialML(x: design.x, y: y, offset: offset, maxIterations: model.maxIterations,
                                            tolerance: 1e-10)
            distribution.alpha = ml.alpha
            joint = ml
        }
        let method = "IRLS for the \(model.name) model"
        let fit = try IRLS(x: design.x, y: y, offset: offset, priorWeights: priorWeights, distribution: distribution,
                           maxIterations: model.maxIterations, tolerance: model.tolerance, method: method)
        let mu = fit.mu
        let names = design.columnNames
        // Perfect prediction: fitted means numerically at the boundary of the family's support.
        if family != .gamma {
            let boundary = zip(y, mu).filter { yi, m in
                family == .binomial ? (m < 1e-10 || 1 - m < 1e-10) : (yi == 0 && m < 1e-10)
            }.count
            if boundary > 0 {
                let largest = zip(fit.solution.kept, fit.solution.beta).sorted { abs($0.1) > abs($1.1) }.prefix(3)
                    .map { "\(names[$0.0]) = \(SummaryTable.forg($0.1, 4))" }.joined(separator: ", ")
                let response = model.formula.response.name
                let findings = SeparationDiagnosis.separatingColumns(
                    x: design.x, y: y, names: names,
                    success: trials == nil ? "\(response) = 1" : "only successes",
                    failure: family == .binomial ? (trials == nil ? "\(response) = 0" : "only failures") : "\(response) = 0",
                    binomial: family == .binomial)
                let cause = findings.isEmpty
                    ? "the coefficients diverge (largest: \(largest)); a combination of regressors separates the response. "
                    : findings.map { "'\($0.column)' separates the response: \($0.explanation)" }.joined(separator: "; ")
                        + ". "
                throw ModelError.separation(
                    "\(boundary) of \(n) observations are fitted with \(family == .binomial ? "probability" : "mean") numerically "
                        + "\(family == .binomial ? "0 or 1" : "0"), so the maximum-likelihood estimate does not exist: \(cause)"
                        + "Drop or merge the separating regressors or categories.")
            }
        }
        let solution = fit.solution
        let k = solution.kept.count
        var pearson = 0.0
        for i in 0..<n { pearson += priorWeights[i] * (y[i] - mu[i]) * (y[i] - mu[i]) / distribution.variance(mu[i]) }
        let scale = family == .gamma ? pearson / Double(n - k) : 1
        var cov: Matrix
        var dfInference = Double(n - k)
        var clusterCounts: [Int] = []
        var termNames = solution.kept.map { names[$0] }
        var estimates = solution.beta
        if let joint {
            termNames.append("alpha")
            estimates = joint.beta + [joint.alpha]
        }
        if model.covariance == .classical {
            cov = joint?.covariance ?? scale * solution.xtxInverse
        } else {
            let xk = try LeastSquaresSolution.columns(design.x, solution.kept)
            let scores: GLMScores
            if let joint {
                scores = GLMScores(scores: try joint.scores(x: xk, y: y, offset: offset), bread: joint.covariance)
            } else {
                scores = try GLMScores(x: xk, y: y, mu: mu, eta: fit.eta, priorWeights: priorWeights,
                                       distribution: distribution, canonical: model.hasCanonicalLink, expectedBread: solution.xtxInverse)
            }
            let g: Int?
            (cov, g) = try scores.covariance(model.covariance, clusterGroups: clusterGroups)
            if let g {
                clusterCounts = clusterGroups.map { ($0.max() ?? -1) + 1 }
                dfInference = Double(g - 1)
            }
        }
        let referenceDistribution: ReferenceDistribution = (model.useT ?? false) ? .t(degreesOfFreedom: dfInference) : .normal
        let coefficients = try RegressionCoefficient.table(
            names: termNames, estimates: estimates, covariance: cov,
            distribution: referenceDistribution, level: model.confidenceLevel)

        var llf = 0.0
        for i in 0..<n { llf += distribution.logLikelihood(y[i], mu[i], n: priorWeights[i], scale: scale) }
        // Null model: intercept only, with the same offset, prior weights, α and scale (statsmodels' `null`).
        let ones = Matrix(rows: n, columns: 1, repeating: 1)
        let null = try IRLS(x: ones, y: y, offset: offset, priorWeights: priorWeights, distribution: distribution,
                            maxIterations: model.maxIterations, tolerance: model.tolerance, method: method + " (null model)")
        var llNull = 0.0
        for i in 0..<n { llNull += distribution.logLikelihood(y[i], null.mu[i], n: priorWeights[i], scale: scale) }
        let parameterCount = Double(estimates.count)
        self.model = model
        self.columnNames = names
        self.coefficients = coefficients
        self.droppedCollinear = names.indices.filter { !solution.kept.contains($0) }.map { names[$0] }
        self.observationCount = n
        self.droppedRowCount = design.droppedRowCount
        self.dfResidual = Double(n - k)
        self.dfModel = Double(k - 1)
        self.logLikelihood = llf
        self.nullLogLikelihood = llNull
        self.deviance = fit.deviance
        self.nullDeviance = null.deviance
        self.pearsonChiSquared = pearson
        self.pseudoRSquared = 1 - llf / llNull
        self.aic = -2 * llf + 2 * parameterCount
        self.bic = -2 * llf + Foundation.log(Double(n)) * parameterCount
        self.iterations = joint?.iterations ?? fit.iterations
        self.lastChange = joint?.lastChange ?? fit.lastChange
        self.scale = scale
        self.alpha = family == .negativeBinomial ? distribution.alpha : nil
        self.distribution = referenceDistribution
        self.clusterCounts = clusterCounts
        self.fittedMeans = mu
        self.rowsUsed = design.rows
        self.covarianceRows = cov.rowArrays
        self.specification = design.specification
    }

    /// Predicted means μᵢ = g⁻¹(xᵢᵀβ̂ + oᵢ) on new data (NaN for rows with a missing term value), as statsmodels'
    /// `predict(exog, offset=, exposure=)`: `offset` adds oᵢ to the linear predictor, `exposure` adds log eᵢ
    /// (μᵢ = eᵢ·e^{xᵢᵀβ̂} for log links: expected counts for a population eᵢ); with neither, oᵢ = 0 (rates per unit
    /// of exposure). Binomial means are proportions.
    /// - Parameters:
    ///   - frame: new data with the formula's columns.
    ///   - offset: one offset per row of `frame`.
    ///   - exposure: one positive exposure per row of `frame`.
    /// - Throws: `ModelError.unknownColumn`, `ModelError.unseenLevel`, `ModelError.invalidData` (lengths differ
    ///   from the frame's rows, a non-positive exposure), `ModelError.unsupported` (both offset and exposure).
    /// - Complexity: O(n k).
    public func predict(_ frame: ModelFrame, offset: [Double]? = nil, exposure: [Double]? = nil) throws -> [Double] {
        if offset != nil, exposure != nil { throw ModelError.unsupported("give an offset or an exposure, not both") }
        for (name, values) in [("offset", offset), ("exposure", exposure)] {
            if let values, values.count != frame.rowCount {
                throw ModelError.invalidData("\(name) has \(values.count) values for \(frame.rowCount) rows")
            }
        }
        if let exposure, let bad = exposure.firstIndex(where: { !($0 > 0) && !$0.isNaN }) {
            throw ModelError.invalidData("exposure must be positive; row \(bad + 1) has \(exposure[bad])")
        }
        let shift = offset ?? exposure.map { $0.map { Foundation.log($0) } }
        let kept = coefficients.compactMap { c in columnNames.firstIndex(of: c.term) }
        let (complete, xk) = try specification.predictionDesign(frame, kept: kept)
        let eta = try gemv(xk, coefficients.prefix(kept.count).map(\.estimate))
        var out = [Double](repeating: .nan, count: frame.rowCount)
        let d = GLMDistribution(family: model.family, link: model.resolvedLink, alpha: alpha ?? 0)
        for (r, i) in complete.enumerated() { out[i] = d.mean(eta[r] + (shift?[i] ?? 0)) }
        return out
    }

    /// Predicted means with the model's own `offset` or `exposure` column read from `frame` (expected counts
    /// for the new rows' populations); without either column in the model, the same as `predict(_:)`.
    /// - Throws: as `predict(_:offset:exposure:)`, and `ModelError.unknownColumn` when `frame` lacks the column.
    public func predictWithModelOffset(_ frame: ModelFrame) throws -> [Double] {
        func column(_ name: String) throws -> [Double] {
            guard let v = frame.numeric[name] else {
                throw ModelError.unknownColumn(name, available: frame.numeric.keys.sorted())
            }
            return v
        }
        return try predict(frame, offset: try model.offset.map(column), exposure: try model.exposure.map(column))
    }
}
