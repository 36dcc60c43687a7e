import Foundation
import Linalg

/// The immutable result of fitting a `LinearModel`: estimates, inference and fit statistics, defined as in
/// statsmodels' `RegressionResults` (0.15.0):
///
/// - SSR = Σwᵢeᵢ², df_resid = n − k (k = estimable coefficients), σ̂² = SSR/df_resid.
/// - k_constant = 1 when the design spans the constant (explicit or implicit intercept), else 0;
///   TSS = Σwᵢ(yᵢ − ȳ_w)² (centered) or Σwᵢyᵢ² (uncentered) accordingly; R² = 1 − SSR/TSS;
///   adjusted R² = 1 − (n − k_constant)/df_resid·(1 − R²); df_model = k − k_constant.
/// - F (classical) = ((TSS − SSR)/df_model)/σ̂² on (df_model, df_resid); with a robust covariance it is
///   the Wald test of all slopes, β_Sᵀ V_SS⁻¹ β_S / q on (q, df_inference).
/// - log L = −n/2·(1 + log(2π·SSR/n)) + ½Σ log wᵢ; AIC = −2 log L + 2(df_model + k_constant);
///   BIC = −2 log L + log(n)(df_model + k_constant).
public struct LinearRegressionResult: Sendable, Codable {
    /// The specification that was fitted.
    public let model: LinearModel
    /// All design columns, including dropped collinear ones.
    public let columnNames: [String]
    /// Estimated coefficients (estimable columns only, in design order).
    public let coefficients: [RegressionCoefficient]
    /// Design columns dropped because they are linear combinations of earlier ones (R's `NA` coefficients).
    public let droppedCollinear: [String]
    /// Observations used, n.
    public let observationCount: Int
    /// Rows dropped for missing values.
    public let droppedRowCount: Int
    /// Residual degrees of freedom n − k.
    public let dfResidual: Double
    /// Model degrees of freedom k − k_constant.
    public let dfModel: Double
    /// 1 if the design spans the constant, else 0.
    public let constantCount: Int
    /// R² (centered when there is a constant).
    public let rSquared: Double
    /// Adjusted R².
    public let adjustedRSquared: Double
    /// F statistic of all slopes (classical or robust Wald, see above).
    public let fStatistic: Double
    /// p-value of the F statistic.
    public let fPValue: Double
    /// Gaussian log-likelihood at the estimate.
    public let logLikelihood: Double
    /// Akaike information criterion.
    public let aic: Double
    /// Bayesian (Schwarz) information criterion.
    public let bic: Double
    /// Sum of squared (weighted) residuals.
    public let sumOfSquaredResiduals: Double
    /// σ̂² = SSR / df_resid.
    public let scale: Double
    /// Reference distribution of the coefficient statistics.
    public let distribution: ReferenceDistribution
    /// Degrees of freedom of the robust F-test's denominator (df_resid, or G − 1 for clusters).
    public let inferenceDegreesOfFreedom: Double
    /// Number of clusters per cluster column (empty unless clustered).
    public let clusterCounts: [Int]
    /// Residuals yᵢ − xᵢᵀβ̂ (unweighted), for the rows used.
    public let residuals: [Double]
    /// Fitted values xᵢᵀβ̂.
    public let fittedValues: [Double]
    /// Row indices (into the input frame) of the observations used.
    public let rowsUsed: [Int]
    /// Coefficient covariance (estimable coefficients), row arrays.
    public let covarianceRows: [[Double]]
    /// The design coding, for prediction on new data.
    public let specification: DesignSpecification
    /// Levels of each absorbed fixed effect (empty without `|` in the formula).
    public let absorbedLevelCounts: [Int]
    /// Absorbed parameters k_fe counted in the degrees of freedom (see `AbsorbedFixedEffects`).
    public let absorbedParameterCount: Int
    /// R² of the demeaned (within) regression, when effects are absorbed.
    public let withinRSquared: Double?

    /// The coefficient covariance as a matrix.
    public var covariance: Matrix { (try? Matrix(covarianceRows)) ?? Matrix(rows: 0, columns: 0) }

    /// The coefficient of a term, if it was estimated.
    public func coefficient(_ term: String) -> RegressionCoefficient? { coefficients.first { $0.term == term } }

