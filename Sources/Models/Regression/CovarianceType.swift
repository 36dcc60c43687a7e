/// How the covariance of least-squares coefficients is estimated.
///
/// Conventions follow statsmodels 0.15 (`OLS.fit(cov_type=…)`), the reference for StationKit's tests:
/// - `.classical`: σ̂²(XᵀWX)⁻¹ with σ̂² = SSR/(n − k) (statsmodels `nonrobust`, R `vcov(lm)`).
/// - `.hc0`…`.hc3`: White's sandwich (XᵀX)⁻¹ Xᵀ diag(ωᵢ) X (XᵀX)⁻¹ with ωᵢ = eᵢ² (HC0),
///   eᵢ²·n/(n−k) (HC1, Stata's `robust`), eᵢ²/(1−hᵢᵢ) (HC2), eᵢ²/(1−hᵢᵢ)² (HC3); for WLS on the
///   whitened data √wᵢxᵢ, √wᵢeᵢ.
/// - `.cluster([g])`: Liang–Zeger one-way cluster-robust, scores summed within clusters, times
///   G/(G−1)·(n−1)/(n−k) (statsmodels' and Stata's default; fixest's too when no fixed effect is nested).
/// - `.cluster([g, h])`: Cameron–Gelbach–Miller two-way, V_g + V_h − V_{g∩h}, each term with its own
///   G/(G−1)·(n−1)/(n−k) (statsmodels `cov_cluster_2groups`; fixest instead uses min(G) in every term,
///   linearmodels uses no G factor — see README, Models).
///
/// References: White (1980) Econometrica 48:817; MacKinnon & White (1985) J. Econometrics 29:305;
/// Cameron, Gelbach & Miller (2011) J. Business & Economic Statistics 29:238.
public enum CovarianceType: Sendable, Hashable, Codable, CustomStringConvertible {
    case classical
    case hc0
    case hc1
    case hc2
    case hc3
    /// Cluster-robust by one or two columns (two = Cameron–Gelbach–Miller two-way).
    case cluster([String])

    /// Whether the covariance is robust (statsmodels then uses the normal distribution by default).
    public var isRobust: Bool { self != .classical }

    /// The cluster columns (empty unless `.cluster`).
    public var clusterColumns: [String] {
        if case .cluster(let c) = self { return c }
        return []
    }

    /// The statsmodels name: `nonrobust`, `HC0`…`HC3`, `cluster`.
    public var description: String {
        switch self {
        case .classical: return "nonrobust"
        case .hc0: return "HC0"
        case .hc1: return "HC1"
        case .hc2: return "HC2"
        case .hc3: return "HC3"
        case .cluster: return "cluster"
        }
    }
}
