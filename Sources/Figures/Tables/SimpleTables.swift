import Foundation

/// Descriptive and weight tables as `TextGrid`s.
public enum SimpleTables {
    /// A descriptive table (e.g. `stationkit describe --format csv`): every column, numbers rounded to `decimals`.
    /// - Parameters: table: the records; columns: the columns to keep (all when empty); decimals: for non-integers.
    /// - Throws: `FigureError` for an unknown column.
    public static func descriptive(_ table: RecordTable, columns: [String] = [], decimals: Int = 3) throws -> TextGrid {
        let keep = columns.isEmpty ? table.columns : columns
        let idx = try keep.map { try table.index($0) }
        let rows = table.rows.map { r in idx.map { i -> String in
            let s = r[i]
            guard let v = Double(s), s.contains(".") || s.contains("e") else { return s }
            return String(format: "%.\(decimals)f", v)
        } }
        return TextGrid(header: keep, rows: rows)
    }

    /// Weights of several methods side by side (criteria in the first file's order; missing pairs empty).
    /// - Parameters: inputs: parsed weight files; names: column headings (default each file's method).
    public static func weights(_ inputs: [WeightsInput], names: [String]? = nil, language: FigureLanguage = .en, decimals: Int = 4) -> TextGrid {
        var criteria: [String] = []
        for w in inputs { for c in w.criteria where !criteria.contains(c) { criteria.append(c) } }
        let heads = names ?? inputs.enumerated().map { $0.element.method.isEmpty ? "(\($0.offset + 1))" : $0.element.method }
        let rows = criteria.map { c in
            [c] + inputs.map { w in w.criteria.firstIndex(of: c).map { String(format: "%.\(decimals)f", w.weights[$0]) } ?? "" }
        }
        return TextGrid(header: [BuiltInLabel.criterion.text(language)] + heads, rows: rows)
    }
}
