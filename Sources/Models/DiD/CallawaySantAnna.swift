import Linalg

/// Callaway & Sant'Anna (2021) group-time average treatment effects ATT(g,t) for staggered
/// adoption on a balanced panel, under unconditional parallel trends or, with `covariates`, parallel
/// trends conditional on covariates by the doubly robust estimator (R did's default), inverse
/// probability weighting or outcome regression (`method`).
///
/// For cohort g (units first treated in period g) and period t, with base period b:
///
///     ATT(g,t) = E[Y_t − Y_b | G = g] − E[Y_t − Y_b | C],
///
/// estimated by the difference of sample means of Y_t − Y_b between cohort g and the comparison
/// group C. This is what R did's default doubly robust estimator (`est_method = "dr"`) reduces to
/// without covariates. Conventions follow R did 2.x (`att_gt`):
///
/// - Comparison group: `never` = never-treated units (cohort 0); `notYet` = never-treated units and
///   units first treated after max(t, b) + δ (other than g itself).
/// - Anticipation δ: post-treatment cells (g ≤ t) use b = the last period with b + δ < g.
/// - Base period `varying` (R default): pre-treatment cells (t < g) compare t with the period just
///   before it (b = previous period), so pre-period estimates are period-to-period placebo effects;
///   `universal`: every cell uses b = the last period with b + δ < g, and the cell t = b is 0.
/// - Cohorts after the last period + δ count as never treated; units treated in the first period
///   (g ≤ first period + δ) are dropped (`droppedUnits`), as R did. With `notYet` and no
///   never-treated units, periods from the last cohort − δ on are dropped and that cohort serves only
///   as comparison (R did's rule). With `never` and no never-treated units the fit throws (R did would
///   instead recode the last cohort as never treated; StationKit asks for `notYet` explicitly).
///
/// Influence function of cell (g,t), unit i, with n units in the estimation sample, n_g treated and
/// n_C comparison units: n (ΔY_i − ΔȲ_g)/n_g for treated units, −n (ΔY_i − ΔȲ_C)/n_C for comparison
/// units, 0 otherwise; analytic se = √(Σ_i ψ_i²)/n (see `DiDInference`).
///
/// Reference: Callaway, B. and Sant'Anna, P. H. C. (2021), "Difference-in-Differences with multiple
/// time periods", Journal of Econometrics 225(2), 200–230; R package did (Callaway & Sant'Anna).
public struct CallawaySantAnna: Sendable, Equatable {
    /// Which units form the comparison group.
    public enum ControlGroup: String, Sendable, Codable, CaseIterable {
        /// Never-treated units only (R did `"nevertreated"`).
        case never
        /// Never-treated and not-yet-treated units (R did `"notyettreated"`).
        case notYet = "notyet"
    }

    /// Which period each ATT(g,t) is measured against.
    public enum BasePeriod: String, Sendable, Codable, CaseIterable {
        /// Post-treatment: the last period before g − δ; pre-treatment: the previous period (R default).
        case varying
        /// Always the last period before g − δ.
        case universal
    }

    /// How covariates enter each 2×2 comparison (without covariates all three coincide).
    public enum EstimationMethod: String, Sendable, Codable, CaseIterable {
        /// Locally efficient doubly robust DiD (Sant'Anna & Zhao 2020; DRDID's `drdid_panel`, R did's
        /// default `"dr"`): outcome regression among comparison units, reweighted by the propensity-score
        /// odds p̂/(1 − p̂); consistent if either the logit or the outcome regression is right.
        case doublyRobust = "dr"
        /// Inverse probability weighting (Abadie 2005, normalized; DRDID's `std_ipw_did_panel`): comparison
        /// units weighted by the propensity-score odds p̂/(1 − p̂).
        case inverseProbability = "ipw"
        /// Outcome regression (Heckman, Ichimura & Todd 1997; DRDID's `reg_did_panel`): regress
        /// Y_t − Y_b on the covariates among comparison units, ATT = mean over cohort g of
        /// (Y_t − Y_b) − x'β̂.
        case regression = "reg"
    }

