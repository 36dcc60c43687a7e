import Stats

/// How difference-in-differences standard errors and confidence bands are computed.
///
/// - `analytic`: from the influence functions, se_j = √(Σ_c S_cj²) / n with S_cj the sum of unit
///   influence values in cluster c (each unit its own cluster unless `PanelData.cluster` is given);
///   unclustered this is R did's `sqrt(mean(psi^2)/n)` (`bstrap = FALSE`). Pointwise intervals
///   θ̂ ± z_{1−α/2} se.
/// - `multiplierBootstrap`: R did's default (`bstrap = TRUE, cband = TRUE`), see `MultiplierBootstrap`.
public enum DiDInference: Sendable, Equatable {
    case analytic
    case multiplierBootstrap(MultiplierBootstrap)
}

/// Standard errors and the critical value of one family of estimators.
struct InferenceSummary: Sendable {
    /// Standard error per estimator (NaN when degenerate, as R did's NA).
    var standardErrors: [Double]
    /// Critical value for the intervals of the `banded` estimators.
    var criticalValue: Double
    /// Whether `criticalValue` is a simultaneous (sup-t) one.
    var uniform: Bool

    /// R did's threshold below which a standard error is reported as missing: √ε · 10.
    static let degenerate = Double.ulpOfOne.squareRoot() * 10

    /// Summarizes the influence functions `influence` (n units × k estimators).
    /// - Parameters:
    ///   - banded: the estimators covered by a simultaneous band (others get bootstrap SEs only).
    ///   - family: stream family of the bootstrap (distinct per kind of estimate).
    static func compute(_ influence: InfluenceMatrix, clusterIndex: [Int], clusterCount: Int,
                        inference: DiDInference, alpha: Double, banded: [Int], family: Int) throws -> InferenceSummary {
        let n = Double(influence.rows)
        let k = influence.columns
        let z = try Normal().quantile(1 - alpha / 2)
        let sums = influence.clusterSums(clusterIndex: clusterIndex, clusterCount: clusterCount)
        switch inference {
        case .analytic:
            var se = [Double](repeating: 0, count: k)
            for c in 0..<clusterCount {
                for j in 0..<k { let s = sums[c * k + j]; se[j] += s * s }
            }
            se = se.map { v in let s = v.squareRoot() / n; return s <= degenerate || !s.isFinite ? .nan : s }
            return InferenceSummary(standardErrors: se, criticalValue: z, uniform: false)
        case .multiplierBootstrap(let boot):
            guard boot.draws >= 2 else { throw DiDError(.option, "the bootstrap needs at least 2 draws, got \(boot.draws)") }
            let b = boot.draws
            let reps = try boot.replicates(clusterSums: sums, clusters: clusterCount, columns: k, family: family)
            let iqrScale = try Normal().quantile(0.75) - Normal().quantile(0.25)
            var sigma = [Double](repeating: .nan, count: k)
            var column = [Double](repeating: 0, count: b)
            for j in 0..<k {
                var sumSq = 0.0, finite = true
                for r in 0..<b {
                    let v = reps[r * k + j]
                    column[r] = v
                    sumSq += v * v
                    if !v.isFinite { finite = false }
                }
                // R did's non-degeneracy test on the draws.
                guard finite, sumSq > degenerate else { continue }
                column.sort()
                sigma[j] = (typeOneQuantile(column, 0.75) - typeOneQuantile(column, 0.25)) / iqrScale
            }
            let scale = Double(clusterCount).squareRoot() / n
            let se = sigma.map { s in let v = s * scale; return v.isNaN || v <= degenerate ? .nan : v }
            var crit = z, uniform = false
            let bandColumns = banded.filter { sigma[$0].isFinite && sigma[$0] > 0 }
            if boot.uniformBands, !bandColumns.isEmpty {
                var maxT: [Double] = []
                maxT.reserveCapacity(b)
                for r in 0..<b {
                    var m = -Double.infinity
                    for j in bandColumns { m = max(m, abs(reps[r * k + j] / sigma[j])) }
                    if m.isFinite { maxT.append(m) }
                }
                maxT.sort()
                // As R did: fall back to pointwise intervals when the band is undefined or narrower.
                if !maxT.isEmpty {
                    let c = typeOneQuantile(maxT, 1 - alpha)
                    if c.isFinite, c >= z { crit = c; uniform = true }
                }
            }
            return InferenceSummary(standardErrors: se, criticalValue: crit, uniform: uniform)
        }
    }

    /// R's `quantile(x, p, type = 1)` (inverse of the empirical CDF) of sorted, non-empty `x`.
    /// Uses R's fuzz of 4ε so that n·p a hair above an integer still picks that order statistic.
    static func typeOneQuantile(_ sorted: [Double], _ p: Double) -> Double {
        let n = sorted.count
        let fuzz = 4 * Double.ulpOfOne
        let np = Double(n) * p
        let j = Int((np + fuzz).rounded(.down))
        let order = np - Double(j) > fuzz ? j + 1 : j
        return sorted[min(max(order, 1), n) - 1]
    }
}
