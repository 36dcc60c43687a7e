import Linalg

/// Regression weights: how much each indicator moves an outcome (e.g. a satisfaction survey score).
///
/// Fit y = b₀ + Σ_j β_j x_j with an intercept (done exactly by centring y and every x_j), by ordinary least
/// squares (LAPACK dgels through `leastSquares`) or by non-negative least squares (Lawson–Hanson, as
/// `scipy.optimize.nnls`, on the centred data — the intercept stays free); then w_j = β_j / Σ_k β_k.
/// OLS weights can be negative (an indicator that lowers the outcome); they are reported as they are.
/// Coefficients are in the indicators' own units: standardise the indicators first if you want
/// unit-free importance.
public struct RegressionWeighting: Sendable {
    public var nonNegative: Bool

    public init(nonNegative: Bool = false) { self.nonNegative = nonNegative }

    /// Coefficients β and the weights.
    /// - Parameters:
    ///   - indicators: the m × n decision matrix (directions are ignored).
    ///   - outcome: m outcome values.
    /// - Throws: `WeightingError` on size mismatch or Σβ = 0; `LinalgError.rankDeficient` for collinear indicators.
    public func evaluate(_ indicators: DecisionMatrix, outcome: [Double]) throws -> (coefficients: [Double], weights: WeightVector) {
        let m = indicators.alternativeCount, n = indicators.criterionCount
        guard outcome.count == m else {
            throw WeightingError.dimensionMismatch("regression: \(outcome.count) outcomes for \(m) alternatives")
        }
        guard m > n else {
            throw WeightingError.invalidInput("regression: needs more alternatives (\(m)) than indicators (\(n)) + 1")
        }
        var xc = indicators.values
        for j in 0..<n {
            let mu = ColumnStatistics.mean(xc.column(j))
            for i in 0..<m { xc[i, j] -= mu }
        }
        let my = ColumnStatistics.mean(outcome)
        let yc = outcome.map { $0 - my }
        let beta: [Double]
        if nonNegative {
            beta = try nonNegativeLeastSquares(xc, yc)
        } else {
            beta = try leastSquares(xc, Matrix(rows: m, columns: 1, columnMajor: yc)).column(0)
        }
        let total = beta.reduce(0, +)
        guard total != 0, total.isFinite else {
            throw WeightingError.degenerate("regression: coefficients sum to \(total); cannot normalise to weights")
        }
        let name = nonNegative ? "regression-nnls" : "regression-ols"
        return (beta, WeightVector(method: name, criteria: indicators.criteria, weights: beta.map { $0 / total }))
    }
}
