import Linalg
import Stats

/// Two-way fixed effects (unit and period) regressions for staggered adoption on a balanced panel:
/// the "plain" event study with leads and lags and the static DiD coefficient.
///
/// - `.eventStudy(reference:)`: y_it = α_i + λ_t + Σ_{e ≠ ref} β_e 1(t − g_i = e) + ε_it over all event
///   times e of treated units; never-treated units have no event-time dummy (pyfixest/fixest
///   `i(rel_time, ref = -1)` with their rel_time set to the reference).
/// - `.staticDiD`: y_it = α_i + λ_t + β D_it + ε_it with D_it = 1(g_i > 0, t ≥ g_i).
///
/// With staggered timing and heterogeneous effects both are weighted averages with possibly
/// negative weights (Goodman-Bacon 2021; Sun & Abraham 2021); use `CallawaySantAnna` for
/// heterogeneity-robust effects. They are here as the familiar benchmark.
///
/// Estimation: the within transformation ẍ_it = x_it − x̄_i· − x̄_·t + x̄ is exact for a balanced
/// panel, then OLS on the demeaned data by Cholesky of ẌᵀẌ. Cluster-robust (CRV1) covariance by unit
/// (or by `PanelData.cluster`): V = c · (ẌᵀẌ)⁻¹ (Σ_g ẌᵍᵀêᵍêᵍᵀẌᵍ) (ẌᵀẌ)⁻¹ with
/// c = G/(G−1) · (N−1)/(N−K), K = k + T (k slopes plus T period effects; the unit effects are nested in
/// the clusters and count as one), as fixest/pyfixest (`ssc` default, `k_fixef = "nonnested"`).
/// Intervals use Student t with G − 1 degrees of freedom, as fixest.
///
/// Units treated in the first period are kept (they have leads only if the panel starts earlier).
public struct TWFE: Sendable, Equatable {
    /// The regression to run.
    public enum Specification: Sendable, Equatable {
        /// Event-time dummies for every relative period but `reference` (default −1).
        case eventStudy(reference: Int = -1)
        /// One treatment dummy D_it = 1(t ≥ g_i).
        case staticDiD
    }

    /// The regression to run.
    public var specification: Specification
    /// Significance level of the intervals.
    public var alpha: Double

    /// - Parameters:
    ///   - specification: event study (default, reference −1) or static DiD.
    ///   - alpha: significance level (default 0.05).
    public init(_ specification: Specification = .eventStudy(), alpha: Double = 0.05) {
        self.specification = specification
        self.alpha = alpha
    }

    /// Fits the regression.
    /// - Parameter data: a balanced panel.
    /// - Returns: coefficients (by event time, or one for the static DiD) with CRV1 errors.
    /// - Throws: `DiDError` for an unbalanced panel, no treated unit, or a collinear design (e.g. an
    ///   event study without never-treated units, where one more event time must be dropped);
    ///   `LinalgError` if the factorization fails otherwise.
    /// - Complexity: O(N k²) for N observations and k coefficients.
    public func fit(_ data: PanelData) throws -> TWFEResult {
        guard alpha > 0, alpha < 1 else { throw DiDError(.option, "alpha must lie in (0, 1), got \(alpha)") }
        let panel = try BalancedPanel(data)
        let n = panel.unitCount, tCount = panel.periodCount
        guard tCount >= 2 else { throw DiDError(.design, "the panel needs at least two periods") }
        // Regressors as functions of (unit cohort g, period t).
        let labels: [Int]
        let indicator: (Int, Int, Int) -> Bool   // (column label, g, t)
        switch specification {
        case .eventStudy(let reference):
            var times = Set<Int>()
            for g in panel.cohort where g > 0 { for t in panel.periods { times.insert(t - g) } }
            times.remove(reference)
            labels = times.sorted()
            indicator = { e, g, t in g > 0 && t - g == e }
        case .staticDiD:
            labels = [0]
            indicator = { _, g, t in g > 0 && t >= g }
        }
        guard !labels.isEmpty, panel.cohort.contains(where: { $0 > 0 }) else {
            throw DiDError(.design, "no treated units: nothing to estimate")
        }
        let fit = try Self.regress(panel, columnCount: labels.count) { j, g, t in indicator(labels[j], g, t) }
        let (beta, vcov, g, factor) = (fit.beta, fit.covariance, fit.clusterCount, fit.smallSampleFactor)
        let crit = try StudentT(degreesOfFreedom: Double(g - 1)).quantile(1 - alpha / 2)
        let coefficients = labels.enumerated().map { j, label in
            let se = vcov[j, j].squareRoot()
            return TWFECoefficient(index: label, estimate: beta[j], standardError: se,
                                   confLow: beta[j] - crit * se, confHigh: beta[j] + crit * se)
        }
        return TWFEResult(specification: specification, coefficients: coefficients, covariance: vcov,
                          observationCount: n * tCount, unitCount: n, periodCount: tCount, clusterCount: g,
                          smallSampleFactor: factor)
    }

