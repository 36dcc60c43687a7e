/// An aggregate function over the non-missing values of a group.
public enum AggregateFunction: String, Sendable, CaseIterable {
    /// Σx (0 for an empty group).
    case sum
    /// Σx / n (NaN for an empty group).
    case mean
    /// n, the number of non-missing values.
    case count
    /// min x (NaN for an empty group).
    case min
    /// max x (NaN for an empty group).
    case max
}

/// One aggregate column of a group-by: `function` applied to `column`, named `name`.
public struct Aggregation: Sendable {
    public var column: String
    public var function: AggregateFunction
    public var name: String

    /// - Parameter name: the result column's name; default `<function>_<column>`.
    public init(_ function: AggregateFunction, _ column: String, as name: String? = nil) {
        self.column = column
        self.function = function
        self.name = name ?? "\(function.rawValue)_\(column)"
    }
}

extension Table {
    /// Row keys that compare equal exactly when the rows' values in `names` are equal.
    /// Text compares by value (not by dictionary code), numbers by value; missing is its own key.
    func rowKeys(_ names: [String]) throws -> [String] {
        let cols = try names.map { try column($0) }
        return (0..<rowCount).map { r in
            cols.map { $0.isMissing(r) ? "\u{0}" : $0.text(r) }.joined(separator: "\u{1F}")
        }
    }

    /// Groups rows by the values of `keys` and aggregates; one output row per group, in order of
    /// first appearance, with the key columns first. Missing values are skipped by every
    /// function (SQL semantics); a missing key forms its own group. O(rows × (keys + aggregations)).
    /// - Throws: `DataError` for an unknown column or a text column given to a numeric function
    ///   (`count` accepts any column).
    public func grouped(by keys: [String], _ aggregations: [Aggregation]) throws -> Table {
        let rk = try rowKeys(keys)
        var groupOf: [String: Int] = [:]
        var firstRow: [Int] = []
        var group = [Int](repeating: 0, count: rowCount)
        for r in 0..<rowCount {
            if let g = groupOf[rk[r]] {
                group[r] = g
            } else {
                groupOf[rk[r]] = firstRow.count
                group[r] = firstRow.count
                firstRow.append(r)
            }
        }
        var out = try selecting(keys).rows(firstRow)
        let ng = firstRow.count
        for a in aggregations {
            let col = try column(a.column)
            if a.function == .count {
                var n = [Int](repeating: 0, count: ng)
                for r in 0..<rowCount where !col.isMissing(r) { n[group[r]] += 1 }
                try out.append(a.name, .int(n))
                continue
            }
            guard let x = col.doubles else { throw problem("column '\(a.column)' is text; cannot take its \(a.function)") }
            var acc = [Double](repeating: a.function == .min ? .infinity : (a.function == .max ? -.infinity : 0), count: ng)
            var n = [Int](repeating: 0, count: ng)
            for r in 0..<rowCount where !x[r].isNaN {
                let g = group[r]
                n[g] += 1
                switch a.function {
                case .sum, .mean: acc[g] += x[r]
                case .min: acc[g] = Swift.min(acc[g], x[r])
                case .max: acc[g] = Swift.max(acc[g], x[r])
                case .count: break
                }
            }
            for g in 0..<ng {
                switch a.function {
                case .mean: acc[g] = n[g] == 0 ? .nan : acc[g] / Double(n[g])
                case .min, .max: if n[g] == 0 { acc[g] = .nan }
                case .sum, .count: break
                }
            }
            try out.append(a.name, .double(acc))
        }
        return out
    }

    /// The rows sorted by `names` (ascending, stable): numbers numerically, text by Unicode
    /// order, missing last.
    public func sorted(by names: [String]) throws -> Table {
        let cols = try names.map { try column($0) }
        func less(_ a: Int, _ b: Int) -> Bool {
            for c in cols {
                let ma = c.isMissing(a), mb = c.isMissing(b)
                if ma != mb { return mb }
                if ma { continue }
                switch c {
                case .int(let v): if v[a] != v[b] { return v[a] < v[b] }
                case .double(let v): if v[a] != v[b] { return v[a] < v[b] }
                case .string(let s):
                    if s.codes[a] != s.codes[b], let x = s[a], let y = s[b] { return x < y }
                }
            }
            return a < b
        }
        return rows(Array(0..<rowCount).sorted(by: less))
    }
}
