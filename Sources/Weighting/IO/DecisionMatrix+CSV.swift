import Data
import Linalg

extension DecisionMatrix {
    /// Reads a decision matrix from CSV: a header row, one row per alternative, one id column (the first, or
    /// `idColumn`; its header cell may be empty), and every other column a numeric criterion.
    /// - Parameters:
    ///   - path: CSV file.
    ///   - idColumn: name of the alternative-id column; default the first column.
    ///   - costs: names of cost criteria (others are benefits).
    ///   - only: when given, keep just these criteria (in this order).
    ///   - options: how to read the file (CSV encoding and delimiter, or the sheet of an .xlsx workbook).
    /// - Throws: `DataError` with file:line:column for a missing/empty file, a ragged row, a non-numeric cell,
    ///   an unknown column (read by Data's `CSVReader`); `WeightingError` for duplicate names.
    public static func read(csv path: String, idColumn: String? = nil, costs: [String] = [],
                            only: [String]? = nil, options: CSVReadOptions = .init()) throws -> DecisionMatrix {
        // An empty top-left cell is what pandas' `to_csv()` writes for an index column.
        let csv = try CSVCells(contentsOf: path, emptyCorner: true, options: options)
        let names = csv.names
        guard names.count >= 2, csv.rowCount >= 1 else {
            throw DataError(at: csv.headerLocation,
                            "a decision matrix needs a header, an id column, at least one criterion and one row")
        }
        var idIndex = 0
        if let idColumn {
            guard let k = names.firstIndex(of: idColumn) else {
                throw DataError(at: csv.headerLocation, "no id column '\(idColumn)' in \(names)")
            }
            idIndex = k
        }
        var columnIndices = names.indices.filter { $0 != idIndex }
        if let only {
            columnIndices = try only.map { c in
                guard let k = names.firstIndex(of: c), k != idIndex else {
                    throw DataError(at: csv.headerLocation, "no criterion column '\(c)'")
                }
                return k
            }
        }
        for c in costs where !columnIndices.contains(where: { names[$0] == c }) {
            throw DataError(at: csv.headerLocation, "--cost names unknown criterion '\(c)'")
        }
        var values = Matrix(rows: csv.rowCount, columns: columnIndices.count)
        var ids: [String] = []
        for i in 0..<csv.rowCount {
            ids.append(csv.text(row: i, column: idIndex))
            for (j, k) in columnIndices.enumerated() {
                values[i, j] = try csv.number(row: i, column: k, what: "criterion '\(names[k])'")
            }
        }
        let criteria = columnIndices.map { names[$0] }
        let costSet = Set(costs)
        return try DecisionMatrix(alternatives: ids, criteria: criteria, values: values,
                                  directions: criteria.map { costSet.contains($0) ? .cost : .benefit })
    }
}

extension DecisionMatrix {
    /// A `WeightingError` about one criterion (`.constantColumn`) located at that criterion's header cell in the
    /// decision-matrix CSV it came from, as a `DataError` (`error: FILE:1:COL: criterion 'x' is constant …`);
    /// any other error, or a file that no longer reads, is returned unchanged.
    /// - Parameters:
    ///   - error: the error a weighting or scoring method threw on the matrix read from `path`.
    ///   - path: the CSV file of the matrix.
    /// - Returns: the located error, or `error`.
    public static func located(_ error: Error, csv path: String) -> Error {
        guard case .constantColumn(let criterion)? = error as? WeightingError,
              let csv = try? CSVCells(contentsOf: path, emptyCorner: true),
              let k = csv.names.firstIndex(of: criterion) else { return error }
        return DataError(at: csv.file.headerLocation(column: k), "\(error)")
    }
}

extension GradeScale {
    /// Reads grades.csv (columns grade, min_score, label; the bundle format of BUNDLE.md).
    /// - Parameters:
    ///   - path: the CSV (or .xlsx) file.
    ///   - options: CSV encoding and delimiter, or the sheet of an .xlsx workbook.
    /// - Throws: `DataError` at the offending cell, or `WeightingError` for bad thresholds.
    public static func read(csv path: String, options: CSVReadOptions = .init()) throws -> GradeScale {
        let csv = try CSVCells(contentsOf: path, options: options)
        let names = csv.names
        guard let g = names.firstIndex(of: "grade"), let s = names.firstIndex(of: "min_score") else {
            throw DataError(at: csv.headerLocation, "grades file needs columns grade, min_score (and label)")
        }
        let l = names.firstIndex(of: "label")
        let grades = try (0..<csv.rowCount).map { i -> Grade in
            Grade(id: csv.text(row: i, column: g), minScore: try csv.number(row: i, column: s, what: "min_score"),
                  label: l.map { csv.text(row: i, column: $0) } ?? csv.text(row: i, column: g))
        }
        return try GradeScale(grades)
    }
}
