import Linalg
import Stats

/// R did's Wald pre-test of parallel trends: are all pre-treatment ATT(g,t) zero?
///
///     W = θ̂_preᵀ V̂_pre⁻¹ θ̂_pre,   V̂_pre = Σ_c S_c S_cᵀ / n²,   W ~ χ²(q) under H₀,
///
/// over the q pre-treatment cells t < g − δ with a non-degenerate standard error (S_c: cluster sums
/// of their influence functions; units unless clustered). Anticipation cells g − δ ≤ t < g are left
/// out, as csdid does. Always analytic, as R did (even with the bootstrap).
public struct PreTrendTest: Sendable, Equatable, Encodable {
    /// The Wald statistic W.
    public let statistic: Double
    /// q, the number of pre-treatment cells tested.
    public let degreesOfFreedom: Int
    /// P(χ²(q) ≥ W).
    public let pValue: Double

    enum CodingKeys: String, CodingKey {
        case statistic, degreesOfFreedom = "df", pValue = "p_value"
    }
}

extension CallawaySantAnnaResult {
    /// The Wald pre-test of parallel trends (see `PreTrendTest`).
    /// - Returns: nil when there is no pre-treatment cell, or when V̂_pre is singular
    ///   (reciprocal condition number ≤ ε, R did's rule), e.g. with a universal base period.
    /// - Throws: `LinalgError` only if a factorization fails unexpectedly.
    /// - Complexity: O(clusters · q²) plus a q × q factorization.
    public func preTrendTest() throws -> PreTrendTest? {
        let pre = effects.indices.filter {
            effects[$0].time < effects[$0].group - model.anticipation && effects[$0].standardError.isFinite
        }
        guard !pre.isEmpty else { return nil }
        var sub = InfluenceMatrix(rows: influence.rows)
        for k in pre { sub.append(influence.column(k)) }
        let q = pre.count
        let sums = sub.clusterSums(clusterIndex: clusterIndex, clusterCount: clusterCount)
        let n2 = Double(influence.rows) * Double(influence.rows)
        let s = try Matrix(rows: q, columns: clusterCount, columnMajor: sums)   // row-major C × q = Sᵀ
        let v = (1 / n2) * syrk(s, transpose: .none)
        guard try reciprocalConditionNumber(v) > Double.ulpOfOne else { return nil }
        let theta = pre.map { effects[$0].att }
        let w = try dot(theta, Cholesky(v).solve(theta))
        let p = try ChiSquared(degreesOfFreedom: Double(q)).survival(w)
        return PreTrendTest(statistic: w, degreesOfFreedom: q, pValue: p)
    }
}