    /// OLS of the panel outcome on k indicator regressors with unit and period fixed effects (within
    /// transformation) and the CRV1 covariance described on the type.
    /// - Parameters:
    ///   - indicator: (column j, unit cohort g, period t) → whether regressor j is 1 in that cell.
    /// - Throws: `DiDError(.design)` for a collinear design or too few clusters.
    static func regress(_ panel: BalancedPanel, columnCount k: Int, indicator: (Int, Int, Int) -> Bool) throws
        -> (beta: [Double], covariance: Matrix, clusterCount: Int, smallSampleFactor: Double) {
        let n = panel.unitCount, tCount = panel.periodCount, nObs = n * tCount
        var x = [Double](repeating: 0, count: nObs * k)   // column-major, observation = i * T + t
        for j in 0..<k {
            for i in 0..<n {
                let g = panel.cohort[i]
                for (ti, t) in panel.periods.enumerated() where indicator(j, g, t) {
                    x[j * nObs + i * tCount + ti] = 1
                }
            }
            Self.demean(&x, offset: j * nObs, units: n, periods: tCount)
        }
        var y = panel.outcome
        Self.demean(&y, offset: 0, units: n, periods: tCount)
        let design = try Matrix(rows: nObs, columns: k, columnMajor: x)
        let xtx = syrk(design, transpose: .transpose)
        // Collinear designs: Cholesky fails, or a pivot shows a regressor (almost) explained by the
        // others, L_jj² / (ẌᵀẌ)_jj = 1 − R²_j below 1e-10 (rounding can keep an exactly singular matrix
        // numerically positive definite).
        let collinear = DiDError(.design, "the TWFE design is collinear (an event study without never-treated "
            + "units needs a second omitted event time)")
        guard let chol = try? Cholesky(xtx) else { throw collinear }
        for j in 0..<k where chol.factor[j, j] * chol.factor[j, j] < 1e-10 * xtx[j, j] { throw collinear }
        let beta = try chol.solve(gemv(design, y, transpose: .transpose))
        let fitted = try gemv(design, beta)
        // Cluster scores s_g = Σ_{obs in g} ẍ_obs ê_obs.
        let g = panel.clusterCount
        var scores = [Double](repeating: 0, count: g * k)   // column-major g × k
        for i in 0..<n {
            let c = panel.clusterIndex[i]
            for ti in 0..<tCount {
                let obs = i * tCount + ti
                let e = y[obs] - fitted[obs]
                for j in 0..<k { scores[j * g + c] += x[j * nObs + obs] * e }
            }
        }
        let meat = syrk(try Matrix(rows: g, columns: k, columnMajor: scores), transpose: .transpose)
        let bread = try chol.inverse()
        let dfK = k + tCount
        guard g > 1, nObs > dfK else { throw DiDError(.design, "too few clusters or observations for CRV1 errors") }
        let factor = Double(g) / Double(g - 1) * Double(nObs - 1) / Double(nObs - dfK)
        let vcov = factor * (try bread * meat * bread)
        return (beta, vcov, g, factor)
    }

    /// Two-way demeaning of a balanced panel stored unit-major at `offset`: x − x̄_i − x̄_t + x̄.
    static func demean(_ v: inout [Double], offset: Int, units n: Int, periods tCount: Int) {
        var unitMean = [Double](repeating: 0, count: n)
        var timeMean = [Double](repeating: 0, count: tCount)
        var grand = 0.0
        for i in 0..<n {
            for t in 0..<tCount {
                let a = v[offset + i * tCount + t]
                unitMean[i] += a
                timeMean[t] += a
                grand += a
            }
        }
        for i in 0..<n { unitMean[i] /= Double(tCount) }
        for t in 0..<tCount { timeMean[t] /= Double(n) }
        grand /= Double(n * tCount)
        for i in 0..<n {
            for t in 0..<tCount { v[offset + i * tCount + t] += grand - unitMean[i] - timeMean[t] }
        }
    }
}

/// One TWFE coefficient.
public struct TWFECoefficient: Sendable, Equatable, Encodable {
    /// Event time e for the event study; 0 for the static DiD coefficient.
    public let index: Int
    /// The coefficient, in outcome units.
    public let estimate: Double
    /// CRV1 standard error.
    public let standardError: Double
    /// estimate − t_{G−1, 1−α/2} · se.
    public let confLow: Double
    /// estimate + t_{G−1, 1−α/2} · se.
    public let confHigh: Double

    enum CodingKeys: String, CodingKey {
        case index = "e", estimate = "coef", standardError = "std_error", confLow = "conf_low", confHigh = "conf_high"
    }

    /// JSON: `e`, `coef`, `std_error`, `conf_low`, `conf_high` (null when missing).
    public func encode(to encoder: Encoder) throws {
        var c = encoder.container(keyedBy: CodingKeys.self)
        try c.encode(index, forKey: .index)
        try c.encodeDiDNumbers([estimate, standardError, confLow, confHigh],
                               forKeys: [.estimate, .standardError, .confLow, .confHigh])
    }
}

/// The result of `TWFE.fit(_:)`.
public struct TWFEResult: Sendable {
    /// The regression that was run.
    public let specification: TWFE.Specification
    /// Coefficients in event-time order (one for the static DiD).
    public let coefficients: [TWFECoefficient]
    /// CRV1 covariance of the coefficients.
    public let covariance: Matrix
    /// N, unit-periods used.
    public let observationCount: Int
    /// Units.
    public let unitCount: Int
    /// Periods.
    public let periodCount: Int
    /// G, clusters of the CRV1 covariance.
    public let clusterCount: Int
    /// The small-sample factor G/(G−1) · (N−1)/(N−K) applied.
    public let smallSampleFactor: Double

    /// A text table for people.
    public func summary() -> String {
        var lines: [String]
        switch specification {
        case .eventStudy(let reference):
            lines = ["TWFE event study (unit and period fixed effects, reference event time \(reference))"]
        case .staticDiD:
            lines = ["TWFE static DiD (unit and period fixed effects)"]
        }
        lines.append("observations: \(observationCount), units: \(unitCount), periods: \(periodCount), "
            + "CRV1 clusters: \(clusterCount)")
        lines.append(pad(["e", "coef", "std_error", "conf_low", "conf_high"]))
        for c in coefficients {
            lines.append(pad(["\(c.index)", fmt(c.estimate), fmt(c.standardError), fmt(c.confLow), fmt(c.confHigh)]))
        }
        return lines.joined(separator: "\n") + "\n"
    }
}