    /// Comparison units: never treated (default) or never and not yet treated.
    public var controlGroup: ControlGroup
    /// Names of `PanelData.covariates` for conditional parallel trends (empty: unconditional).
    /// Values are taken in each comparison's base period (fixed for time-invariant covariates).
    public var covariates: [String]
    /// How covariates enter (used only when `covariates` is not empty).
    public var method: EstimationMethod
    /// Number of periods δ ≥ 0 before treatment in which units may already react to it.
    public var anticipation: Int
    /// Base period rule for pre-treatment cells.
    public var basePeriod: BasePeriod
    /// Significance level α of the intervals and bands (0.05: 95%).
    public var alpha: Double
    /// Analytic influence-function errors or the multiplier bootstrap.
    public var inference: DiDInference

    /// Creates the estimator.
    /// - Parameters:
    ///   - controlGroup: `.never` (default, R did's default) or `.notYet`.
    ///   - anticipation: anticipation periods δ (default 0).
    ///   - basePeriod: `.varying` (default) or `.universal`.
    ///   - alpha: significance level (default 0.05).
    ///   - inference: `.analytic` (default) or a multiplier bootstrap.
    ///   - covariates: names of `PanelData.covariates` (default none: unconditional).
    ///   - method: how covariates enter (default doubly robust, as R did).
    public init(controlGroup: ControlGroup = .never, anticipation: Int = 0, basePeriod: BasePeriod = .varying,
                alpha: Double = 0.05, inference: DiDInference = .analytic, covariates: [String] = [],
                method: EstimationMethod = .doublyRobust) {
        self.controlGroup = controlGroup
        self.covariates = covariates
        self.method = method
        self.anticipation = anticipation
        self.basePeriod = basePeriod
        self.alpha = alpha
        self.inference = inference
    }

