import Linalg
import Stats

/// Sun & Abraham (2021) interaction-weighted event study for staggered adoption on a balanced panel.
///
/// One two-way fixed effects regression with a dummy for every treated cohort g and relative period
/// e = t − g except the reference e = −1 (the period before treatment):
///
///     y_it = α_i + λ_t + Σ_g Σ_{e ≠ −1} δ_{g,e} 1(G_i = g) 1(t − g = e) + ε_it,
///
/// so each δ_{g,e} is a DiD of cohort g against the control cohort only, free of the contamination of
/// the plain TWFE event study. The event-study effect at e is the interaction-weighted average
/// β_e = Σ_g w_{g,e} δ_{g,e} with w_{g,e} = n_g / Σ_{g' observed at e} n_{g'} (cohort shares among the
/// cohorts observed at e); the overall effect averages every post-treatment cell (e ≥ 0) with weights
/// n_g. Standard errors by the delta method, Var(β_e) = w'Vw, with the CRV1 covariance of `TWFE`
/// (clustered by unit or `PanelData.cluster`, fixest's small-sample factor), t(G − 1) intervals.
///
/// Control cohort: never-treated units (cohort 0 or after the last period); if there are none, the
/// last-treated cohort, with the periods from its treatment on dropped (Sun & Abraham 2021, §4.1).
/// Units treated in the first period have no pre-period and are dropped. As fixest's `sunab()`
/// (Bergé), whose weights are the cohort shares of observations (units, in a balanced panel).
/// Reference: Sun, L. and Abraham, S. (2021), "Estimating dynamic treatment effects in event studies with
/// heterogeneous treatment effects", Journal of Econometrics 225(2), 175–199.
public struct SunAbraham: Sendable, Equatable {
    /// Significance level of the intervals.
    public var alpha: Double

    /// - Parameter alpha: significance level (default 0.05).
    public init(alpha: Double = 0.05) { self.alpha = alpha }

    /// Fits the saturated regression and aggregates it to event time.
    /// - Parameter data: a balanced panel.
    /// - Returns: event-time effects (excluding −1), the overall post-treatment effect and the cohort cells.
    /// - Throws: `DiDError` for an unbalanced panel, no treated cohort, no control cohort with a
    ///   pre-period, or a collinear design.
    /// - Complexity: O(N k²) for N observations and k cohort × period cells.
    public func fit(_ data: PanelData) throws -> SunAbrahamResult {
        guard alpha > 0, alpha < 1 else { throw DiDError(.option, "alpha must lie in (0, 1), got \(alpha)") }
        let full = try BalancedPanel(data)
        guard let first = full.periods.first, let last = full.periods.last, full.periodCount >= 2 else {
            throw DiDError(.design, "the panel needs at least two periods")
        }
        // Drop always-treated units; cohorts after the panel are never treated within it.
        let cohortOf = full.cohort.map { $0 > last ? 0 : $0 }
        let keepUnit = cohortOf.map { $0 == 0 || $0 > first }
        var lastPeriodKept = last
        var control = "never treated"
        if !zip(cohortOf, keepUnit).contains(where: { $0 == 0 && $1 }) {
            guard let lastCohort = zip(cohortOf, keepUnit).filter({ $1 }).map(\.0).max() else {
                throw DiDError(.design, "no treated cohort with a pre-treatment period")
            }
            lastPeriodKept = lastCohort - 1
            control = "last treated (cohort \(lastCohort))"
        }
        let dropped = keepUnit.filter { !$0 }.count
        let idOf = Dictionary(uniqueKeysWithValues: full.unitIDs.enumerated().map { ($1, $0) })
        let rows = data.time.indices.filter { r in
            guard let i = idOf[data.unit[r]] else { return false }
            return keepUnit[i] && data.time[r] <= lastPeriodKept
        }
        let sub = PanelData(unit: rows.map { data.unit[$0] }, time: rows.map { data.time[$0] },
                            cohort: rows.map { r in data.cohort[r].map { $0 > lastPeriodKept ? 0 : $0 } },
                            outcome: rows.map { data.outcome[$0] }, cluster: data.cluster.map { c in rows.map { c[$0] } })
        let panel = try BalancedPanel(sub)
        let periods = panel.periods
        let cohorts = Array(Set(panel.cohort.filter { $0 > 0 })).sorted()
        guard !cohorts.isEmpty, panel.cohort.contains(0), periods.count >= 2 else {
            throw DiDError(.design, "the Sun–Abraham event study needs a treated cohort and a control cohort "
                + "observed before treatment")
        }
        // Cells (g, t): every period but the one just before g.
        var cells: [(group: Int, time: Int, e: Int)] = []
        for g in cohorts {
            guard let ref = periods.last(where: { $0 < g }) else { continue }
            for t in periods where t != ref { cells.append((g, t, t - g)) }
        }
        let fit = try TWFE.regress(panel, columnCount: cells.count) { j, g, t in g == cells[j].group && t == cells[j].time }
        let size = Dictionary(grouping: panel.cohort.filter { $0 > 0 }, by: { $0 }).mapValues { Double($0.count) }
        let crit = try StudentT(degreesOfFreedom: Double(fit.clusterCount - 1)).quantile(1 - alpha / 2)
        func combine(_ index: Int, _ members: [Int]) -> TWFECoefficient {
            let total = members.reduce(0) { $0 + (size[cells[$1].group] ?? 0) }
            let w = members.map { (size[cells[$0].group] ?? 0) / total }
            var est = 0.0, variance = 0.0
            for (a, j) in members.enumerated() {
                est += w[a] * fit.beta[j]
                for (b, l) in members.enumerated() { variance += w[a] * w[b] * fit.covariance[j, l] }
            }
            let se = max(variance, 0).squareRoot()   // rounding can leave −0 for an exactly fitted cell
            return TWFECoefficient(index: index, estimate: est, standardError: se,
                                   confLow: est - crit * se, confHigh: est + crit * se)
        }
        let eventTimes = Array(Set(cells.map(\.e))).sorted()
        let eventStudy = eventTimes.map { e in combine(e, cells.indices.filter { cells[$0].e == e }) }
        let post = cells.indices.filter { cells[$0].e >= 0 }
        let cohortCells = cells.enumerated().map { j, c in
            let se = fit.covariance[j, j].squareRoot()
            return SunAbrahamResult.Cell(group: c.group, e: c.e, estimate: fit.beta[j], standardError: se)
        }
        return SunAbrahamResult(eventStudy: eventStudy, overall: combine(0, post), cells: cohortCells,
                                control: control, droppedUnits: dropped, unitCount: panel.unitCount,
                                periodCount: panel.periodCount, clusterCount: fit.clusterCount)
    }
}

