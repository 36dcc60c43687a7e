/// How a join treats left rows without a match.
public enum JoinKind: String, Sendable {
    /// Only rows with a match on both sides.
    case inner
    /// Every left row; right columns missing where nothing matches.
    case left
}

extension Table {
    /// Joins `right` on equal values of the `on` columns (hash join: O(left + right + output)).
    ///
    /// The result has the left columns, then the right columns other than the keys; a right
    /// column whose name is taken gets `suffix`. Left rows keep their order; each left row is
    /// repeated once per matching right row (in right order). Missing keys never match (SQL).
    /// Text and numbers compare by value (`2020` matches `2020.0`).
    /// - Throws: `DataError` when a key column is absent on either side.
    public func joined(with right: Table, on keys: [String], kind: JoinKind = .inner, suffix: String = "_right") throws -> Table {
        let lk = try rowKeys(keys)
        let rk = try right.rowKeys(keys)
        let lcols = try keys.map { try column($0) }
        let rcols = try keys.map { try right.column($0) }
        var matches: [String: [Int]] = [:]
        for r in 0..<right.rowCount where !rcols.contains(where: { $0.isMissing(r) }) {
            matches[rk[r], default: []].append(r)
        }
        var li: [Int] = []
        var ri: [Int] = []
        li.reserveCapacity(rowCount)
        ri.reserveCapacity(rowCount)
        for l in 0..<rowCount {
            let hit = lcols.contains(where: { $0.isMissing(l) }) ? nil : matches[lk[l]]
            if let hit {
                for r in hit {
                    li.append(l)
                    ri.append(r)
                }
            } else if kind == .left {
                li.append(l)
                ri.append(-1)
            }
        }
        var out = rows(li)
        let keySet = Set(keys)
        for (n, c) in zip(right.columnNames, right.columns) where !keySet.contains(n) {
            try out.append(out.has(n) ? n + suffix : n, c.gather(ri))
        }
        return out
    }
}
