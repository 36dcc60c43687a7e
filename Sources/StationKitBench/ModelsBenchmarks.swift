import Foundation
import StationKit

/// Model-fitting benchmarks: a logistic regression (binomial GLM by IRLS) on 1,000,000 rows × 30 columns
/// (intercept + 29 standard-normal regressors, y ~ Bernoulli(logistic(0.1·Σ xⱼ·(−1)ʲ)), xoshiro256** seed
/// 20261129). The Python side (Scripts/bench.d/models.py) times statsmodels' `GLM(y, X, Binomial()).fit()`
/// on data of the same size and law (numpy's generator; timings do not depend on the draws).
enum ModelsBenchmarks {
    static var cases: [BenchmarkCase] {
        [
            BenchmarkCase(
                name: "logit_1m_x30", group: "models",
                summary: "logit by IRLS (design from the formula, pivoted QR per step), 1,000,000 × 30",
                samples: 1, inner: 1,   // one fit takes minutes on the Python side; keep the run bounded
                prepare: {
                    let (frame, formula) = try logitBenchmarkData(rows: 1_000_000, regressors: 29)
                    let model = GeneralizedLinearModel(formula: formula, family: .binomial)
                    return { _ = try model.fit(frame) }
                }),
        ]
    }

    /// The seeded benchmark data and the formula `y ~ x1 + … + xk`.
    static func logitBenchmarkData(rows n: Int, regressors k: Int) throws -> (ModelFrame, Formula) {
        var rng = Xoshiro256StarStar(seed: 20261129)
        var columns: [String: [Double]] = [:]
        var eta = [Double](repeating: 0, count: n)
        for j in 1...k {
            var x = [Double](repeating: 0, count: n)
            let b = 0.1 * (j % 2 == 0 ? 1.0 : -1.0)
            for i in 0..<n {
                x[i] = rng.nextNormal()
                eta[i] += b * x[i]
            }
            columns["x\(j)"] = x
        }
        columns["y"] = eta.map { rng.nextUniform() < 1 / (1 + Foundation.exp(-$0)) ? 1 : 0 }
        let formula = try Formula("y ~ " + (1...k).map { "x\($0)" }.joined(separator: " + "))
        return (try ModelFrame(numeric: columns), formula)
    }
}
