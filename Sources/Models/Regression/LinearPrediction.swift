import Linalg

/// A prediction from a linear regression at one new row, with intervals at the model's confidence level.
///
/// As statsmodels' `get_prediction(...).summary_frame()`: se_mean = √(x₀ᵀV̂x₀) with the fit's coefficient
/// covariance V̂ (robust if the fit is), mean interval ŷ₀ ± c·se_mean, prediction (observation) interval
/// ŷ₀ ± c·√(se_mean² + σ̂²) (a new observation of weight 1), c from the fit's reference distribution.
public struct LinearPrediction: Sendable, Hashable, Codable {
    /// ŷ₀ = x₀ᵀβ̂.
    public let mean: Double
    /// Standard error of the mean prediction.
    public let standardError: Double
    /// Lower bound of the confidence interval of the mean.
    public let confidenceLow: Double
    /// Upper bound of the confidence interval of the mean.
    public let confidenceHigh: Double
    /// Lower bound of the prediction interval for a new observation.
    public let predictionLow: Double
    /// Upper bound of the prediction interval.
    public let predictionHigh: Double

    enum CodingKeys: String, CodingKey {
        case mean
        case standardError = "std_error"
        case confidenceLow = "mean_ci_low"
        case confidenceHigh = "mean_ci_high"
        case predictionLow = "obs_ci_low"
        case predictionHigh = "obs_ci_high"
    }
}

extension LinearRegressionResult {
    /// Predicts the response on every row of `frame`, coded with the fitted design (same levels).
    /// Rows with a missing value in a term column give NaN everywhere.
    /// - Throws: `ModelError.unknownColumn` when a term column is absent; `ModelError.unseenLevel` for a
    ///   categorical level not seen when fitting.
    /// - Complexity: O(m k²) for m rows.
    public func predict(_ frame: ModelFrame) throws -> [LinearPrediction] {
        guard absorbedLevelCounts.isEmpty else {
            throw ModelError.unsupported("prediction with absorbed fixed effects is not available (the effects are not estimated)")
        }
        let kept = coefficients.compactMap { c in columnNames.firstIndex(of: c.term) }
        let (complete, xk) = try specification.predictionDesign(frame, kept: kept)
        let beta = coefficients.map(\.estimate)
        let v = covariance
        let critical = try distribution.quantile(0.5 + model.confidenceLevel / 2)
        let nan = LinearPrediction(mean: .nan, standardError: .nan, confidenceLow: .nan, confidenceHigh: .nan,
                                   predictionLow: .nan, predictionHigh: .nan)
        var out = [LinearPrediction](repeating: nan, count: frame.rowCount)
        for (r, i) in complete.enumerated() {
            let row = xk.row(r)
            let mean = try dot(row, beta)
            let variance = try dot(row, try gemv(v, row))
            let se = variance.squareRoot()
            let seObs = (variance + scale).squareRoot()
            out[i] = LinearPrediction(mean: mean, standardError: se,
                                      confidenceLow: mean - critical * se, confidenceHigh: mean + critical * se,
                                      predictionLow: mean - critical * seObs, predictionHigh: mean + critical * seObs)
        }
        return out
    }
}