/// The result of `SunAbraham.fit(_:)`.
public struct SunAbrahamResult: Sendable, Encodable {
    /// One cohort × relative-period coefficient δ_{g,e} of the saturated regression.
    public struct Cell: Sendable, Equatable, Encodable {
        /// Cohort (first treated period).
        public let group: Int
        /// Relative period t − g.
        public let e: Int
        /// δ_{g,e}.
        public let estimate: Double
        /// CRV1 standard error.
        public let standardError: Double

        enum CodingKeys: String, CodingKey { case group, e, estimate = "coef", standardError = "std_error" }
    }

    /// Interaction-weighted event-time effects β_e (e ≠ −1), with delta-method errors.
    public let eventStudy: [TWFECoefficient]
    /// Average of the post-treatment cells (e ≥ 0) weighted by cohort size (index 0).
    public let overall: TWFECoefficient
    /// The cohort × relative-period coefficients.
    public let cells: [Cell]
    /// The control cohort used: "never treated" or "last treated (cohort g)".
    public let control: String
    /// Units dropped because they were treated in the first period.
    public let droppedUnits: Int
    /// Units in the regression.
    public let unitCount: Int
    /// Periods in the regression.
    public let periodCount: Int
    /// Clusters of the CRV1 covariance.
    public let clusterCount: Int

    enum CodingKeys: String, CodingKey {
        case eventStudy = "event_study", overall, cells, control, droppedUnits = "dropped_units",
             unitCount = "n_units", periodCount = "n_periods", clusterCount = "n_clusters"
    }

    /// A text table for people.
    public func summary() -> String {
        var lines = ["Sun & Abraham (2021) interaction-weighted event study (control: \(control))",
                     "units: \(unitCount), periods: \(periodCount), CRV1 clusters: \(clusterCount)"
                        + (droppedUnits > 0 ? ", dropped (treated in the first period): \(droppedUnits)" : ""),
                     pad(["e", "coef", "std_error", "conf_low", "conf_high"])]
        for (label, c) in eventStudy.map({ ("\($0.index)", $0) }) + [("ATT", overall)] {
            lines.append(pad([label, fmt(c.estimate), fmt(c.standardError), fmt(c.confLow), fmt(c.confHigh)]))
        }
        return lines.joined(separator: "\n") + "\n"
    }
}
