/// A panel in long form for difference-in-differences: one entry per (unit, period) observation.
///
/// This is the plain input of `CallawaySantAnna` and `TWFEEventStudy`; any table reader can fill
/// it. Cohorts follow R did's `gname` convention: the first period in which the unit is treated
/// (staggered, absorbing adoption), and `nil` or `0` for never treated.
public struct PanelData: Sendable, Equatable {
    /// Unit identifier of each observation.
    public var unit: [String]
    /// Period of each observation (e.g. a year); periods need not be consecutive integers.
    public var time: [Int]
    /// First treated period of the observation's unit (`nil` or `0` = never treated).
    /// Must be the same in every period of a unit.
    public var cohort: [Int?]
    /// Outcome of each observation.
    public var outcome: [Double]
    /// Optional cluster of each observation's unit (time-invariant, coarser than units), used for
    /// clustered standard errors and the clustered multiplier bootstrap. `nil`: cluster by unit.
    public var cluster: [String]?
    /// Optional covariates by name (one value per observation), for `CallawaySantAnna.covariates`
    /// (outcome regression; each comparison uses the values of its base period).
    public var covariates: [String: [Double]]
    /// Optional sampling weights per observation (R did's `weightsname`), finite and ≥ 0 with a positive
    /// mean; constant within a unit on a balanced panel. `nil`: every observation weighs 1.
    public var weights: [Double]?
    /// Name of the input column the weights came from, if any: errors about a weight point there.
    public var weightsColumn: String?

    /// Creates a long-form panel. Shapes are checked by the estimators (`DiDError` on mismatch).
    /// - Parameters:
    ///   - unit: unit id per observation.
    ///   - time: period per observation.
    ///   - cohort: first treated period per observation (`nil`/0 = never treated).
    ///   - outcome: outcome per observation.
    ///   - cluster: optional time-invariant cluster per observation.
    ///   - covariates: optional covariates per observation, by name.
    ///   - weights: optional sampling weights per observation.
    public init(unit: [String], time: [Int], cohort: [Int?], outcome: [Double],
                cluster: [String]? = nil, covariates: [String: [Double]] = [:], weights: [Double]? = nil) {
        self.unit = unit
        self.time = time
        self.cohort = cohort
        self.outcome = outcome
        self.cluster = cluster
        self.covariates = covariates
        self.weights = weights
    }

    /// Number of observations (rows).
    public var count: Int { outcome.count }
}
