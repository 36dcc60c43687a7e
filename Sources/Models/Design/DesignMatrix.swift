import Linalg

/// A formula evaluated on data: the response vector, the design matrix with statsmodels' column names,
/// and which rows were used.
///
/// Rows with a missing value (NaN, empty/NA text) in any column the model reads — response, terms,
/// absorbed effects and the `extraColumns` (weights, clusters) — are dropped and counted, as statsmodels
/// does with `missing="drop"` and R with `na.omit`. A transformation that is undefined or infinite on a row
/// (`log(0)`, `sqrt(-1)`) also drops that row. Categorical levels are taken from the rows kept.
public struct DesignMatrix: Sendable {
    /// The column coding, reusable for new data.
    public let specification: DesignSpecification
    /// The n × p design matrix (kept rows only).
    public let x: Matrix
    /// The response on the kept rows.
    public let y: [Double]
    /// Indices (into the frame) of the kept rows, ascending.
    public let rows: [Int]
    /// How many rows were dropped for missing values.
    public let droppedRowCount: Int

    /// Column names, as statsmodels prints them.
    public var columnNames: [String] { specification.columnNames }

    /// Evaluates `formula` on `frame`.
    /// - Parameters:
    ///   - formula: the parsed formula.
    ///   - frame: the data.
    ///   - extraColumns: further columns whose missing values also drop a row (weights, cluster ids).
    /// - Throws: `ModelError.unknownColumn` for a column not in the frame; `ModelError.invalidData` for a
    ///   text response, a transformed text column, or when no row is complete.
    /// - Complexity: O(n × p).
    public init(formula: Formula, frame: ModelFrame, extraColumns: [String] = []) throws {
        let needed = formula.columns + extraColumns.filter { !formula.columns.contains($0) }
        for c in needed where !frame.contains(c) {
            throw ModelError.unknownColumn(c, available: frame.columnNames)
        }
        guard let yColumn = frame.numeric[formula.response.column] else {
            throw ModelError.invalidData("the response '\(formula.response.column)' must be numeric, but it holds text")
        }
        // Numeric factors whose transformed value must be finite.
        var transformed: [(values: [Double], transform: Factor.Transform)] = []
        for f in formula.terms.flatMap(\.factors) where !f.isExplicitlyCategorical {
            if let v = frame.numeric[f.column], f.transform != .identity { transformed.append((v, f.transform)) }
        }
        var rows: [Int] = []
        rows.reserveCapacity(frame.rowCount)
        // Resolve the columns once (not a dictionary lookup by name per row and column).
        let numericNeeded = needed.compactMap { frame.numeric[$0] }
        let textNeeded = needed.compactMap { frame.text[$0] }
        rowLoop: for i in 0..<frame.rowCount {
            for v in numericNeeded where v[i].isNaN { continue rowLoop }
            for t in textNeeded where t[i] == nil { continue rowLoop }
            guard formula.response.transform.apply(yColumn[i]).isFinite else { continue }
            for t in transformed where !t.transform.apply(t.values[i]).isFinite { continue rowLoop }
            rows.append(i)
        }
        guard !rows.isEmpty else {
            throw ModelError.invalidData(
                "no complete rows: each of the \(frame.rowCount) rows has a missing or undefined value in one of "
                    + needed.joined(separator: ", "))
        }
        let spec = try DesignSpecification(formula: formula, frame: frame, rows: rows)
        self.specification = spec
        self.x = try spec.matrix(frame, rows: rows)
        self.y = rows.map { formula.response.transform.apply(yColumn[$0]) }
        self.rows = rows
        self.droppedRowCount = frame.rowCount - rows.count
    }
}
