extension RecordTable {
    init(columns: [String], rows: [[String]], path: String) {
        self.columns = columns
        self.rows = rows
        self.path = path
    }

    /// The rows whose cell in each condition's column equals one of its values (all conditions must hold).
    /// Cells compare as text, except that numbers compare by value (`0.5` matches `0.50`).
    /// - Parameter conditions: column name and accepted values, e.g. `("metric", ["coverage"])`.
    /// - Returns: the table with the other rows left out (columns unchanged).
    /// - Throws: `FigureError` for an unknown column. Complexity O(rows × conditions × values).
    public func filtered(where conditions: [(column: String, values: [String])]) throws -> RecordTable {
        let checks = try conditions.map { (index: try index($0.column), values: $0.values) }
        func matches(_ cell: String, _ value: String) -> Bool {
            if cell == value { return true }
            if let a = Double(cell), let b = Double(value) { return a == b }
            return false
        }
        let kept = rows.filter { row in checks.allSatisfy { c in c.values.contains { matches(row[c.index], $0) } } }
        return RecordTable(columns: columns, rows: kept, path: path)
    }

    /// Means of numeric columns per group: one entry per distinct value of `group` (order of first
    /// appearance), the arithmetic mean of each column over the group's rows, empty cells skipped
    /// (nil when a group has no value).
    /// - Parameters:
    ///   - group: the column whose values form the groups.
    ///   - columns: numeric columns to average.
    /// - Returns: group names and, per group, one mean per column.
    /// - Throws: as `texts`/`numbers` (a non-numeric cell is an error at its line).
    public func groupMeans(by group: String, columns: [String]) throws -> (names: [String], values: [[Double?]]) {
        let keys = try texts(group)
        let names = Self.distinct(keys)
        let slot = Dictionary(uniqueKeysWithValues: names.enumerated().map { ($1, $0) })
        let data = try columns.map { try numbers($0) }
        var sums = [[Double]](repeating: [Double](repeating: 0, count: columns.count), count: names.count)
        var counts = [[Int]](repeating: [Int](repeating: 0, count: columns.count), count: names.count)
        for (r, key) in keys.enumerated() {
            guard let g = slot[key] else { continue }
            for c in columns.indices { if let v = data[c][r] { sums[g][c] += v; counts[g][c] += 1 } }
        }
        let means = names.indices.map { g in columns.indices.map { c in counts[g][c] > 0 ? sums[g][c] / Double(counts[g][c]) : nil } }
        return (names, means)
    }
}
