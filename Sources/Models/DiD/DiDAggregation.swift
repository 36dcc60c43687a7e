import Stats

/// An aggregation of group-time effects, as R did's `aggte(type = ...)`.
///
/// All use P(G = g) (cohort shares among all units of the estimation sample, weighted by the sampling
/// weights s_i when given: p_g = (1/n) Σ_i s_i 1{G_i = g}) as weights; their influence functions include the
/// term from estimating those weights (R did's `wif`). With the weights w_k = p_{g_k}/S, S = Σ_{k∈K} p_{g_k},
/// over the cells K aggregated, that term is (s_i/S) Σ_{k∈K: g_k = G_i} (ATT_k − θ̂) for unit i — R did's
/// `wif %*% att`, simplified.
public enum DiDAggregation: Sendable, Equatable, Hashable {
    /// θ = Σ_{g ≤ t ≤ g+maxE} p_g ATT(g,t) / Σ p_g: the average effect over all post-treatment cells.
    case simple(maxE: Int? = nil)
    /// θ(g) = mean over t ∈ [g, g+maxE] of ATT(g,t); overall Σ_g p_g θ(g) / Σ_g p_g.
    case group(maxE: Int? = nil)
    /// Event study θ(e) = Σ_{t−g=e} p_g ATT(g,t) / Σ p_g for every event time e (negative = leads);
    /// overall: mean of θ(e) over e ≥ 0. `balanceE`: keep only cohorts observed for at least
    /// `balanceE` periods after treatment, and e in [balanceE − (T_last − T_first), balanceE];
    /// `minE`/`maxE` restrict the event times reported.
    case dynamic(balanceE: Int? = nil, minE: Int? = nil, maxE: Int? = nil)
    /// θ(t) = Σ_{g ≤ t} p_g ATT(g,t) / Σ p_g for each period t from the first cohort on;
    /// overall: mean of θ(t).
    case calendar

    var kind: AggregationKind {
        switch self {
        case .simple: return .simple
        case .group: return .group
        case .dynamic: return .dynamic
        case .calendar: return .calendar
        }
    }
}

/// The estimate families; each has its own bootstrap stream family.
enum AggregationKind: String, Sendable {
    case groupTime = "group_time", simple, group, dynamic, calendar

    var streamFamily: Int {
        switch self {
        case .groupTime: return 0
        case .simple: return 1
        case .group: return 2
        case .dynamic: return 3
        case .calendar: return 4
        }
    }
}

/// A point estimate with its standard error and interval.
public struct DiDEstimate: Sendable, Equatable, Encodable {
    /// The estimate, in outcome units.
    public let att: Double
    /// Its standard error (NaN when degenerate).
    public let standardError: Double
    /// att − c·se.
    public let confLow: Double
    /// att + c·se.
    public let confHigh: Double

    enum CodingKeys: String, CodingKey {
        case att, standardError = "std_error", confLow = "conf_low", confHigh = "conf_high"
    }

    /// JSON: `att`, `std_error`, `conf_low`, `conf_high` (null when missing).
    public func encode(to encoder: Encoder) throws {
        var c = encoder.container(keyedBy: CodingKeys.self)
        try c.encodeDiDNumbers([att, standardError, confLow, confHigh], forKeys: [.att, .standardError, .confLow, .confHigh])
    }
}

/// An aggregated effect at one index: event time e, cohort g, or period t.
public struct IndexedDiDEstimate: Sendable, Equatable {
    /// Event time, cohort or period, depending on the aggregation.
    public let index: Int
    /// The aggregated effect there.
    public let estimate: DiDEstimate
}