    init(model: LinearModel, design: DesignMatrix, weights: [Double]?, clusterGroups: [[Int]],
         absorbed: AbsorbedFixedEffects? = nil) throws {
        let n = design.y.count
        // The regression data: as given, or demeaned by the absorbed effects (whose levels span the intercept).
        var x = design.x, y = design.y
        var columnIndex = Array(0..<design.x.columns)
        if let absorbed {
            columnIndex.removeAll { $0 == design.specification.interceptIndex }
            y = try absorbed.demean(design.y, weights: weights)
            var storage: [Double] = []
            for j in columnIndex { storage += try absorbed.demean(design.x.column(j), weights: weights) }
            x = try Matrix(rows: n, columns: columnIndex.count, columnMajor: storage)
        }
        let solution = try LeastSquaresSolution(x: x, y: y, weights: weights)
        let kept = solution.kept.map { columnIndex[$0] }
        let k = kept.count
        let bigK = k + (absorbed?.parameterCount ?? 0)
        let residuals = zip(y, try gemv(try LeastSquaresSolution.columns(x, solution.kept), solution.beta)).map { $0 - $1 }
        let fitted = zip(design.y, residuals).map { $0 - $1 }
        let w = weights ?? [Double](repeating: 1, count: n)
        let whitenedResiduals = zip(residuals, w).map { $0 * $1.squareRoot() }
        let ssr = whitenedResiduals.reduce(0) { $0 + $1 * $1 }
        let dfResid = Double(n - bigK)
        guard dfResid > 0 else { throw ModelError.tooFewObservations(needed: bigK, available: n) }
        let scale = ssr / dfResid
        let kConstant = absorbed != nil || solution.spansConstant ? 1 : 0
        let sumW = w.reduce(0, +)
        let yBar = zip(design.y, w).reduce(0) { $0 + $1.0 * $1.1 } / sumW
        let tss = zip(design.y, w).reduce(0) { acc, p in
            let d = kConstant == 1 ? p.0 - yBar : p.0
            return acc + p.1 * d * d
        }
        let rSquared = 1 - ssr / tss
        let dfModel = Double(bigK - kConstant)

        // Covariance and inference degrees of freedom.
        var cov: Matrix
        var dfInference = dfResid
        var clusterCounts: [Int] = []
        switch model.covariance {
        case .classical:
            cov = scale * solution.xtxInverse
        case .hc0, .hc1, .hc2, .hc3:
            cov = try SandwichCovariance.heteroskedastic(model.covariance, solution: solution, whitenedResiduals: whitenedResiduals,
                                                         parameterCount: bigK)
        case .cluster:
            let g: Int
            let nested = absorbed?.nestedParameters(in: clusterGroups) ?? 0
            (cov, g) = try SandwichCovariance.clustered(clusterGroups, solution: solution, whitenedResiduals: whitenedResiduals,
                                                        parameterCount: bigK - nested, minimumG: absorbed != nil)
            clusterCounts = clusterGroups.map { ($0.max() ?? -1) + 1 }
            dfInference = Double(g - 1)
        }
        // statsmodels' default; with absorbed effects fixest's (always t).
        let useT = model.useT ?? (absorbed != nil || !model.covariance.isRobust)
        let distribution: ReferenceDistribution = useT ? .t(degreesOfFreedom: dfInference) : .normal
        let coefficients = try RegressionCoefficient.table(
            names: kept.map { design.columnNames[$0] }, estimates: solution.beta, covariance: cov,
            distribution: distribution, level: model.confidenceLevel)

        // F-test of all slopes.
        var fStatistic = Double.nan, fPValue = Double.nan
        if absorbed != nil {
            // Not reported with absorbed effects (as pyfixest): the F of the dummy model mixes in the effects.
        } else if !model.covariance.isRobust {
            if dfModel > 0 {
                fStatistic = ((tss - ssr) / dfModel) / scale
                fPValue = try fSurvival(fStatistic, numerator: dfModel, denominator: dfResid)
            }
        } else {
            let interceptKept = design.specification.interceptIndex.flatMap { kept.firstIndex(of: $0) }
            // statsmodels: an implicit constant (no intercept column) makes the robust F undefined.
            if kConstant == 0 || interceptKept != nil {
                let slopes = (0..<k).filter { $0 != interceptKept }
                if !slopes.isEmpty {
                    fStatistic = try LinearRegressionResult.waldF(beta: solution.beta, covariance: cov, indices: slopes)
                    fPValue = try fSurvival(fStatistic, numerator: Double(slopes.count), denominator: dfInference)
                }
            }
        }

        var logLikelihood = -Double(n) / 2 * (1 + Foundation.log(2 * Double.pi * ssr / Double(n)))
        if weights != nil { logLikelihood += 0.5 * w.reduce(0) { $0 + Foundation.log($1) } }
        let parameters = dfModel + Double(kConstant)

        self.model = model
        self.columnNames = design.columnNames
        self.coefficients = coefficients
        self.droppedCollinear = columnIndex.filter { !kept.contains($0) }.map { design.columnNames[$0] }
        self.observationCount = n
        self.droppedRowCount = design.droppedRowCount
        self.dfResidual = dfResid
        self.dfModel = dfModel
        self.constantCount = kConstant
        self.rSquared = rSquared
        self.adjustedRSquared = 1 - Double(n - kConstant) / dfResid * (1 - rSquared)
        self.fStatistic = fStatistic
        self.fPValue = fPValue
        self.logLikelihood = logLikelihood
        self.aic = -2 * logLikelihood + 2 * parameters
        self.bic = -2 * logLikelihood + Foundation.log(Double(n)) * parameters
        self.sumOfSquaredResiduals = ssr
        self.scale = scale
        self.distribution = distribution
        self.inferenceDegreesOfFreedom = dfInference
        self.clusterCounts = clusterCounts
        self.residuals = residuals
        self.fittedValues = fitted
        self.rowsUsed = design.rows
        self.covarianceRows = cov.rowArrays
        self.specification = design.specification
        self.absorbedLevelCounts = absorbed?.levelCounts ?? []
        self.absorbedParameterCount = absorbed?.parameterCount ?? 0
        self.withinRSquared = absorbed.map { _ in 1 - ssr / zip(y, w).reduce(0) { $0 + $1.1 * $1.0 * $1.0 } }
    }

    /// Wald F = β_Sᵀ (V_SS)⁻¹ β_S / |S| for the coefficient subset S.
    static func waldF(beta: [Double], covariance: Matrix, indices: [Int]) throws -> Double {
        let q = indices.count
        var v = Matrix(rows: q, columns: q)
        for (a, i) in indices.enumerated() { for (b, j) in indices.enumerated() { v[a, b] = covariance[i, j] } }
        let b = indices.map { beta[$0] }
        guard let x = try? solve(v, try Matrix(rows: q, columns: 1, columnMajor: b)) else { return .nan }
        return try dot(b, x.column(0)) / Double(q)
    }
}
