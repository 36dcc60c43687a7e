import Foundation

/// The complete output of a DiD run in the stable JSON layout of `stationkit did`:
///
///     {"method": "cs", "control": "never", "anticipation": 0, "base_period": "varying", "alpha": 0.05,
///      "covariates": [names], "est_method": "unconditional" | "dr" | "ipw" | "reg",
///      "inference": "analytic" | "bootstrap", "bootstrap": {"draws", "seed", "weights"} (bootstrap only),
///      "critical_value": c, "uniform_bands": false,
///      "att_gt": [{"group", "time", "base_period", "att", "std_error", "conf_low", "conf_high"}],
///      "aggregate": {"simple": {"att", "std_error", "conf_low", "conf_high"},
///                    "dynamic": [{"e", "att", "std_error", "conf_low", "conf_high"}],
///                    "group": [{"group", ...}], "calendar": [{"time", ...}],
///                    "overall": {"dynamic": {...}, "group": {...}, "calendar": {...}}},
///      "pretest": {"statistic", "df", "p_value"} | null,
///      "n_units": n, "n_periods": T, "dropped_units": k, "sample": "balanced" | "unbalanced" | "rcs"}
///
/// or, for TWFE, {"method": "twfe", "event_study": [{"e", "coef", "std_error", "conf_low", "conf_high"}],
/// "static": {...}, "n_units", "n_periods", "n_clusters", "small_sample_factor"}. Missing numbers
/// (R's NA) are `null`.
public enum DiDReport {
    /// JSON text (sorted keys, pretty printed) of an encodable report.
    public static func json<T: Encodable>(_ report: T) throws -> String {
        let encoder = JSONEncoder()
        encoder.outputFormatting = [.prettyPrinted, .sortedKeys]
        return String(decoding: try encoder.encode(report), as: UTF8.self) + "\n"
    }
}

/// The Callaway–Sant'Anna report (see `DiDReport`).
public struct CSReport: Encodable, Sendable {
    /// The group-time effects.
    public let result: CallawaySantAnnaResult
    /// `aggte(type = "simple")`.
    public let simple: AggregatedEffects
    /// `aggte(type = "dynamic")` with the options given.
    public let dynamic: AggregatedEffects
    /// `aggte(type = "group")`.
    public let group: AggregatedEffects
    /// `aggte(type = "calendar")`.
    public let calendar: AggregatedEffects
    /// The Wald pre-test of parallel trends (nil when undefined).
    public let pretest: PreTrendTest?

    /// Computes the four aggregations of `result` (R did's `aggte` types simple, dynamic, group, calendar).
    /// - Parameters:
    ///   - result: fitted group-time effects.
    ///   - dynamic: the event-study options (`balanceE`, `minE`, `maxE`).
    /// - Throws: as `CallawaySantAnnaResult.aggregate(_:)`.
    public init(_ result: CallawaySantAnnaResult, dynamic: DiDAggregation = .dynamic()) throws {
        self.result = result
        self.simple = try result.aggregate(.simple())
        self.dynamic = try result.aggregate(dynamic)
        self.group = try result.aggregate(.group())
        self.calendar = try result.aggregate(.calendar)
        self.pretest = try result.preTrendTest()
    }

    private enum Keys: String, CodingKey {
        case method, control, anticipation, basePeriod = "base_period", alpha, inference, bootstrap
        case criticalValue = "critical_value", uniformBands = "uniform_bands", attGT = "att_gt", aggregate
        case nUnits = "n_units", nPeriods = "n_periods", droppedUnits = "dropped_units"
        case simple, dynamic, group, calendar, overall, draws, seed, weights, covariates, estMethod = "est_method"
        case pretest, sample
    }

    /// The JSON layout documented on `DiDReport`.
    public func encode(to encoder: Encoder) throws {
        var c = encoder.container(keyedBy: Keys.self)
        let m = result.model
        try c.encode("cs", forKey: .method)
        try c.encode(m.controlGroup.rawValue, forKey: .control)
        try c.encode(m.anticipation, forKey: .anticipation)
        try c.encode(m.basePeriod.rawValue, forKey: .basePeriod)
        try c.encode(m.covariates, forKey: .covariates)
        try c.encode(m.covariates.isEmpty ? "unconditional" : m.method.rawValue, forKey: .estMethod)
        try c.encode(m.alpha, forKey: .alpha)
        switch m.inference {
        case .analytic:
            try c.encode("analytic", forKey: .inference)
        case .multiplierBootstrap(let b):
            try c.encode("bootstrap", forKey: .inference)
            var bc = c.nestedContainer(keyedBy: Keys.self, forKey: .bootstrap)
            try bc.encode(b.draws, forKey: .draws)
            try bc.encode(b.seed, forKey: .seed)
            try bc.encode(b.weights.rawValue, forKey: .weights)
        }
        try c.encode(result.criticalValue, forKey: .criticalValue)
        try c.encode(result.uniformBands, forKey: .uniformBands)
        try c.encode(result.effects, forKey: .attGT)
        var a = c.nestedContainer(keyedBy: Keys.self, forKey: .aggregate)
        try a.encode(simple.overall, forKey: .simple)
        try a.encode(dynamic.effects.map { IndexedRow(key: "e", row: $0) }, forKey: .dynamic)
        try a.encode(group.effects.map { IndexedRow(key: "group", row: $0) }, forKey: .group)
        try a.encode(calendar.effects.map { IndexedRow(key: "time", row: $0) }, forKey: .calendar)
        var o = a.nestedContainer(keyedBy: Keys.self, forKey: .overall)
        try o.encode(dynamic.overall, forKey: .dynamic)
        try o.encode(group.overall, forKey: .group)
        try o.encode(calendar.overall, forKey: .calendar)
        try c.encode(result.unitCount, forKey: .nUnits)
        try c.encode(result.periods.count, forKey: .nPeriods)
        try c.encode(result.droppedUnits, forKey: .droppedUnits)
        try c.encode(result.estimatedAs.rawValue, forKey: .sample)
        if let pretest { try c.encode(pretest, forKey: .pretest) } else { try c.encodeNil(forKey: .pretest) }
    }