    /// Estimates every ATT(g,t) with its influence function, standard error and interval.
    /// - Parameter data: a balanced panel (every unit observed once in every period).
    /// - Returns: the group-time effects; aggregate them with `CallawaySantAnnaResult.aggregate(_:)`.
    /// - Throws: `DiDError` for an unbalanced or inconsistent panel, no never-treated units with
    ///   `.never`, no treated cohort, fewer than two usable periods, or a bad option.
    /// - Complexity: O(n · T) to validate plus O(n) per cell, O(n · G · T) in all.
    public func fit(_ data: PanelData) throws -> CallawaySantAnnaResult {
        guard anticipation >= 0 else { throw DiDError(.option, "anticipation must be ≥ 0, got \(anticipation)") }
        guard alpha > 0, alpha < 1 else { throw DiDError(.option, "alpha must lie in (0, 1), got \(alpha)") }
        let panel = try BalancedPanel(data, covariates: covariates)
        var periods = panel.periods
        guard let firstPeriod = periods.first, let lastPeriod = periods.last, periods.count >= 2 else {
            throw DiDError(.design, "the panel needs at least two periods")
        }
        // Cohorts treated after the panel ends (net of anticipation) are never treated within it.
        var cohortOfUnit = panel.cohort.map { $0 > lastPeriod + anticipation ? 0 : $0 }
        // Units already treated (or anticipating) in the first period have no pre-period: drop them.
        let keep = cohortOfUnit.indices.filter { cohortOfUnit[$0] == 0 || cohortOfUnit[$0] > firstPeriod + anticipation }
        let dropped = cohortOfUnit.count - keep.count
        cohortOfUnit = keep.map { cohortOfUnit[$0] }
        var groups = Array(Set(cohortOfUnit.filter { $0 > 0 })).sorted()
        guard !groups.isEmpty else {
            throw DiDError(.design, "no treated cohort: every unit is never treated or treated in the first period")
        }
        let hasNever = cohortOfUnit.contains(0)
        if !hasNever {
            switch controlGroup {
            case .never:
                throw DiDError(.design, "no never-treated units (cohort 0 or empty) to compare with; "
                    + "use the not-yet-treated comparison group instead")
            case .notYet:
                // R did: the last cohort only serves as comparison; periods it may react in are dropped.
                let last = groups.removeLast()
                periods = periods.filter { $0 < last - anticipation }
                guard periods.count >= 2, !groups.isEmpty else {
                    throw DiDError(.design, "no never-treated units, and fewer than two periods before the last cohort "
                        + "(\(last)) remain for a not-yet-treated comparison")
                }
            }
        }
        let n = keep.count
        let tFull = panel.periodCount
        let columnOfPeriod = Dictionary(uniqueKeysWithValues: panel.periods.enumerated().map { ($1, $0) })

        var effects: [CallawaySantAnnaResult.Cell] = []
        var influence = InfluenceMatrix(rows: n)
        let startIndex = basePeriod == .varying ? 1 : 0
        for g in groups {
            // Last period b with b + δ < g: the base of post-treatment cells.
            guard let preIndex = periods.lastIndex(where: { $0 + anticipation < g }) else { continue }
            for ti in startIndex..<periods.count {
                let t = periods[ti]
                let baseIndex: Int
                if g <= t || basePeriod == .universal { baseIndex = preIndex } else { baseIndex = ti - 1 }
                let b = periods[baseIndex]
                if b == t {   // universal base period: the reference cell is 0 by construction
                    effects.append(.init(group: g, time: t, basePeriod: b, att: 0))
                    influence.append([Double](repeating: 0, count: n))
                    continue
                }
                let cutoff = max(t, b) + anticipation
                guard let ct = columnOfPeriod[t], let cb = columnOfPeriod[b] else { continue }
                var sumG = 0.0, sumC = 0.0, nG = 0, nC = 0
                var role = [Int8](repeating: 0, count: n)   // 1 treated, −1 comparison, 0 neither
                var delta = [Double](repeating: 0, count: n)
                for (r, i) in keep.enumerated() {
                    let c = cohortOfUnit[r]
                    let isTreated = c == g
                    let isControl: Bool
                    switch controlGroup {
                    case .never: isControl = c == 0
                    case .notYet: isControl = c == 0 || (c > cutoff && c != g)
                    }
                    guard isTreated || isControl else { continue }
                    let d = panel.outcome[i * tFull + ct] - panel.outcome[i * tFull + cb]
                    delta[r] = d
                    if isTreated { sumG += d; nG += 1; role[r] = 1 } else { sumC += d; nC += 1; role[r] = -1 }
                }
                guard nG > 0, nC > 0 else {
                    throw DiDError(.design, "no \(nG == 0 ? "treated" : "comparison") units for cohort \(g) in period \(t)")
                }
                if covariates.isEmpty {
                    let meanG = sumG / Double(nG), meanC = sumC / Double(nC)
                    let scaleG = Double(n) / Double(nG), scaleC = Double(n) / Double(nC)
                    var psi = [Double](repeating: 0, count: n)
                    for r in 0..<n {
                        switch role[r] {
                        case 1: psi[r] = scaleG * (delta[r] - meanG)
                        case -1: psi[r] = -scaleC * (delta[r] - meanC)
                        default: break
                        }
                    }
                    effects.append(.init(group: g, time: t, basePeriod: b, att: meanG - meanC))
                    influence.append(psi)
                } else {
                    let x: (Int) -> [Double] = { r in
                        [1] + panel.covariates.map { $0[keep[r] * tFull + cb] }
                    }
                    let (att, psi) = method == .regression
                        ? try Self.outcomeRegression(role: role, delta: delta, treatedCount: nG, covariates: x, cell: (g, t))
                        : try Self.propensityWeighted(doublyRobust: method == .doublyRobust, role: role, delta: delta,
                                                      covariates: x, cell: (g, t))
                    effects.append(.init(group: g, time: t, basePeriod: b, att: att))
                    influence.append(psi)
                }
            }
        }
        let clusterIndex: [Int], clusterCount: Int
        if panel.clustered {
            // Renumber the clusters of the kept units densely.
            var map: [Int: Int] = [:]
            clusterIndex = keep.map { i in
                let c = panel.clusterIndex[i]
                if let k = map[c] { return k }
                map[c] = map.count
                return map.count - 1
            }
            clusterCount = map.count
        } else {
            clusterIndex = Array(0..<n)
            clusterCount = n
        }
        return try CallawaySantAnnaResult(
            model: self, cells: effects, influence: influence, unitCohort: cohortOfUnit,
            clusterIndex: clusterIndex, clusterCount: clusterCount, clustered: panel.clustered,
            periods: periods, droppedUnits: dropped)
    }

