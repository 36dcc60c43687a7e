import Foundation
import Linalg

/// The immutable result of fitting a `GeneralizedLinearModel`, with statsmodels' `GLMResults` definitions
/// (0.15.0): scale 1; deviance D = Σ d(yᵢ, μ̂ᵢ); null deviance from μ = ȳ; Pearson χ² = Σ (yᵢ − μ̂ᵢ)²/V(μ̂ᵢ);
/// df_model = k − 1, df_resid = n − k; AIC = −2 log L + 2k, BIC = −2 log L + k log n; McFadden's
/// pseudo-R² = 1 − log L / log L₀. Covariance: (XᵀŴX)⁻¹ (classical) or the sandwich with scores
/// xᵢ(yᵢ − μ̂ᵢ) (HC0; clusters × G/(G−1)·(n−1)/(n−k)).
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
    /// IRLS iterations used.
    public let iterations: Int
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

    init(model: GeneralizedLinearModel, design: DesignMatrix, clusterGroups: [[Int]]) throws {
        let family = model.family
        let y = design.y, n = y.count
        let yBar = y.reduce(0, +) / Double(n)
        var mu = y.map { family.startingMean($0, mean: yBar) }
        var eta = mu.map(family.link)
        var deviance = zip(y, mu).reduce(0) { $0 + family.unitDeviance($1.0, $1.1) }
        var iterations = 0
        var converged = false
        while iterations < model.maxIterations {
            iterations += 1
            let step = try GLMResult.irlsStep(design.x, y: y, mu: mu, eta: eta, family: family)
            eta = step.eta
            mu = eta.map(family.mean)
            let newDeviance = zip(y, mu).reduce(0) { $0 + family.unitDeviance($1.0, $1.1) }
            let change = abs(newDeviance - deviance)
            deviance = newDeviance
            if change <= model.tolerance * (abs(newDeviance) + 0.1) {
                converged = true
                break
            }
        }
        // Perfect prediction: fitted means numerically at the boundary of the family's support.
        let boundary = zip(y, mu).filter { yi, m in
            family == .binomial ? (m < 1e-10 || 1 - m < 1e-10) : (yi == 0 && m < 1e-10)
        }.count
        let final = try GLMResult.irlsStep(design.x, y: y, mu: mu, eta: eta, family: family)
        let names = design.columnNames
        if boundary > 0 {
            let largest = zip(final.solution.kept, final.solution.beta).sorted { abs($0.1) > abs($1.1) }.prefix(3)
                .map { "\(names[$0.0]) = \(SummaryTable.forg($0.1, 4))" }.joined(separator: ", ")
            throw ModelError.separation(
                "\(boundary) of \(n) observations are fitted with \(family == .binomial ? "probability" : "mean") numerically "
                    + "\(family == .binomial ? "0 or 1" : "0"); the maximum-likelihood estimate does not exist and the "
                    + "coefficients diverge (largest: \(largest)). Drop or merge the separating regressors or categories.")
        }
        guard converged else {
            throw ModelError.didNotConverge("IRLS for the \(model.name) model after \(iterations) iterations (deviance \(deviance))")
        }
        let solution = final.solution
        let k = solution.kept.count
        let whitenedResiduals = zip(y, mu).map { ($0 - $1) / family.variance($1).squareRoot() }

        var cov: Matrix
        var dfInference = Double(n - k)
        var clusterCounts: [Int] = []
        switch model.covariance {
        case .classical:
            cov = solution.xtxInverse
        case .cluster:
            let g: Int
            (cov, g) = try SandwichCovariance.clustered(clusterGroups, solution: solution, whitenedResiduals: whitenedResiduals)
            clusterCounts = clusterGroups.map { ($0.max() ?? -1) + 1 }
            dfInference = Double(g - 1)
        default:
            cov = try SandwichCovariance.heteroskedastic(model.covariance, solution: solution, whitenedResiduals: whitenedResiduals)
        }
        let distribution: ReferenceDistribution = (model.useT ?? false) ? .t(degreesOfFreedom: dfInference) : .normal
        let coefficients = try RegressionCoefficient.table(
            names: solution.kept.map { names[$0] }, estimates: solution.beta, covariance: cov,
            distribution: distribution, level: model.confidenceLevel)

        let llf = zip(y, mu).reduce(0) { $0 + family.logLikelihood($1.0, $1.1) }
        let nullMean = family == .binomial ? min(max(yBar, GLMFamily.epsilon), 1 - GLMFamily.epsilon) : yBar
        let llNull = y.reduce(0) { $0 + family.logLikelihood($1, nullMean) }
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
        self.deviance = deviance
        self.nullDeviance = y.reduce(0) { $0 + family.unitDeviance($1, nullMean) }
        self.pearsonChiSquared = zip(y, mu).reduce(0) { $0 + ($1.0 - $1.1) * ($1.0 - $1.1) / family.variance($1.1) }
        self.pseudoRSquared = 1 - llf / llNull
        self.aic = -2 * llf + 2 * Double(k)
        self.bic = -2 * llf + Foundation.log(Double(n)) * Double(k)
        self.iterations = iterations
        self.distribution = distribution
        self.clusterCounts = clusterCounts
        self.fittedMeans = mu
        self.rowsUsed = design.rows
        self.covarianceRows = cov.rowArrays
        self.specification = design.specification
    }

    /// One IRLS step: weighted least squares of the working response z = η + (y − μ)/V(μ) with weights V(μ).
    static func irlsStep(_ x: Matrix, y: [Double], mu: [Double], eta: [Double], family: GLMFamily) throws
        -> (solution: LeastSquaresSolution, eta: [Double]) {
        let w = mu.map(family.variance)
        let z = (0..<y.count).map { eta[$0] + (y[$0] - mu[$0]) / w[$0] }
        let solution = try LeastSquaresSolution(x: x, y: z, weights: w)
        let newEta = try gemv(try LeastSquaresSolution.columns(x, solution.kept), solution.beta)
        return (solution, newEta)
    }

    /// Predicted means μ = g⁻¹(xᵀβ̂) on new data (NaN for rows with a missing term value).
    /// - Throws: `ModelError.unknownColumn`, `ModelError.unseenLevel`.
    public func predict(_ frame: ModelFrame) throws -> [Double] {
        let kept = coefficients.compactMap { c in columnNames.firstIndex(of: c.term) }
        let (complete, xk) = try specification.predictionDesign(frame, kept: kept)
        let eta = try gemv(xk, coefficients.map(\.estimate))
        var out = [Double](repeating: .nan, count: frame.rowCount)
        for (r, i) in complete.enumerated() { out[i] = model.family.mean(eta[r]) }
        return out
    }
}
