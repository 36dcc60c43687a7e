import Data
import Foundation
import Linalg

/// An AHP pairwise comparison matrix: a_ij = how much more important criterion i is than j (Saaty's 1–9
/// scale, reciprocals below the diagonal), validated positive and reciprocal.
public struct PairwiseComparisonMatrix: Sendable, Equatable {
    /// Criterion names, in row/column order.
    public let criteria: [String]
    /// The n × n judgments.
    public let values: Matrix

    /// Default reciprocity tolerance: |a_ij · a_ji − 1| ≤ 0.05 accepts judgments rounded to two decimals
    /// (0.33 for 1/3, 0.14 for 1/7, 0.17 for 1/6).
    public static let defaultReciprocityTolerance = 0.05

    /// - Parameters:
    ///   - criteria: n unique names.
    ///   - values: n × n positive judgments with a unit diagonal and a_ji = 1/a_ij (within tolerance).
    ///   - reciprocityTolerance: accepted |a_ij a_ji − 1| (and |a_ii − 1|).
    /// - Throws: `WeightingError.invalidInput` naming the first bad cell (row, column names).
    public init(criteria: [String], values: Matrix,
                reciprocityTolerance: Double = PairwiseComparisonMatrix.defaultReciprocityTolerance) throws {
        let n = criteria.count
        guard values.rows == n, values.columns == n, n > 0 else {
            throw WeightingError.dimensionMismatch(
                "pairwise matrix is \(values.rows)×\(values.columns) for \(n) criteria; it must be square and non-empty")
        }
        guard Set(criteria).count == n else {
            throw WeightingError.dimensionMismatch("criterion names are not unique: \(criteria)")
        }
        if let problem = Self.firstProblem(values, tolerance: reciprocityTolerance) {
            throw WeightingError.invalidInput(
                "pairwise matrix cell (\(criteria[problem.i]), \(criteria[problem.j])): \(problem.message)")
        }
        self.criteria = criteria
        self.values = values
    }

    /// Convenience from row arrays.
    public init(criteria: [String]? = nil, rows: [[Double]],
                reciprocityTolerance: Double = PairwiseComparisonMatrix.defaultReciprocityTolerance) throws {
        try self.init(criteria: criteria ?? (0..<rows.count).map { "C\($0 + 1)" }, values: Matrix(rows),
                      reciprocityTolerance: reciprocityTolerance)
    }

    /// Size n.
    public var count: Int { criteria.count }

    /// The first positivity / diagonal / reciprocity violation, scanning rows top to bottom (the cell reported
    /// is the later one in reading order, i.e. the lower-triangle cell for a reciprocity failure).
    static func firstProblem(_ a: Matrix, tolerance: Double) -> (i: Int, j: Int, message: String)? {
        let n = a.rows
        for i in 0..<n {
            for j in 0..<n {
                let v = a[i, j]
                guard v.isFinite, v > 0 else { return (i, j, "judgment \(v) must be a positive number") }
                if i == j {
                    if abs(v - 1) > tolerance { return (i, j, "diagonal judgment \(v) must be 1") }
                } else if j < i, abs(v * a[j, i] - 1) > tolerance {
                    return (i, j, "judgment \(v) is not the reciprocal of the mirrored judgment \(a[j, i]) "
                        + "(expected \(1 / a[j, i]); |a_ij·a_ji − 1| = \(abs(v * a[j, i] - 1)) > \(tolerance))")
                }
            }
        }
        return nil
    }

    /// Parses one judgment: an integer or decimal (`3`, `0.2`) or a fraction `p/q` (`1/5`).
    /// - Returns: nil when the text is not a number or fraction.
    public static func parseJudgment(_ text: String) -> Double? {
        let t = text.trimmingCharacters(in: .whitespaces)
        let parts = t.split(separator: "/", omittingEmptySubsequences: false)
        switch parts.count {
        case 1: return Double(t)
        case 2:
            guard let p = Double(parts[0].trimmingCharacters(in: .whitespaces)),
                  let q = Double(parts[1].trimmingCharacters(in: .whitespaces)), q != 0 else { return nil }
            return p / q
        default: return nil
        }
    }

    /// Reads a pairwise matrix from CSV: the header row and the first column hold the criterion names (same
    /// names in the same order; the top-left cell is free and may be empty), cells are judgments like `3`, `1/5`, `0.2`.
    /// - Parameters:
    ///   - path: the CSV (or .xlsx) file.
    ///   - reciprocityTolerance: largest relative gap between a cell and the reciprocal of its mirror.
    ///   - options: CSV encoding and delimiter, or the sheet of an .xlsx workbook.
    /// - Throws: `DataError` with file:line:column of the offending cell: not a number, not positive,
    ///   diagonal ≠ 1, not reciprocal to its mirror (within `reciprocityTolerance`), names that disagree.
    public static func read(csv path: String, reciprocityTolerance: Double = defaultReciprocityTolerance,
                            options: CSVReadOptions = .init()) throws -> PairwiseComparisonMatrix {
        let csv = try CSVCells(contentsOf: path, emptyCorner: true, options: options)
        guard csv.names.count >= 2 else {
            throw DataError(at: csv.headerLocation,
                            "a pairwise matrix needs a header row of criterion names after a corner cell")
        }
        let names = Array(csv.names.dropFirst())
        let n = names.count
        guard csv.rowCount == n else {
            throw DataError(at: SourceLocation(file: csv.file.path, line: csv.file.line(ofRow: csv.rowCount - 1)),
                            "pairwise matrix has \(n) criteria in the header but \(csv.rowCount) rows")
        }
        var a = Matrix(rows: n, columns: n)
        for i in 0..<n {
            let rowName = csv.text(row: i, column: 0).trimmingCharacters(in: .whitespaces)
            guard rowName == names[i] else {
                throw DataError(at: csv.location(row: i, column: 0),
                                "row \(i + 1) is named '\(rowName)' but column \(i + 1) is '\(names[i])'; "
                                    + "rows and columns must list the criteria in the same order")
            }
            for j in 0..<n {
                let cell = csv.text(row: i, column: j + 1)
                guard let v = parseJudgment(cell) else {
                    throw DataError(at: csv.location(row: i, column: j + 1),
                                    "judgment '\(cell)' is not a number or fraction like 1/5")
                }
                a[i, j] = v
            }
        }
        if let p = firstProblem(a, tolerance: reciprocityTolerance) {
            throw DataError(at: csv.location(row: p.i, column: p.j + 1),
                            "cell (\(names[p.i]), \(names[p.j])): \(p.message)")
        }
        return try PairwiseComparisonMatrix(criteria: names, values: a, reciprocityTolerance: reciprocityTolerance)
    }

    /// The same judgments with criteria reordered to `order` (a permutation of `criteria`).
    /// - Throws: `WeightingError.dimensionMismatch` when the names differ.
    public func reordered(to order: [String]) throws -> PairwiseComparisonMatrix {
        guard Set(order) == Set(criteria), order.count == criteria.count else {
            throw WeightingError.dimensionMismatch("pairwise matrices compare different criteria: \(criteria) vs \(order)")
        }
        let index = Dictionary(uniqueKeysWithValues: criteria.enumerated().map { ($1, $0) })
        let p = order.compactMap { index[$0] }
        var b = Matrix(rows: count, columns: count)
        for i in 0..<count { for j in 0..<count { b[i, j] = values[p[i], p[j]] } }
        return try PairwiseComparisonMatrix(criteria: order, values: b, reciprocityTolerance: .infinity)
    }
}
