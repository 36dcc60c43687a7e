import Foundation

/// One group-time average treatment effect ATT(g,t) with its inference.
public struct GroupTimeEffect: Sendable, Equatable, Encodable {
    /// Cohort g: the first treated period of the group.
    public let group: Int
    /// Period t.
    public let time: Int
    /// The period the change Y_t − Y_b is measured from.
    public let basePeriod: Int
    /// Estimated ATT(g,t), in outcome units.
    public let att: Double
    /// Standard error (NaN when degenerate, e.g. the universal base cell).
    public let standardError: Double
    /// Lower end of the interval att − c·se (c pointwise or simultaneous, see the result).
    public let confLow: Double
    /// Upper end of the interval att + c·se.
    public let confHigh: Double
    /// Whether t ≥ g (a treatment effect rather than a pre-treatment placebo).
    public var post: Bool { time >= group }

    enum CodingKeys: String, CodingKey {
        case group, time, basePeriod = "base_period"
    }

    /// JSON: `group`, `time`, `base_period`, `att`, `std_error`, `conf_low`, `conf_high` (null when missing).
    public func encode(to encoder: Encoder) throws {
        var c = encoder.container(keyedBy: CodingKeys.self)
        try c.encode(group, forKey: .group)
        try c.encode(time, forKey: .time)
        try c.encode(basePeriod, forKey: .basePeriod)
        try DiDEstimate(att: att, standardError: standardError, confLow: confLow, confHigh: confHigh).encode(to: encoder)
    }
}

/// The fitted Callaway–Sant'Anna group-time effects, their influence functions, and the
/// aggregations of R did's `aggte` (see `aggregate(_:)`).
public struct CallawaySantAnnaResult: Sendable {
    struct Cell: Sendable {
        var group: Int
        var time: Int
        var basePeriod: Int
        var att: Double
    }

    /// The estimator settings that produced this result.
    public let model: CallawaySantAnna
    /// ATT(g,t) for every cohort g and period t, ordered by g then t (R did's order).
    public let effects: [GroupTimeEffect]
    /// Critical value of the ATT(g,t) intervals: z_{1−α/2}, or the sup-t value with uniform bands.
    public let criticalValue: Double
    /// Whether the ATT(g,t) intervals are simultaneous (sup-t) bands.
    public let uniformBands: Bool
    /// Units in the estimation sample (after dropping units treated in the first period).
    public let unitCount: Int
    /// Periods used.
    public let periods: [Int]
    /// Treated cohorts, ascending.
    public let groups: [Int]
    /// Units dropped because they were treated (or anticipating treatment) in the first period.
    public let droppedUnits: Int
    /// Number of clusters of the standard errors (units unless clustered).
    public let clusterCount: Int
    /// How the sample was estimated: `.balanced` (panel estimators, also when an `.unbalanced` request met a
    /// balanced panel), `.unbalanced` or `.repeatedCrossSections` (DRDID's repeated cross-section estimators).
    public let estimatedAs: CallawaySantAnna.PanelType

    let influence: InfluenceMatrix
    let unitCohort: [Int]
    /// Sampling weight per unit (R did's `weights.ind`: the mean over a unit's observations).
    let unitWeight: [Double]
    let clusterIndex: [Int]
    let clustered: Bool

    init(model: CallawaySantAnna, cells: [Cell], influence: InfluenceMatrix, unitCohort: [Int], unitWeight: [Double],
         clusterIndex: [Int], clusterCount: Int, clustered: Bool, periods: [Int], droppedUnits: Int,
         estimatedAs: CallawaySantAnna.PanelType) throws {
        self.model = model
        self.unitWeight = unitWeight
        self.estimatedAs = estimatedAs
        self.influence = influence
        self.unitCohort = unitCohort
        self.clusterIndex = clusterIndex
        self.clusterCount = clusterCount
        self.clustered = clustered
        self.periods = periods
        self.droppedUnits = droppedUnits
        self.unitCount = unitCohort.count
        self.groups = Array(Set(cells.map(\.group))).sorted()
        let summary = try InferenceSummary.compute(
            influence, clusterIndex: clusterIndex, clusterCount: clusterCount, inference: model.inference,
            alpha: model.alpha, banded: Array(0..<cells.count), family: AggregationKind.groupTime.streamFamily)
        self.criticalValue = summary.criticalValue
        self.uniformBands = summary.uniform
        self.effects = zip(cells, summary.standardErrors).map { cell, se in
            GroupTimeEffect(group: cell.group, time: cell.time, basePeriod: cell.basePeriod, att: cell.att,
                            standardError: se, confLow: cell.att - summary.criticalValue * se,
                            confHigh: cell.att + summary.criticalValue * se)
        }
    }

    /// The influence function of ATT(g,t) number `index` (in `effects` order), one value per unit of
    /// the estimation sample: ATT − ATT₀ ≈ (1/n) Σ_i ψ_i.
    public func influenceFunction(_ index: Int) -> [Double] {
        guard index >= 0, index < influence.columns else { return [] }
        return influence.column(index)
    }

    /// A text table of the ATT(g,t) for people.
    public func summary() -> String {
        let conditioning = model.covariates.isEmpty ? ""
            : ", \(model.method.rawValue) on \(model.covariates.joined(separator: ", "))"
        var lines = ["Callaway–Sant'Anna group-time ATT (control: \(model.controlGroup.rawValue), "
            + "anticipation: \(model.anticipation), base period: \(model.basePeriod.rawValue)\(conditioning))",
            "units: \(unitCount), periods: \(periods.count), sample: \(estimatedAs.rawValue)"
            + (droppedUnits > 0 ? ", dropped (treated in first period): \(droppedUnits)" : ""),
            "intervals: \(uniformBands ? "simultaneous (sup-t)" : "pointwise") \(formatPercent(1 - model.alpha))",
            pad(["group", "time", "att", "std_error", "conf_low", "conf_high"])]
        for e in effects {
            lines.append(pad(["\(e.group)", "\(e.time)", fmt(e.att), fmt(e.standardError), fmt(e.confLow), fmt(e.confHigh)]))
        }
        return lines.joined(separator: "\n") + "\n"
    }
}

func fmt(_ x: Double) -> String {
    x.isNaN ? "NA" : String(format: "%.6f", x)
}

func pad(_ cells: [String]) -> String {
    cells.map { $0.count >= 12 ? $0 : String(repeating: " ", count: 12 - $0.count) + $0 }.joined(separator: " ")
}

func formatPercent(_ x: Double) -> String {
    let p = x * 100
    return (p.rounded() == p ? String(Int(p)) : String(format: "%.1f", p)) + "%"
}
