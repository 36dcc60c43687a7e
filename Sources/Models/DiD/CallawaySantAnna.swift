import Linalg

/// Callaway & Sant'Anna (2021) group-time average treatment effects ATT(g,t) for staggered
/// adoption on a balanced panel, an unbalanced panel or repeated cross-sections (`panelType`), under
/// unconditional parallel trends or, with `covariates`, parallel trends conditional on covariates by the
/// doubly robust estimator (R did's default), inverse probability weighting or outcome regression
/// (`method`), optionally with sampling weights (`PanelData.weights`, R did's `weightsname`).
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
/// Influence function of cell (g,t), unit i, with n units in the estimation sample and sampling weights s
/// (1 without): n s_i (ΔY_i − ΔȲ_g)/Σ_{j∈g} s_j for treated units, −n s_i (ΔY_i − ΔȲ_C)/Σ_{j∈C} s_j for
/// comparison units (weighted means ΔȲ), 0 otherwise; analytic se = √(Σ_i ψ_i²)/n (see `DiDInference`).
/// Unbalanced panels and repeated cross-sections use DRDID's repeated cross-section estimators
/// (`RepeatedCrossSectionDiD`; the intercept-only doubly robust one without covariates, as R did) on the rows
/// of periods t and b, with row influence functions scaled by n/m (n units, m rows in the cell) and summed
/// by unit.
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
        /// Improved locally efficient doubly robust DiD (Sant'Anna & Zhao 2020 §3.1, DRDID's `drdid_imp_panel`):
        /// propensity score by inverse probability tilting, outcome regression by weighted least squares;
        /// doubly robust for inference too. Panels only (not R did's default, which is `dr`).
        case improvedDoublyRobust = "dr-imp"
    }

    /// The sampling design of the data.
    public enum PanelType: String, Sendable, Codable, CaseIterable {
        /// Every unit observed once in every period (R did's default `panel = TRUE`; StationKit throws on an
        /// unbalanced panel rather than dropping units, as R did does silently).
        case balanced
        /// A panel with missing unit-periods (R did's `allow_unbalanced_panel = TRUE`): estimated with the
        /// repeated cross-section estimators on the observed rows, influence functions summed by unit (so
        /// errors cluster by unit). A panel that turns out balanced uses the panel estimators.
        case unbalanced
        /// Repeated cross-sections (R did's `panel = FALSE`): every row is its own unit; unit ids are ignored.
        case repeatedCrossSections = "rcs"
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
    /// Balanced panel (default), unbalanced panel or repeated cross-sections.
    public var panelType: PanelType

    /// Creates the estimator.
    /// - Parameters:
    ///   - controlGroup: `.never` (default, R did's default) or `.notYet`.
    ///   - anticipation: anticipation periods δ (default 0).
    ///   - basePeriod: `.varying` (default) or `.universal`.
    ///   - alpha: significance level (default 0.05).
    ///   - inference: `.analytic` (default) or a multiplier bootstrap.
    ///   - covariates: names of `PanelData.covariates` (default none: unconditional).
    ///   - method: how covariates enter (default doubly robust, as R did).
    ///   - panelType: the sampling design (default balanced panel).
    public init(controlGroup: ControlGroup = .never, anticipation: Int = 0, basePeriod: BasePeriod = .varying,
                alpha: Double = 0.05, inference: DiDInference = .analytic, covariates: [String] = [],
                method: EstimationMethod = .doublyRobust, panelType: PanelType = .balanced) {
        self.panelType = panelType
        self.controlGroup = controlGroup
        self.covariates = covariates
        self.method = method
        self.anticipation = anticipation
        self.basePeriod = basePeriod
        self.alpha = alpha
        self.inference = inference
    }

    /// Estimates every ATT(g,t) with its influence function, standard error and interval.
    /// - Parameter data: the long panel; balanced unless `panelType` says otherwise.
    /// - Returns: the group-time effects; aggregate them with `CallawaySantAnnaResult.aggregate(_:)`.
    /// - Throws: `DiDError` for an unbalanced panel with `.balanced`, an inconsistent panel, no never-treated
    ///   units with `.never`, no treated cohort, fewer than two usable periods, an empty group in a cell
    ///   (repeated cross-sections), or a bad option.
    /// - Complexity: O(n · T) to validate plus O(n) per cell, O(n · G · T) in all.
    public func fit(_ data: PanelData) throws -> CallawaySantAnnaResult {
        guard anticipation >= 0 else { throw DiDError(.option, "anticipation must be ≥ 0, got \(anticipation)") }
        guard alpha > 0, alpha < 1 else { throw DiDError(.option, "alpha must lie in (0, 1), got \(alpha)") }
        switch panelType {
        case .balanced:
            return try fitBalanced(BalancedPanel(data, covariates: covariates))
        case .unbalanced:
            // R did: a panel that turns out balanced uses the panel estimators.
            do {
                return try fitBalanced(BalancedPanel(data, covariates: covariates))
            } catch let error as DiDError where error.kind == .unbalanced {
                return try fitLong(LongPanel(data, covariates: covariates, rowsAreUnits: false))
            }
        case .repeatedCrossSections:
            return try fitLong(LongPanel(data, covariates: covariates, rowsAreUnits: true))
        }
    }

    /// The estimation sample shared by the panel and repeated cross-section forms (R did's `pre_process_did`).
    struct Design {
        /// Kept units (indices into the input's units).
        var keep: [Int]
        /// Cohort of each kept unit (0 = never treated or treated after the panel).
        var cohortOfUnit: [Int]
        /// Cohorts estimated.
        var groups: [Int]
        /// Periods used.
        var periods: [Int]
        /// Units dropped as treated in the first period.
        var dropped: Int
        /// The cells (g, t, base period b) in R did's order; b == t marks the universal base cell.
        var cells: [(group: Int, time: Int, base: Int)]
    }

    func design(periods allPeriods: [Int], cohorts: [Int]) throws -> Design {
        var periods = allPeriods
        guard let firstPeriod = periods.first, let lastPeriod = periods.last, periods.count >= 2 else {
            throw DiDError(.design, "the panel needs at least two periods")
        }
        // Cohorts treated after the panel ends (net of anticipation) are never treated within it.
        var cohortOfUnit = cohorts.map { $0 > lastPeriod + anticipation ? 0 : $0 }
        // Units already treated (or anticipating) in the first period have no pre-period: drop them.
        let keep = cohortOfUnit.indices.filter { cohortOfUnit[$0] == 0 || cohortOfUnit[$0] > firstPeriod + anticipation }
        let dropped = cohortOfUnit.count - keep.count
        cohortOfUnit = keep.map { cohortOfUnit[$0] }
        var groups = Array(Set(cohortOfUnit.filter { $0 > 0 })).sorted()
        guard !groups.isEmpty else {
            throw DiDError(.design, "no treated cohort: every unit is never treated or treated in the first period")
        }
        if !cohortOfUnit.contains(0) {
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
        var cells: [(group: Int, time: Int, base: Int)] = []
        let startIndex = basePeriod == .varying ? 1 : 0
        for g in groups {
            // Last period b with b + δ < g: the base of post-treatment cells.
            guard let preIndex = periods.lastIndex(where: { $0 + anticipation < g }) else { continue }
            for ti in startIndex..<periods.count {
                let t = periods[ti]
                let baseIndex = g <= t || basePeriod == .universal ? preIndex : ti - 1
                cells.append((g, t, periods[baseIndex]))
            }
        }
        return Design(keep: keep, cohortOfUnit: cohortOfUnit, groups: groups, periods: periods, dropped: dropped,
                      cells: cells)
    }

    /// Whether a unit of cohort `c` is treated (1), a comparison (−1) or neither (0) in cell (g, t, b).
    func role(cohort c: Int, group g: Int, time t: Int, base b: Int) -> Int8 {
        if c == g { return 1 }
        switch controlGroup {
        case .never: return c == 0 ? -1 : 0
        case .notYet: return c == 0 || (c > max(t, b) + anticipation && c != g) ? -1 : 0
        }
    }

    private func fitBalanced(_ panel: BalancedPanel) throws -> CallawaySantAnnaResult {
        let plan = try design(periods: panel.periods, cohorts: panel.cohort)
        let keep = plan.keep, cohortOfUnit = plan.cohortOfUnit
        let n = keep.count
        let tFull = panel.periodCount
        let columnOfPeriod = Dictionary(uniqueKeysWithValues: panel.periods.enumerated().map { ($1, $0) })
        let weight = keep.map { panel.weight[$0] }
        guard weight.reduce(0, +) > 0 else { throw DiDError(.design, "every unit of the estimation sample weighs 0") }

        var effects: [CallawaySantAnnaResult.Cell] = []
        var influence = InfluenceMatrix(rows: n)
        for (g, t, b) in plan.cells {
            if b == t {   // universal base period: the reference cell is 0 by construction
                effects.append(.init(group: g, time: t, basePeriod: b, att: 0))
                influence.append([Double](repeating: 0, count: n))
                continue
            }
            guard let ct = columnOfPeriod[t], let cb = columnOfPeriod[b] else { continue }
            var sumG = 0.0, sumC = 0.0, weightG = 0.0, weightC = 0.0
            var role = [Int8](repeating: 0, count: n)   // 1 treated, −1 comparison, 0 neither
            var delta = [Double](repeating: 0, count: n)
            for (r, i) in keep.enumerated() {
                let k = self.role(cohort: cohortOfUnit[r], group: g, time: t, base: b)
                guard k != 0 else { continue }
                let d = panel.outcome[i * tFull + ct] - panel.outcome[i * tFull + cb]
                delta[r] = d
                role[r] = k
                if k == 1 { sumG += weight[r] * d; weightG += weight[r] } else { sumC += weight[r] * d; weightC += weight[r] }
            }
            guard weightG > 0, weightC > 0 else {
                throw DiDError(.design, "no \(weightG > 0 ? "comparison" : "treated") units for cohort \(g) in period \(t)")
            }
            if covariates.isEmpty {
                // The weighted difference of mean changes; ψ = n w_i (ΔY_i − mean)/Σ w over the unit's group.
                let meanG = sumG / weightG, meanC = sumC / weightC
                var psi = [Double](repeating: 0, count: n)
                for r in 0..<n {
                    switch role[r] {
                    case 1: psi[r] = Double(n) * weight[r] * (delta[r] - meanG) / weightG
                    case -1: psi[r] = -Double(n) * weight[r] * (delta[r] - meanC) / weightC
                    default: break
                    }
                }
                effects.append(.init(group: g, time: t, basePeriod: b, att: meanG - meanC))
                influence.append(psi)
            } else {
                let x: (Int) -> [Double] = { r in
                    [1] + panel.covariates.map { $0[keep[r] * tFull + cb] }
                }
                let (att, psi): (Double, [Double])
                switch method {
                case .regression:
                    (att, psi) = try Self.outcomeRegression(role: role, delta: delta, weight: weight, covariates: x,
                                                            cell: (g, t))
                case .improvedDoublyRobust:
                    (att, psi) = try Self.improvedDoublyRobust(role: role, delta: delta, weight: weight, covariates: x,
                                                               cell: (g, t))
                case .doublyRobust, .inverseProbability:
                    (att, psi) = try Self.propensityWeighted(doublyRobust: method == .doublyRobust, role: role,
                                                             delta: delta, weight: weight, covariates: x, cell: (g, t))
                }
                effects.append(.init(group: g, time: t, basePeriod: b, att: att))
                influence.append(psi)
            }
        }
        let clusters = panel.clustered ? Self.denseClusters(keep.map { panel.clusterIndex[$0] }) : nil
        return try CallawaySantAnnaResult(
            model: self, cells: effects, influence: influence, unitCohort: cohortOfUnit, unitWeight: weight,
            clusterIndex: clusters?.index ?? Array(0..<n), clusterCount: clusters?.count ?? n,
            clustered: panel.clustered, periods: plan.periods, droppedUnits: plan.dropped, estimatedAs: .balanced)
    }

    /// Renumbers cluster labels densely in order of appearance.
    static func denseClusters(_ labels: [Int]) -> (index: [Int], count: Int) {
        var map: [Int: Int] = [:]
        let index = labels.map { c in
            if let k = map[c] { return k }
            map[c] = map.count
            return map.count - 1
        }
        return (index, map.count)
    }

    /// The repeated cross-section form (R did's unbalanced-panel and `panel = FALSE` path): each cell uses the
    /// rows of periods t and b of its treated and comparison units, `RepeatedCrossSectionDiD` on them, and the
    /// row influence functions, scaled by n/m (n units, m rows), summed by unit.
    private func fitLong(_ panel: LongPanel) throws -> CallawaySantAnnaResult {
        guard method != .improvedDoublyRobust else {
            throw DiDError(.option, "the improved doubly robust estimator (dr-imp) is implemented for balanced panels "
                + "only; use dr, ipw or reg with unbalanced panels and repeated cross-sections")
        }
        let plan = try design(periods: panel.periods, cohorts: panel.cohort)
        let keptPeriods = Set(plan.periods)
        // Units of the estimation sample: kept units with at least one row in a kept period.
        var position = [Int](repeating: -1, count: panel.unitCount)
        for (r, i) in plan.keep.enumerated() { position[i] = r }
        var present = [Bool](repeating: false, count: plan.keep.count)
        var rows: [Int] = []
        for r in panel.outcome.indices {
            let k = position[panel.unitOfRow[r]]
            guard k >= 0, keptPeriods.contains(panel.periods[panel.periodOfRow[r]]) else { continue }
            present[k] = true
            rows.append(r)
        }
        var dense = [Int](repeating: -1, count: plan.keep.count)
        var units: [Int] = []   // kept-position of each sample unit
        for k in present.indices where present[k] { dense[k] = units.count; units.append(k) }
        let n = units.count
        let unitOfRow = rows.map { dense[position[panel.unitOfRow[$0]]] }
        let cohortOfUnit = units.map { plan.cohortOfUnit[$0] }
        var weightSum = [Double](repeating: 0, count: n), rowCount = [Double](repeating: 0, count: n)
        for (j, r) in rows.enumerated() { weightSum[unitOfRow[j]] += panel.weight[r]; rowCount[unitOfRow[j]] += 1 }
        let unitWeight = zip(weightSum, rowCount).map { $0 / $1 }   // R did aggregates by unit with the mean
        guard unitWeight.reduce(0, +) > 0 else { throw DiDError(.design, "every unit of the estimation sample weighs 0") }

        var effects: [CallawaySantAnnaResult.Cell] = []
        var influence = InfluenceMatrix(rows: n)
        let k = 1 + panel.covariates.count
        for (g, t, b) in plan.cells {
            if b == t {
                effects.append(.init(group: g, time: t, basePeriod: b, att: 0))
                influence.append([Double](repeating: 0, count: n))
                continue
            }
            var y: [Double] = [], post: [Double] = [], d: [Double] = [], w: [Double] = [], unit: [Int] = []
            var x: [Int] = []   // source rows, for the covariates
            for (j, r) in rows.enumerated() {
                let p = panel.periods[panel.periodOfRow[r]]
                guard p == t || p == b else { continue }
                let role = self.role(cohort: cohortOfUnit[unitOfRow[j]], group: g, time: t, base: b)
                guard role != 0 else { continue }
                y.append(panel.outcome[r])
                post.append(p == t ? 1 : 0)
                d.append(role == 1 ? 1 : 0)
                w.append(panel.weight[r])
                unit.append(unitOfRow[j])
                x.append(r)
            }
            let m = y.count
            for (dv, pv, what) in [(1.0, 1.0, "treated units"), (1.0, 0.0, "treated units"),
                                   (0.0, 1.0, "comparison units"), (0.0, 0.0, "comparison units")]
            where !(0..<m).contains(where: { d[$0] == dv && post[$0] == pv }) {
                throw DiDError(.design, "no \(what) of cohort \(g) observed in period \(pv == 1 ? t : b) "
                    + "(cell \(g), \(t)); the repeated cross-section estimator needs both periods")
            }
            var storage = [Double](repeating: 1, count: m * k)
            for c in panel.covariates.indices { for i in 0..<m { storage[(c + 1) * m + i] = panel.covariates[c][x[i]] } }
            let design = try Matrix(rows: m, columns: k, columnMajor: storage)
            let (att, rowPsi) = try RepeatedCrossSectionDiD.estimate(
                method, y: y, post: post, treated: d, x: design, weights: w,
                cell: (g, t))
            var psi = [Double](repeating: 0, count: n)
            let scale = Double(n) / Double(m)
            for i in 0..<m { psi[unit[i]] += scale * rowPsi[i] }
            effects.append(.init(group: g, time: t, basePeriod: b, att: att))
            influence.append(psi)
        }
        let clusters = panel.clusterOfUnit.map { c in Self.denseClusters(units.map { c[plan.keep[$0]] }) }
        return try CallawaySantAnnaResult(
            model: self, cells: effects, influence: influence, unitCohort: cohortOfUnit, unitWeight: unitWeight,
            clusterIndex: clusters?.index ?? Array(0..<n), clusterCount: clusters?.count ?? n,
            clustered: clusters != nil, periods: plan.periods, droppedUnits: plan.dropped,
            estimatedAs: panelType == .repeatedCrossSections ? .repeatedCrossSections : .unbalanced)
    }

    /// ATT(g,t) and its influence function by outcome regression (DRDID's `reg_did_panel`) with unit weights w.
    ///
    /// β̂ = (X_CᵀW X_C)⁻¹X_CᵀWΔY_C over comparison units; ATT = Σ_{i∈g} w_i(ΔY_i − x_i'β̂)/Σ_{i∈g} w_i. Influence
    /// (scaled by n/n₁ as R did, W_g = Σ_{j∈g} w_j): n w_i (ΔY_i − x_i'β̂ − ATT)/W_g for treated units and
    /// −n w_i (ΔY_i − x_i'β̂) x_i'(X_CᵀW X_C)⁻¹ Σ_{j∈g} w_j x_j / W_g for comparison units.
    static func outcomeRegression(role: [Int8], delta: [Double], weight: [Double],
                                  covariates x: (Int) -> [Double], cell: (Int, Int)) throws -> (Double, [Double]) {
        let n = role.count
        var xtx: Matrix? = nil
        var xty: [Double] = []
        var sumTreatedX: [Double] = []
        var weightG = 0.0
        for r in 0..<n where role[r] != 0 {
            let row = x(r)
            let p = row.count
            let w = weight[r]
            if xtx == nil {
                xtx = Matrix(rows: p, columns: p)
                xty = [Double](repeating: 0, count: p)
                sumTreatedX = [Double](repeating: 0, count: p)
            }
            if role[r] == 1 {
                weightG += w
                for a in 0..<p { sumTreatedX[a] += w * row[a] }
            } else {
                for a in 0..<p {
                    xty[a] += w * row[a] * delta[r]
                    for c in 0..<p { xtx?[a, c] += w * row[a] * row[c] }
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
            if role[r] == 1 { sumTreated += weight[r] * residual[r] }
        }
        let att = sumTreated / weightG
        let scale = Double(n) / weightG
        var psi = [Double](repeating: 0, count: n)
        for r in 0..<n {
            switch role[r] {
            case 1: psi[r] = scale * weight[r] * (residual[r] - att)
            case -1:
                let row = x(r)
                var leverage = 0.0
                for k in row.indices { leverage += row[k] * a[k] }
                psi[r] = -scale * weight[r] * residual[r] * leverage
            default: break
            }
        }
        return (att, psi)
    }
}
