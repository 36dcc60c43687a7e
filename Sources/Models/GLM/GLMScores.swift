import Foundation
import Linalg

/// Per-observation scores and the observed-information bread of a GLM, the two ingredients of its robust
/// (sandwich) covariances, as statsmodels 0.15 computes them (`GLM.score_obs`, `GLM.hessian(observed=True)`):
/// scores sᵢ = xᵢ pᵢ(yᵢ − μᵢ)μ′ᵢ/V(μᵢ) and observed information Σ xᵢxᵢᵀ wᵢ[1 − (yᵢ − μᵢ)(μ″ᵢ/μ′ᵢ² − V′(μᵢ)/V(μᵢ))]
/// (wᵢ = pᵢμ′ᵢ²/V(μᵢ), μ′ = dμ/dη, pᵢ prior weights). For canonical links (logit, Poisson log) the bracket is 1
/// and the bread is the IRLS (XᵀWX)⁻¹. The dispersion φ (Gamma) divides scores and information alike and cancels
/// in the sandwich, so it is left out. Reference: McCullagh & Nelder (1989) §2.5 (observed vs expected
/// information); statsmodels `GLM.hessian_factor(observed=True)`, `stats.sandwich_covariance`.
/// Complexity: O(n k²).
struct GLMScores {
    /// n × k scores.
    let scores: Matrix
    /// k × k inverse observed information.
    let bread: Matrix

    /// Scores and bread at the fitted means.
    /// - Parameters:
    ///   - x: the design columns used (n × k).
    ///   - expectedBread: (XᵀWX)⁻¹ from IRLS, used as the bread when the link is canonical.
    init(x: Matrix, y: [Double], mu: [Double], eta: [Double], priorWeights p: [Double], distribution d: GLMDistribution,
         canonical: Bool, expectedBread: Matrix) throws {
        let n = y.count
        var observed = [Double](repeating: 0, count: n), score = [Double](repeating: 0, count: n)
        for i in 0..<n {
            let m1 = d.link.meanDerivative(eta[i]), m2 = d.link.meanSecondDerivative(eta[i])
            let v = d.variance(mu[i]), dv = d.varianceDerivative(mu[i])
            observed[i] = p[i] * m1 * m1 / v * (1 - (y[i] - mu[i]) * (m2 / (m1 * m1) - dv / v))
            score[i] = p[i] * (y[i] - mu[i]) * m1 / v
        }
        self.scores = try SandwichCovariance.scaledRows(x, score)
        if canonical {
            self.bread = expectedBread
        } else {
            let information = try gemm(x, try SandwichCovariance.scaledRows(x, observed), transposeA: .transpose, transposeB: .none)
            self.bread = try LUFactorization(information).inverse()
        }
    }

    /// Scores and bread given directly (e.g. the negative binomial's joint (β, α) likelihood).
    init(scores: Matrix, bread: Matrix) {
        self.scores = scores
        self.bread = bread
    }

    /// HC0 = B (Σ sᵢsᵢᵀ) B, or the one-/two-way cluster sandwich with G/(G−1)·(n−1)/(n−K), K = parameters.
    /// - Returns: the covariance and, for clusters, the G for inference degrees of freedom.
    func covariance(_ type: CovarianceType, clusterGroups: [[Int]]) throws -> (Matrix, Int?) {
        if case .cluster = type {
            let (v, g) = try SandwichCovariance.clustered(clusterGroups, scores: scores, bread: bread,
                                                          parameterCount: scores.columns)
            return (v, g)
        }
        return (try SandwichCovariance.sandwich(bread: bread, meat: syrk(scores, transpose: .transpose)), nil)
    }
}