    /// The report as text tables for people.
    public func table() -> String {
        let test = pretest.map {
            "Pre-test of parallel trends (R did's Wald test): W = \(fmt($0.statistic)), df = \($0.degreesOfFreedom), "
                + "p = \(fmt($0.pValue))\n"
        } ?? "Pre-test of parallel trends: not available (no pre-treatment cells or singular covariance)\n"
        return [result.summary(), test, simple.summary(), dynamic.summary(), group.summary(), calendar.summary()]
            .joined(separator: "\n")
    }
}

/// The TWFE report (see `DiDReport`): event study and static coefficient.
public struct TWFEReport: Encodable, Sendable {
    /// The event-study regression.
    public let eventStudy: TWFEResult
    /// The static DiD regression.
    public let staticDiD: TWFEResult

    /// Pairs the two regressions of one panel.
    public init(eventStudy: TWFEResult, staticDiD: TWFEResult) {
        self.eventStudy = eventStudy
        self.staticDiD = staticDiD
    }

    private enum Keys: String, CodingKey {
        case method, eventStudy = "event_study", staticDiD = "static", nUnits = "n_units", nPeriods = "n_periods"
        case nClusters = "n_clusters", smallSampleFactor = "small_sample_factor"
    }

    /// The JSON layout documented on `DiDReport`.
    public func encode(to encoder: Encoder) throws {
        var c = encoder.container(keyedBy: Keys.self)
        try c.encode("twfe", forKey: .method)
        try c.encode(eventStudy.coefficients, forKey: .eventStudy)
        if let s = staticDiD.coefficients.first { try c.encode(s, forKey: .staticDiD) }
        try c.encode(eventStudy.unitCount, forKey: .nUnits)
        try c.encode(eventStudy.periodCount, forKey: .nPeriods)
        try c.encode(eventStudy.clusterCount, forKey: .nClusters)
        try c.encode(eventStudy.smallSampleFactor, forKey: .smallSampleFactor)
    }

    /// The report as text tables for people.
    public func table() -> String { eventStudy.summary() + "\n" + staticDiD.summary() }
}

/// An aggregated row whose index is written under `key` (`e`, `group` or `time`).
private struct IndexedRow: Encodable {
    let key: String
    let row: IndexedDiDEstimate

    private struct Key: CodingKey {
        var stringValue: String
        var intValue: Int? { nil }
        init(_ s: String) { stringValue = s }
        init?(stringValue: String) { self.stringValue = stringValue }
        init?(intValue: Int) { nil }
    }

    func encode(to encoder: Encoder) throws {
        var c = encoder.container(keyedBy: Key.self)
        try c.encode(row.index, forKey: Key(key))
        try row.estimate.encode(to: encoder)
    }
}

extension AggregatedEffects {
    /// A text table for people.
    public func summary() -> String {
        let (title, column): (String, String)
        switch aggregation {
        case .simple: (title, column) = ("Simple aggregation (average over post-treatment cells)", "")
        case .group: (title, column) = ("By cohort", "group")
        case .dynamic: (title, column) = ("Event study (dynamic)", "e")
        case .calendar: (title, column) = ("By calendar period", "time")
        }
        var lines = [title, pad(["", "att", "std_error", "conf_low", "conf_high"]),
                     pad(["overall", fmt(overall.att), fmt(overall.standardError), fmt(overall.confLow), fmt(overall.confHigh)])]
        if !effects.isEmpty {
            lines.append("\(uniformBands ? "simultaneous" : "pointwise") intervals, critical value \(fmt(criticalValue))")
            lines.append(pad([column, "att", "std_error", "conf_low", "conf_high"]))
            for r in effects {
                let e = r.estimate
                lines.append(pad(["\(r.index)", fmt(e.att), fmt(e.standardError), fmt(e.confLow), fmt(e.confHigh)]))
            }
        }
        return lines.joined(separator: "\n") + "\n"
    }
}

extension KeyedEncodingContainer {
    /// Encodes finite numbers, or null for NaN/∞ (R's NA), pairwise under `keys`.
    mutating func encodeDiDNumbers(_ values: [Double], forKeys keys: [Key]) throws {
        for (x, key) in zip(values, keys) {
            if x.isFinite { try encode(x, forKey: key) } else { try encodeNil(forKey: key) }
        }
    }
}