/// The result of `CallawaySantAnnaResult.aggregate(_:)`.
public struct AggregatedEffects: Sendable {
    /// The aggregation computed.
    public let aggregation: DiDAggregation
    /// The overall summary (pointwise interval).
    public let overall: DiDEstimate
    /// Per-index effects (empty for `.simple`): by event time, cohort or period.
    public let effects: [IndexedDiDEstimate]
    /// Critical value of the per-index intervals (sup-t when `uniformBands`).
    public let criticalValue: Double
    /// Whether the per-index intervals are simultaneous bands.
    public let uniformBands: Bool
    let overallInfluence: [Double]
}

extension CallawaySantAnnaResult {
    /// Aggregates the ATT(g,t) as R did's `aggte`, with analytic or bootstrap inference as the model
    /// was configured (a bootstrap here uses its own stream family, so results do not depend on
    /// which other aggregations were computed).
    /// - Parameter aggregation: the summary to compute.
    /// - Returns: overall and per-index effects with standard errors from the aggregated influence
    ///   functions (including the estimated-weights term).
    /// - Throws: `DiDError(.design)` when no post-treatment cell enters a simple or group aggregation,
    ///   or a bootstrap option error. An event study limited to leads has a NaN overall effect.
    /// - Complexity: O(n · cells) plus the bootstrap's O(draws · clusters · indices).
    public func aggregate(_ aggregation: DiDAggregation) throws -> AggregatedEffects {
        let n = unitCount
        let cells = effects
        var pg: [Int: Double] = [:]
        for g in groups { pg[g] = 0 }
        for (c, w) in zip(unitCohort, unitWeight) where c > 0 { pg[c, default: 0] += w }
        for g in pg.keys { pg[g]! /= Double(n) }
        func share(_ k: Int) -> Double { pg[cells[k].group] ?? 0 }
        let tMin = cells.map(\.time).min() ?? 0, tMax = cells.map(\.time).max() ?? 0

        // Each index: (value, the cells aggregated with p_g weights (with wif) or equal weights (without)).
        var parts: [(index: Int, cells: [Int], weighted: Bool)] = []
        var overallFromIndices: [Int]? = nil   // indices averaged equally for the overall effect
        var overallCells: [Int] = []
        var overallWeightedByGroup = false
        switch aggregation {
        case .simple(let maxE):
            overallCells = cells.indices.filter { cells[$0].post && cells[$0].time - cells[$0].group <= (maxE ?? Int.max) }
        case .group(let maxE):
            for g in groups {
                let ks = cells.indices.filter {
                    cells[$0].group == g && cells[$0].post && cells[$0].time - g <= (maxE ?? Int.max)
                }
                if !ks.isEmpty { parts.append((g, ks, false)) }
            }
            overallWeightedByGroup = true
        case .dynamic(let balanceE, let minE, let maxE):
            var eSeq = Array(Set(cells.map { $0.time - $0.group })).sorted()
            var include = [Bool](repeating: true, count: cells.count)
            if let be = balanceE {
                eSeq = eSeq.filter { $0 <= be && $0 >= be - (tMax - tMin) }
                include = cells.map { tMax - $0.group >= be }
            }
            eSeq = eSeq.filter { $0 >= (minE ?? Int.min) && $0 <= (maxE ?? Int.max) }
            for e in eSeq {
                let ks = cells.indices.filter { include[$0] && cells[$0].time - cells[$0].group == e }
                if !ks.isEmpty { parts.append((e, ks, true)) }
            }
            overallFromIndices = parts.indices.filter { parts[$0].index >= 0 }
        case .calendar:
            let firstCohort = groups.first ?? Int.max
            for t in Array(Set(cells.map(\.time))).sorted() where t >= firstCohort {
                let ks = cells.indices.filter { cells[$0].time == t && cells[$0].post }
                if !ks.isEmpty { parts.append((t, ks, true)) }
            }
            overallFromIndices = Array(parts.indices)
        }

        // Per-index values and influence functions.
        var indexMatrix = InfluenceMatrix(rows: n)
        var values: [Double] = []
        for part in parts {
            let (v, psi) = weightedAverage(part.cells, weightedByShare: part.weighted, share: share)
            values.append(v)
            indexMatrix.append(psi)
        }
        // Overall value and influence function.
        let overallValue: Double, overallPsi: [Double]
        if let idx = overallFromIndices, idx.isEmpty {
            // E.g. an event study restricted to leads (maxE < 0): no overall effect, as R's NA.
            overallValue = .nan
            overallPsi = [Double](repeating: 0, count: n)
        } else if let idx = overallFromIndices {
            let w = 1 / Double(idx.count)
            overallValue = idx.reduce(0) { $0 + values[$1] } * w
            overallPsi = indexMatrix.combination(idx, weights: [Double](repeating: w, count: idx.count))
        } else if overallWeightedByGroup {
            guard !parts.isEmpty else { throw DiDError(.design, "no post-treatment effects to aggregate") }
            let shares = parts.map { pg[$0.index] ?? 0 }
            let s = shares.reduce(0, +)
            overallValue = zip(shares, values).reduce(0) { $0 + $1.0 * $1.1 } / s
            var psi = indexMatrix.combination(Array(parts.indices), weights: shares.map { $0 / s })
            // Estimated-weights term: (1/S) Σ_{g = G_i} (θ(g) − θ).
            let byGroup = Dictionary(uniqueKeysWithValues: zip(parts.map(\.index), values))
            for i in 0..<n { if let v = byGroup[unitCohort[i]] { psi[i] += unitWeight[i] * (v - overallValue) / s } }
            overallPsi = psi
        } else {
            guard !overallCells.isEmpty else { throw DiDError(.design, "no post-treatment effects to aggregate") }
            (overallValue, overallPsi) = weightedAverage(overallCells, weightedByShare: true, share: share)
        }
        var all = indexMatrix
        all.append(overallPsi)
        let summary = try InferenceSummary.compute(
            all, clusterIndex: clusterIndex, clusterCount: clusterCount, inference: model.inference,
            alpha: model.alpha, banded: Array(0..<parts.count), family: aggregation.kind.streamFamily)
        let c = summary.criticalValue
        let indexed = parts.indices.map { j in
            let se = summary.standardErrors[j]
            return IndexedDiDEstimate(index: parts[j].index, estimate: DiDEstimate(
                att: values[j], standardError: se, confLow: values[j] - c * se, confHigh: values[j] + c * se))
        }
        let z = try pointwiseCritical()
        let seO = summary.standardErrors[parts.count]
        return AggregatedEffects(
            aggregation: aggregation,
            overall: DiDEstimate(att: overallValue, standardError: seO, confLow: overallValue - z * seO,
                                 confHigh: overallValue + z * seO),
            effects: indexed, criticalValue: c, uniformBands: summary.uniform, overallInfluence: overallPsi)
    }

    /// Σ_k w_k ATT_k with w_k = p_{g_k}/S (plus the estimated-weights term) or equal weights.
    private func weightedAverage(_ ks: [Int], weightedByShare: Bool, share: (Int) -> Double) -> (Double, [Double]) {
        let w: [Double]
        if weightedByShare {
            let p = ks.map(share)
            let s = p.reduce(0, +)
            w = p.map { $0 / s }
        } else {
            w = [Double](repeating: 1 / Double(ks.count), count: ks.count)
        }
        let value = zip(ks, w).reduce(0) { $0 + effects[$1.0].att * $1.1 }
        var psi = influence.combination(ks, weights: w)
        if weightedByShare {
            let s = ks.map(share).reduce(0, +)
            var byGroup: [Int: Double] = [:]
            for k in ks { byGroup[effects[k].group, default: 0] += effects[k].att - value }
            for i in 0..<unitCount { if let d = byGroup[unitCohort[i]] { psi[i] += unitWeight[i] * d / s } }
        }
        return (value, psi)
    }

    private func pointwiseCritical() throws -> Double {
        try Normal().quantile(1 - model.alpha / 2)
    }
}
