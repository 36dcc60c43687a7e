/// Levels of categorical columns: how a cell becomes a level label, and their sorted order.
///
/// Text levels sort by Unicode code points (Python's `sorted`, which patsy uses); levels of a numeric
/// column sort numerically and print integral values without a decimal point (`C(year)[T.2021]`).
enum CategoricalLevels {
    /// The level label of row `i` of `column`, or nil when missing.
    static func label(_ frame: ModelFrame, _ column: String, row i: Int) -> String? {
        if let t = frame.text[column] { return t[i] }
        if let v = frame.numeric[column], !v[i].isNaN { return format(v[i]) }
        return nil
    }

    /// A number as a level label: integral values without `.0`.
    static func format(_ v: Double) -> String {
        if v == v.rounded(), abs(v) < 1e15 { return String(Int64(v)) }
        return "\(v)"
    }

    /// The distinct levels of `column` among `rows`, sorted as patsy sorts them.
    static func sortedLevels(_ frame: ModelFrame, _ column: String, rows: [Int]) -> [String] {
        if let v = frame.numeric[column] {
            let values = Set(rows.map { v[$0] }.filter { !$0.isNaN })
            return values.sorted().map(format)
        }
        var seen = Set<String>()
        for i in rows { if let s = label(frame, column, row: i) { seen.insert(s) } }
        return seen.sorted { a, b in a.unicodeScalars.lexicographicallyPrecedes(b.unicodeScalars) { $0.value < $1.value } }
    }
}
