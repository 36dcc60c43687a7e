import Foundation
import Linalg

/// The HC0 sandwich of a GLM with a non-canonical link, as statsmodels 0.15 computes it: bread = inverse of the
/// observed information Σ xᵢxᵢᵀ wᵢ[1 − (yᵢ − μᵢ)(μ″ᵢ/μ′ᵢ² − V′(μᵢ)/V(μᵢ))] (wᵢ = pᵢμ′ᵢ²/V(μᵢ), μ′ = dμ/dη),
/// meat = Σ sᵢsᵢᵀ with scores sᵢ = xᵢ pᵢ(yᵢ − μᵢ)μ′ᵢ/V(μᵢ). For canonical links the bracket is 1 and this is the
/// IRLS sandwich. Reference: McCullagh & Nelder (1989) §2.5 (observed vs expected information); statsmodels
/// `GLM.hessian_factor(observed=True)` and `base.covtype` (HC0).
/// Complexity: O(n k²).
enum ObservedInformationSandwich {
    static func hc0(x: Matrix, y: [Double], mu: [Double], eta: [Double], priorWeights p: [Double],
                    distribution d: GLMDistribution) throws -> Matrix {
        let n = y.count
        var observed = [Double](repeating: 0, count: n), score = [Double](repeating: 0, count: n)
        for i in 0..<n {
            let m1 = d.link.meanDerivative(eta[i]), m2 = d.link.meanSecondDerivative(eta[i])
            let v = d.variance(mu[i]), dv = d.varianceDerivative(mu[i])
            observed[i] = p[i] * m1 * m1 / v * (1 - (y[i] - mu[i]) * (m2 / (m1 * m1) - dv / v))
            score[i] = p[i] * (y[i] - mu[i]) * m1 / v
        }
        let information = try gemm(x, try SandwichCovariance.scaledRows(x, observed), transposeA: .transpose, transposeB: .none)
        let bread = try LUFactorization(information).inverse()
        let meat = syrk(try SandwichCovariance.scaledRows(x, score), transpose: .transpose)
        return try SandwichCovariance.sandwich(bread: bread, meat: meat)
    }
}
