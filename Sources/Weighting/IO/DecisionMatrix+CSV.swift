import Data
import Linalg

extension DecisionMatrix {
    /// Reads a decision matrix from CSV: a header row, one row per alternative, one id column (the first, or
    /// `idColumn`), and every other column a numeric criterion.
    /// - Parameters:
    ///   - path: CSV file.
    ///   - idColumn: name of the alternative-id column; default the first column.
    ///   - costs: names of cost criteria (others are benefits).
    ///   - only: when given, keep just these criteria (in this order).
    /// - Throws: `DataError` with file:line:column for a missing/empty file, a ragged row, a non-numeric cell,
    ///   an unknown column; `WeightingError` for duplicate names.
    public static func read(csv path: String, idColumn: String? = nil, costs: [String] = [],
                            only: [String]? = nil) throws -> DecisionMatrix {
        let csv = try DelimitedText(contentsOf: path)
        guard let header = csv.rows.first, header.count >= 2, csv.rows.count >= 2 else {
            throw DataError(at: SourceLocation(file: path, line: 1),
                            "a decision matrix needs a header, an id column, at least one criterion and one row")
        }
        let names = header.map { $0.text.trimmingCharacters(in: .whitespaces) }
        var idIndex = 0
        if let idColumn {
            guard let k = names.firstIndex(of: idColumn) else {
                throw DataError(at: SourceLocation(file: path, line: 1), "no id column '\(idColumn)' in \(names)")
            }
            idIndex = k
        }
        var columnIndices = names.indices.filter { $0 != idIndex }
        if let only {
            columnIndices = try only.map { c in
                guard let k = names.firstIndex(of: c), k != idIndex else {
                    throw DataError(at: SourceLocation(file: path, line: 1), "no criterion column '\(c)'")
                }
                return k
            }
        }
        for c in costs where !columnIndices.contains(where: { names[$0] == c }) {
            throw DataError(at: SourceLocation(file: path, line: 1), "--cost names unknown criterion '\(c)'")
        }
        let body = csv.rows.dropFirst()
        var values = Matrix(rows: body.count, columns: columnIndices.count)
        var ids: [String] = []
        for (i, row) in body.enumerated() {
            guard row.count == header.count else {
                throw DataError(at: csv.location(row[0]), "row has \(row.count) cells, header has \(header.count)")
            }
            ids.append(row[idIndex].text)
            for (j, k) in columnIndices.enumerated() {
                values[i, j] = try csv.number(row[k], what: "criterion '\(names[k])'")
            }
        }
        let criteria = columnIndices.map { names[$0] }
        let costSet = Set(costs)
        return try DecisionMatrix(alternatives: ids, criteria: criteria, values: values,
                                  directions: criteria.map { costSet.contains($0) ? .cost : .benefit })
    }
}

extension GradeScale {
    /// Reads grades.csv (columns grade, min_score, label; the bundle format of BUNDLE.md).
    /// - Throws: `DataError` at the offending cell, or `WeightingError` for bad thresholds.
    public static func read(csv path: String) throws -> GradeScale {
        let csv = try DelimitedText(contentsOf: path)
        guard let header = csv.rows.first else {
            throw DataError(at: SourceLocation(file: path, line: 1), "grades file is empty")
        }
        let names = header.map { $0.text.trimmingCharacters(in: .whitespaces) }
        guard let g = names.firstIndex(of: "grade"), let s = names.firstIndex(of: "min_score") else {
            throw DataError(at: SourceLocation(file: path, line: 1), "grades file needs columns grade, min_score (and label)")
        }
        let l = names.firstIndex(of: "label")
        let grades = try csv.rows.dropFirst().map { row -> Grade in
            guard row.count == header.count else {
                throw DataError(at: csv.location(row[0]), "row has \(row.count) cells, header has \(header.count)")
            }
            return Grade(id: row[g].text, minScore: try csv.number(row[s], what: "min_score"),
                         label: l.map { row[$0].text } ?? row[g].text)
        }
        return try GradeScale(grades)
    }
}