    /// ATT(g,t) and its influence function by outcome regression (DRDID's `reg_did_panel`, unit weights).
    ///
    /// β̂ = (X_CᵀX_C)⁻¹X_CᵀΔY_C over comparison units; ATT = (1/n_g) Σ_{i∈g} (ΔY_i − x_i'β̂). Influence
    /// (scaled by n/n₁ as R did): n/n_g · (ΔY_i − x_i'β̂ − ATT) for treated units and
    /// −n/n_g · (ΔY_i − x_i'β̂) x_i'(X_CᵀX_C)⁻¹ Σ_{j∈g} x_j for comparison units.
    static func outcomeRegression(role: [Int8], delta: [Double], treatedCount nG: Int,
                                  covariates x: (Int) -> [Double], cell: (Int, Int)) throws -> (Double, [Double]) {
        let n = role.count
        var xtx: Matrix? = nil
        var xty: [Double] = []
        var sumTreatedX: [Double] = []
        for r in 0..<n where role[r] != 0 {
            let row = x(r)
            let p = row.count
            if xtx == nil {
                xtx = Matrix(rows: p, columns: p)
                xty = [Double](repeating: 0, count: p)
                sumTreatedX = [Double](repeating: 0, count: p)
            }
            if role[r] == 1 {
                for a in 0..<p { sumTreatedX[a] += row[a] }
            } else {
                for a in 0..<p {
                    xty[a] += row[a] * delta[r]
                    for c in 0..<p { xtx?[a, c] += row[a] * row[c] }
                }
            }
        }
        let singular = DiDError(.design, "the covariates are collinear among the comparison units of cohort \(cell.0) "
            + "in period \(cell.1); the outcome regression cannot be run")
        // R did's check: rcond(XᵀX) < ε among comparison units.
        guard let xtx, (try? reciprocalConditionNumber(xtx)) ?? 0 >= Double.ulpOfOne,
              let chol = try? Cholesky(xtx) else { throw singular }
        let beta = try chol.solve(xty)
        let a = try chol.solve(sumTreatedX)
        var residual = [Double](repeating: 0, count: n)
        var sumTreated = 0.0
        for r in 0..<n where role[r] != 0 {
            let row = x(r)
            var fit = 0.0
            for k in row.indices { fit += row[k] * beta[k] }
            residual[r] = delta[r] - fit
            if role[r] == 1 { sumTreated += residual[r] }
        }
        let att = sumTreated / Double(nG)
        let scale = Double(n) / Double(nG)
        var psi = [Double](repeating: 0, count: n)
        for r in 0..<n {
            switch role[r] {
            case 1: psi[r] = scale * (residual[r] - att)
            case -1:
                let row = x(r)
                var leverage = 0.0
                for k in row.indices { leverage += row[k] * a[k] }
                psi[r] = -scale * residual[r] * leverage
            default: break
            }
        }
        return (att, psi)
    }
}
