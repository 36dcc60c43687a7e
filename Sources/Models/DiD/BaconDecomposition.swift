/// Goodman-Bacon (2021) decomposition of the static TWFE DiD coefficient into its 2×2 comparisons.
///
/// With unit and period fixed effects on a balanced panel and staggered absorbing treatment, the TWFE
/// coefficient β̂ of D_it = 1(t ≥ g_i) is a weighted average of every 2×2 DiD between timing groups:
///
///     β̂ = Σ_k s_kU β̂_kU + Σ_{k<l} (s^k_kl β̂^k_kl + s^l_kl β̂^l_kl),
///
/// where U is the never-treated group, β̂_kU compares group k before/after k with U, β̂^k_kl (earlier vs
/// later treated) compares k with the not-yet-treated l over the periods before l, and β̂^l_kl (later vs
/// earlier treated) compares l with the already-treated k over the periods from k on. With group shares
/// n_k, D̄_k = share of periods in which group k is treated, n_ab = n_a/(n_a + n_b) (Theorem 1, eq. 10):
///
///     s_kU  ∝ (n_k + n_U)² n_kU(1 − n_kU) D̄_k(1 − D̄_k)
///     s^k_kl ∝ ((n_k + n_l)(1 − D̄_l))² n_kl(1 − n_kl) (D̄_k − D̄_l)/(1 − D̄_l) · (1 − D̄_k)/(1 − D̄_l)
///     s^l_kl ∝ ((n_k + n_l) D̄_k)² n_kl(1 − n_kl) D̄_l/D̄_k · (D̄_k − D̄_l)/D̄_k
///
/// normalized to sum to 1 (the common factor is the variance of the two-way demeaned D). Cohorts after the
/// last period count as never treated; units treated from the first period on are a group with D̄ = 1
/// (they serve only as an earlier-treated control).
/// Reference: Goodman-Bacon, A. (2021), "Difference-in-differences with variation in treatment timing",
/// Journal of Econometrics 225(2), 254–277; R package bacondecomp.
public struct BaconDecomposition: Sendable, Equatable, Encodable {
    /// The kind of 2×2 comparison.
    public enum Kind: String, Sendable, Codable {
        /// A treated group against the never treated.
        case treatedVsNever = "treated_vs_never"
        /// An earlier-treated group against a later-treated group before it is treated.
        case earlierVsLater = "earlier_vs_later"
        /// A later-treated group against an earlier-treated group that is already treated (the "forbidden" comparison).
        case laterVsEarlier = "later_vs_earlier"
    }

    /// One 2×2 comparison.
    public struct Comparison: Sendable, Equatable, Encodable {
        /// Which comparison it is.
        public let kind: Kind
        /// Cohort of the group whose treatment changes in the window.
        public let treated: Int
        /// Cohort of the comparison group (0 = never treated).
        public let control: Int
        /// The 2×2 DiD estimate, in outcome units.
        public let estimate: Double
        /// Its weight in the TWFE coefficient (weights sum to 1).
        public let weight: Double

        enum CodingKeys: String, CodingKey { case kind = "type", treated, control, estimate, weight }
    }

    /// All 2×2 comparisons.
    public let comparisons: [Comparison]
    /// Σ weight · estimate, equal to the static TWFE coefficient.
    public let twfeEstimate: Double

