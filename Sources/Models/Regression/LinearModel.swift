import Linalg

/// A linear regression specification: ordinary (OLS) or weighted (WLS) least squares on a formula.
///
/// ```swift
/// let model = LinearModel(formula: try Formula("invest ~ value + capital"), covariance: .cluster(["firm"]))
/// let result = try model.fit(frame)
/// print(result.summary())
/// ```
/// WLS minimises Σ wᵢ(yᵢ − xᵢᵀβ)² (weights are inverse variances, statsmodels `WLS`/R `lm(weights=)`).
/// The fit uses column-pivoted QR; perfectly collinear columns are dropped and reported (R's `NA`).
/// Reference: statsmodels `OLS`/`WLS` and `RegressionResults` (0.15.0), whose numbers the tests reproduce.
public struct LinearModel: Sendable, Hashable, Codable {
    /// The model formula. Fixed effects after `|` are absorbed by the within transformation
    /// (`AbsorbedFixedEffects`); their degrees of freedom, the default t distribution and the clustered
    /// small-sample K then follow fixest/pyfixest.
    public var formula: Formula
    /// Column of positive weights for WLS; nil for OLS.
    public var weights: String?
    /// How coefficient covariances are estimated.
    public var covariance: CovarianceType
    /// t (true) or normal (false) reference distribution; nil = statsmodels' default (t for classical,
    /// normal for robust covariances). See `ReferenceDistribution`.
    public var useT: Bool?
    /// Confidence level of coefficient and prediction intervals, in (0, 1).
    public var confidenceLevel: Double

    /// Creates a specification.
    public init(formula: Formula, weights: String? = nil, covariance: CovarianceType = .classical,
                useT: Bool? = nil, confidenceLevel: Double = 0.95) {
        self.formula = formula
        self.weights = weights
        self.covariance = covariance
        self.useT = useT
        self.confidenceLevel = confidenceLevel
    }

    /// `OLS` or `WLS`.
    public var name: String { weights == nil ? "OLS" : "WLS" }

    /// Fits the model to `frame`.
    /// - Returns: the immutable result with estimates, inference and fit statistics.
    /// - Throws: `FormulaError`/`ModelError` for unusable data (unknown column, text response, non-positive
    ///   weights, too few complete rows, fewer than 2 clusters); `ModelError.unsupported` for more than two
    ///   cluster columns or HC2/HC3 with absorbed effects; `LinalgError` from the factorization.
    /// - Complexity: O(n p²) (plus O(n p³) when collinear columns must be identified).
    public func fit(_ frame: ModelFrame) throws -> LinearRegressionResult {
        try ModelSpecificationChecks.validate(formula: formula, covariance: covariance, confidenceLevel: confidenceLevel,
                                              allowAbsorbed: true)
        let absorbing = !formula.absorbedEffects.isEmpty
        if absorbing, covariance == .hc2 || covariance == .hc3 {
            throw ModelError.unsupported("HC2/HC3 need the leverage of the absorbed effects; use hc0, hc1 or --cluster with '|'")
        }
        let clusters = covariance.clusterColumns
        let design = try DesignMatrix(formula: formula, frame: frame, extraColumns: (weights.map { [$0] } ?? []) + clusters)
        var w: [Double]?
        if let weights {
            guard let column = frame.numeric[weights] else {
                throw ModelError.invalidData("the weights column '\(weights)' must be numeric")
            }
            w = design.rows.map { column[$0] }
        }
        let absorbed = absorbing ? AbsorbedFixedEffects(frame: frame, columns: formula.absorbedEffects, rows: design.rows) : nil
        // A cluster column that is also an absorbed effect (clustering by the unit) reuses its level indices.
        let groups = clusters.map { c in
            absorbed.flatMap { a in a.columns.firstIndex(of: c).map { a.groups[$0] } }
                ?? LinearModel.groupIndices(frame, c, rows: design.rows)
        }
        return try LinearRegressionResult(model: self, design: design, weights: w, clusterGroups: groups, absorbed: absorbed)
    }

    /// Dense 0..<G indices of the cluster labels on the given rows.
    static func groupIndices(_ frame: ModelFrame, _ column: String, rows: [Int]) -> [Int] {
        // Levels in order of first appearance, keyed by value (numbers as their level label would be: 2.0 and
        // 2 are one level, and -0.0 equals 0.0 as a Double key too); missing cells fall into one extra level.
        func indices<Key: Hashable>(_ key: (Int) -> Key) -> [Int] {
            var index: [Key: Int] = [:]
            index.reserveCapacity(min(rows.count, 1 << 16))
            return rows.map { i in
                let k = key(i)
                if let found = index[k] { return found }
                index[k] = index.count
                return index.count - 1
            }
        }
        if let v = frame.numeric[column] {
            return indices { i -> UInt64 in v[i] == 0 ? 0 : v[i].isNaN ? Double.nan.bitPattern : v[i].bitPattern }
        }
        if let t = frame.text[column] { return indices { t[$0] ?? "" } }
        return rows.map { _ in 0 }
    }
}
