/// Fits a diffusion curve (`DiffusionCurve`) to coverage over time, pooled or per group, by
/// Levenberg–Marquardt least squares.
///
/// ```swift
/// let fits = try CoverageCurveModel(curve: .logistic).fit(time: years, coverage: share, groups: districts)
/// let when = try fits[0].timeToTarget(0.95)
/// ```
/// Rows with a NaN time or coverage (or a nil group) are skipped. Reference: see `CoverageCurveFit`.
public struct CoverageCurveModel: Sendable, Hashable, Codable {
    /// The curve.
    public var curve: DiffusionCurve
    /// Bass time origin (nil: one year before each group's first observation).
    public var origin: Double?

    /// Creates a model.
    public init(curve: DiffusionCurve, origin: Double? = nil) {
        self.curve = curve
        self.origin = origin
    }

    /// Fits one curve per group (sorted by label), or one pooled curve when `groups` is nil.
    /// - Throws: `ModelError.invalidData` when the columns differ in length; `ModelError.tooFewObservations`
    ///   when a group has no more rows than parameters; `ModelError.iterationLimit`; `LinalgError` when the
    ///   Jacobian is rank-deficient at the solution (e.g. a curve that cannot be identified from the data).
    /// - Complexity: O(groups · iterations · n).
    public func fit(time: [Double], coverage: [Double], groups: [String?]? = nil) throws -> [CoverageCurveFit] {
        guard time.count == coverage.count, groups.map({ $0.count == time.count }) ?? true else {
            throw ModelError.invalidData("time, coverage and group columns must have the same length")
        }
        var byGroup: [String?: [(Double, Double)]] = [:]
        for i in time.indices where !time[i].isNaN && !coverage[i].isNaN {
            if let groups {
                guard let g = groups[i] else { continue }
                byGroup[g, default: []].append((time[i], coverage[i]))
            } else {
                byGroup[nil, default: []].append((time[i], coverage[i]))
            }
        }
        return try byGroup.keys.sorted { ($0 ?? "") < ($1 ?? "") }.map { key in
            let rows = (byGroup[key] ?? []).sorted { $0.0 < $1.0 }
            let t = rows.map(\.0), c = rows.map(\.1)
            return try CoverageCurveFit(curve: curve, group: key, time: t, coverage: c, origin: origin ?? ((t.first ?? 1) - 1))
        }
    }
}
