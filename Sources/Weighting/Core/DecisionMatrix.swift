import Linalg

/// A decision matrix: rows are alternatives (e.g. stations), columns are criteria (indicators),
/// each criterion a benefit or a cost.
///
/// Values are stored column-major in a `Matrix` (`values[i, j]` = alternative i on criterion j), so the
/// column operations that every weighting method does are contiguous.
public struct DecisionMatrix: Sendable, Equatable {
    /// Alternative ids, one per row.
    public let alternatives: [String]
    /// Criterion names, one per column.
    public let criteria: [String]
    /// The m × n values.
    public let values: Matrix
    /// The direction of each criterion.
    public let directions: [CriterionDirection]

    /// - Parameters:
    ///   - alternatives: m row ids.
    ///   - criteria: n column names (unique).
    ///   - values: m × n finite values.
    ///   - directions: n directions; defaults to all benefit.
    /// - Throws: `WeightingError.dimensionMismatch` on size disagreement or duplicate names,
    ///   `.invalidInput` on a non-finite value or an empty matrix.
    public init(alternatives: [String], criteria: [String], values: Matrix,
                directions: [CriterionDirection]? = nil) throws {
        let dirs = directions ?? Array(repeating: .benefit, count: criteria.count)
        guard values.rows == alternatives.count, values.columns == criteria.count, dirs.count == criteria.count else {
            throw WeightingError.dimensionMismatch(
                "decision matrix is \(values.rows)×\(values.columns) but has \(alternatives.count) alternatives, "
                    + "\(criteria.count) criteria and \(dirs.count) directions")
        }
        guard values.rows > 0, values.columns > 0 else {
            throw WeightingError.invalidInput("decision matrix is empty")
        }
        guard Set(criteria).count == criteria.count else {
            throw WeightingError.dimensionMismatch("criterion names are not unique: \(criteria)")
        }
        for j in 0..<values.columns {
            for i in 0..<values.rows where !values[i, j].isFinite {
                throw WeightingError.invalidInput(
                    "value of '\(alternatives[i])' on '\(criteria[j])' is not finite (\(values[i, j]))")
            }
        }
        self.alternatives = alternatives
        self.criteria = criteria
        self.values = values
        self.directions = dirs
    }

    /// Convenience: from row arrays (as one writes a table on paper).
    public init(alternatives: [String]? = nil, criteria: [String]? = nil, rows: [[Double]],
                directions: [CriterionDirection]? = nil) throws {
        let n = rows.first?.count ?? 0
        let m = try Matrix(rows)
        try self.init(alternatives: alternatives ?? (0..<rows.count).map { "A\($0 + 1)" },
                      criteria: criteria ?? (0..<n).map { "C\($0 + 1)" }, values: m, directions: directions)
    }

    /// Number of alternatives (m).
    public var alternativeCount: Int { values.rows }
    /// Number of criteria (n).
    public var criterionCount: Int { values.columns }

    /// The same matrix with the given criteria marked as costs (others benefit).
    /// - Throws: `WeightingError.dimensionMismatch` naming an unknown criterion.
    public func withCosts(_ costs: [String]) throws -> DecisionMatrix {
        let known = Set(criteria)
        if let bad = costs.first(where: { !known.contains($0) }) {
            throw WeightingError.dimensionMismatch("unknown cost criterion '\(bad)'; criteria are \(criteria)")
        }
        let set = Set(costs)
        return try DecisionMatrix(alternatives: alternatives, criteria: criteria, values: values,
                                  directions: criteria.map { set.contains($0) ? .cost : .benefit })
    }

    /// The weights vector for this matrix's criteria, taken by name from a `WeightVector`.
    /// - Throws: `WeightingError.dimensionMismatch` when a criterion has no weight.
    public func aligned(_ weights: WeightVector) throws -> [Double] { try weights.aligned(to: criteria) }
}