    /// Decomposes the static TWFE coefficient of a balanced panel.
    /// - Throws: `DiDError` for an unbalanced panel, fewer than two periods, or no variation in timing
    ///   (no treated group with a pre-period, or nothing to compare it with).
    /// - Complexity: O(n T + G² T) for n units, T periods and G timing groups.
    public init(_ data: PanelData) throws {
        let panel = try BalancedPanel(data)
        let periods = panel.periods, tCount = panel.periodCount
        guard tCount >= 2, let last = periods.last else { throw DiDError(.design, "the panel needs at least two periods") }
        let cohort = panel.cohort.map { $0 > last ? 0 : $0 }
        // Group means of the outcome by period, and group sizes.
        var sums: [Int: [Double]] = [:], counts: [Int: Double] = [:]
        for i in 0..<panel.unitCount {
            let g = cohort[i]
            var row = sums[g] ?? [Double](repeating: 0, count: tCount)
            for t in 0..<tCount { row[t] += panel.outcome[i * tCount + t] }
            sums[g] = row
            counts[g, default: 0] += 1
        }
        let n = Double(panel.unitCount)
        var mean: [Int: [Double]] = [:]
        for (g, row) in sums { mean[g] = row.map { $0 / (counts[g] ?? 1) } }
        let share = counts.mapValues { $0 / n }
        let treatedShare: (Int) -> Double = { g in Double(periods.filter { $0 >= g }.count) / Double(tCount) }
        // Mean of a group's outcome over the periods in [from, to).
        func window(_ g: Int, _ from: Int, _ to: Int) -> Double {
            let idx = periods.indices.filter { periods[$0] >= from && periods[$0] < to }
            return idx.reduce(0) { $0 + (mean[g]?[$1] ?? 0) } / Double(idx.count)
        }
        let groups = cohort.filter { $0 > 0 }.reduce(into: Set<Int>()) { $0.insert($1) }.sorted()
        let first = periods[0]
        var raw: [(Kind, Int, Int, Double, Double)] = []
        if let nU = share[0] {
            for k in groups where k > first {
                let nk = share[k] ?? 0, d = treatedShare(k), nkU = nk / (nk + nU)
                let est = (window(k, k, Int.max) - window(k, Int.min, k)) - (window(0, k, Int.max) - window(0, Int.min, k))
                raw.append((.treatedVsNever, k, 0, est, (nk + nU) * (nk + nU) * nkU * (1 - nkU) * d * (1 - d)))
            }
        }
        for (a, k) in groups.enumerated() {
            for l in groups[(a + 1)...] {
                let nk = share[k] ?? 0, nl = share[l] ?? 0, dk = treatedShare(k), dl = treatedShare(l)
                let nkl = nk / (nk + nl), v = nkl * (1 - nkl)
                if k > first {   // k against not-yet-treated l, periods before l
                    let est = (window(k, k, l) - window(k, Int.min, k)) - (window(l, k, l) - window(l, Int.min, k))
                    let base = (nk + nl) * (1 - dl)
                    raw.append((.earlierVsLater, k, l, est, base * base * v * (dk - dl) / (1 - dl) * (1 - dk) / (1 - dl)))
                }
                // l against already-treated k, periods from k on
                let est = (window(l, l, Int.max) - window(l, k, l)) - (window(k, l, Int.max) - window(k, k, l))
                let base = (nk + nl) * dk
                raw.append((.laterVsEarlier, l, k, est, base * base * v * dl / dk * (dk - dl) / dk))
            }
        }
        let total = raw.reduce(0) { $0 + $1.4 }
        guard !raw.isEmpty, total > 0 else {
            throw DiDError(.design, "no variation in treatment timing to decompose (need a treated group with a "
                + "pre-period and a never-treated or differently timed group)")
        }
        comparisons = raw.map { Comparison(kind: $0.0, treated: $0.1, control: $0.2, estimate: $0.3, weight: $0.4 / total) }
        twfeEstimate = comparisons.reduce(0) { $0 + $1.weight * $1.estimate }
    }

    enum CodingKeys: String, CodingKey { case comparisons, twfeEstimate = "twfe_estimate" }

    /// Weight and weighted-average estimate of each kind of comparison.
    public func summaryByKind() -> [(kind: Kind, weight: Double, estimate: Double)] {
        [Kind.treatedVsNever, .earlierVsLater, .laterVsEarlier].compactMap { kind in
            let c = comparisons.filter { $0.kind == kind }
            let w = c.reduce(0) { $0 + $1.weight }
            guard w > 0 else { return nil }
            return (kind, w, c.reduce(0) { $0 + $1.weight * $1.estimate } / w)
        }
    }

    /// A text table for people.
    public func summary() -> String {
        var lines = ["Goodman-Bacon decomposition of the TWFE DiD coefficient: \(fmt(twfeEstimate))",
                     pad(["type", "treated", "control", "estimate", "weight"])]
        for c in comparisons {
            lines.append(pad([c.kind.rawValue, "\(c.treated)", "\(c.control)", fmt(c.estimate), fmt(c.weight)]))
        }
        lines.append("by type:")
        for s in summaryByKind() { lines.append(pad([s.kind.rawValue, "", "", fmt(s.estimate), fmt(s.weight)])) }
        return lines.joined(separator: "\n") + "\n"
    }
}
