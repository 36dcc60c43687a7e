import Linalg

/// How a formula turns data rows into design-matrix columns: the column list with names, fixed once at
/// fit time (levels included) so that new data for prediction is coded identically.
public struct DesignSpecification: Sendable, Codable, Hashable {
    /// The formula.
    public let formula: Formula
    /// The design columns in order (statsmodels/patsy order).
    public let columns: [DesignColumn]
    /// Levels of each categorical column, sorted; the first is the reference level.
    public let levels: [String: [String]]

    /// Column names, as statsmodels prints them.
    public var columnNames: [String] { columns.map(\.name) }

    /// Index of the intercept column, if any.
    public var interceptIndex: Int? { columns.firstIndex { $0.parts.isEmpty } }

    /// Builds the spec of `formula` on `frame`, using only the listed rows to find categorical levels.
    /// - Throws: `ModelError.unknownColumn`, `ModelError.invalidData` (a transform of a text column).
    init(formula: Formula, frame: ModelFrame, rows: [Int]) throws {
        func isNumeric(_ f: Factor) -> Bool { !f.isExplicitlyCategorical && frame.numeric[f.column] != nil }
        var levels: [String: [String]] = [:]
        for t in formula.terms {
            for f in t.factors where !isNumeric(f) {
                if f.transform != .identity {
                    throw ModelError.invalidData("\(f.name) needs a numeric column, but '\(f.column)' holds text")
                }
                if levels[f.column] == nil {
                    levels[f.column] = CategoricalLevels.sortedLevels(frame, f.column, rows: rows)
                }
            }
        }
        var allTerms = formula.terms
        if formula.hasIntercept { allTerms.insert(Term([]), at: 0) }
        var columns: [DesignColumn] = []
        for bucket in RedundancyCoding.orderedBuckets(allTerms, isNumeric: isNumeric) {
            var used = Set<RedundancyCoding.Subterm>()
            for term in bucket {
                for coding in RedundancyCoding.codings(for: term, isNumeric: isNumeric, used: &used) {
                    columns += DesignSpecification.columns(of: term, coding: coding, levels: levels, isNumeric: isNumeric)
                }
            }
        }
        self.formula = formula
        self.columns = columns
        self.levels = levels
    }

    /// The columns of one subterm: factors in the term's order, the left-most varying fastest (patsy, R).
    static func columns(of term: Term, coding: [Factor: Bool], levels: [String: [String]],
                        isNumeric: (Factor) -> Bool) -> [DesignColumn] {
        // Each factor present in the subterm: its list of (name piece, part).
        var pieces: [[(String, DesignColumn.Part)]] = []
        for f in term.factors {
            if isNumeric(f) {
                pieces.append([(f.name, .numeric(column: f.column, transform: f.transform))])
            } else if let full = coding[f] {
                let lv = levels[f.column] ?? []
                let used = full ? lv : Array(lv.dropFirst())
                pieces.append(used.map { level in
                    (full ? "\(f.name)[\(level)]" : "\(f.name)[T.\(level)]", .indicator(column: f.column, level: level))
                })
            }
        }
        guard !pieces.isEmpty else { return [DesignColumn(name: "Intercept", parts: [])] }
        var combos: [[(String, DesignColumn.Part)]] = [[]]
        for p in pieces {
            // New factor varies slowest: outer loop over its items.
            combos = p.flatMap { item in combos.map { $0 + [item] } }
        }
        return combos.map { c in DesignColumn(name: c.map(\.0).joined(separator: ":"), parts: c.map(\.1)) }
    }

    /// Evaluates the design columns on the given rows of `frame` (rows must be complete).
    /// - Throws: `ModelError.unknownColumn` when `frame` lacks a column; `ModelError.unseenLevel`.
    /// - Complexity: O(rows × columns × parts).
    func matrix(_ frame: ModelFrame, rows: [Int]) throws -> Matrix {
        let n = rows.count
        var storage = [Double](repeating: 1, count: n * columns.count)
        for (j, col) in columns.enumerated() {
            for part in col.parts {
                switch part {
                case .numeric(let name, let transform):
                    guard let v = frame.numeric[name] else {
                        throw ModelError.unknownColumn(name, available: frame.columnNames)
                    }
                    for (r, i) in rows.enumerated() { storage[r + j * n] *= transform.apply(v[i]) }
                case .indicator(let name, let level):
                    guard frame.contains(name) else { throw ModelError.unknownColumn(name, available: frame.columnNames) }
                    let known = Set(levels[name] ?? [])
                    for (r, i) in rows.enumerated() {
                        let label = CategoricalLevels.label(frame, name, row: i)
                        if let label, !known.contains(label) { throw ModelError.unseenLevel(column: name, level: label) }
                        storage[r + j * n] *= (label == level ? 1 : 0)
                    }
                }
            }
        }
        return try Matrix(rows: n, columns: columns.count, columnMajor: storage)
    }

    /// The rows of new data that can be predicted (no missing value in a term column), and their design
    /// restricted to the estimated columns `kept`.
    /// - Throws: `ModelError.unknownColumn` when a term column is absent; `ModelError.unseenLevel`.
    func predictionDesign(_ frame: ModelFrame, kept: [Int]) throws -> (rows: [Int], x: Matrix) {
        let termColumns = Set(formula.terms.flatMap { $0.factors.map(\.column) })
        for c in termColumns where !frame.contains(c) { throw ModelError.unknownColumn(c, available: frame.columnNames) }
        let complete = (0..<frame.rowCount).filter { i in !termColumns.contains { frame.isMissing($0, row: i) } }
        let x = try matrix(frame, rows: complete)
        return (complete, try Matrix(rows: x.rows, columns: kept.count, columnMajor: kept.flatMap { x.column($0) }))
    }
}
