import Foundation
import StationKit

/// Model-fitting benchmarks.
///
/// - `logit_1m_x30`: a logistic regression (binomial GLM by IRLS) on 1,000,000 rows × 30 columns
///   (intercept + 29 standard-normal regressors, y ~ Bernoulli(logistic(0.1·Σ xⱼ·(−1)ʲ)), xoshiro256** seed
///   20261129). The Python side (Scripts/bench.d/models.py) times statsmodels' `GLM(y, X, Binomial()).fit()`
///   on data of the same size and law (numpy's generator; timings do not depend on the draws).
/// - `fe2way_national`: OLS with street and year effects absorbed and street-clustered errors,
///   `total_score ~ social_workers + supervision_per_worker | street_id + year`, on the open station-years of
///   the national synthetic panel (`stationkit synth --preset national --streets 38000 --seed 7`, then
///   `Panel.build(level: .station)`), read from `FixedEffectsBenchmarkData.csvPath`, which the Python side
///   (pyfixest `feols(…, vcov={"CRV1": "street_id"})`) reads too. Reading the CSV is not timed on either side.
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
            BenchmarkCase(
                name: "fe2way_national", group: "models",
                summary: "OLS, street + year effects absorbed, street-clustered SEs, national panel (~157,000 station-years)",
                samples: 5, inner: 1,
                prepare: {
                    let frame = try ModelFrame(CSVReader.table(try FixedEffectsBenchmarkData.csv()))
                    let model = LinearModel(
                        formula: try Formula("total_score ~ social_workers + supervision_per_worker | street_id + year"),
                        covariance: .cluster(["street_id"]))
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
