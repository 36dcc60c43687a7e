/// Finds rows whose (possibly composite) key repeats an earlier row's, without building a
/// `String` per row.
///
/// Each key column becomes a dense integer per row (text: canonical dictionary codes; integers:
/// value − minimum; doubles: dense codes of their bit patterns), the parts are combined in mixed
/// radix into one `UInt64`, and the first row of each combined key is kept in a direct-address
/// table when the key space is at most a few times the row count, or found by sorting otherwise.
/// - Complexity: O(rows) time and O(rows + key space) memory for dense keys (the usual case:
///   a national evaluations.csv of 5.8 M rows has 38,000 × 6 × 37 possible keys), O(rows log rows)
///   otherwise.
struct DuplicateKeyFinder {
    /// A row with a key seen before and the first row with that key.
    struct Duplicate: Equatable {
        var row: Int
        var first: Int
    }

    /// The rows (0-based) that have a missing value in some key column, with that column's
    /// index in `columns`; such rows take no part in the duplicate check.
    private(set) var missing: [(row: Int, part: Int)] = []
    /// Every repeated row, in row order.
    private(set) var duplicates: [Duplicate] = []

    /// Runs the check over `columns` (all of `rowCount` rows).
    init(_ columns: [Column], rowCount: Int) {
        var parts: [[Int]] = []
        var radix: [Int] = []
        var complete = [Bool](repeating: true, count: rowCount)
        for (k, column) in columns.enumerated() {
            let (codes, distinct) = Self.denseCodes(column)
            for r in 0..<rowCount where codes[r] < 0 {
                missing.append((r, k))
                complete[r] = false
            }
            parts.append(codes)
            radix.append(max(1, distinct))
        }
        missing.sort { ($0.row, $0.part) < ($1.row, $1.part) }
        // Mixed radix: key = ((c0·n1 + c1)·n2 + c2)…; nil when the space overflows 64 bits.
        var space = 1
        var fits = true
        for n in radix {
            let (p, o) = space.multipliedReportingOverflow(by: n)
            if o { fits = false; break }
            space = p
        }
        if fits {
            var keys = [Int](repeating: -1, count: rowCount)
            for r in 0..<rowCount where complete[r] {
                var key = 0
                for (k, codes) in parts.enumerated() { key = key * radix[k] + codes[r] }
                keys[r] = key
            }
            if space <= max(1 << 20, 4 * rowCount) {
                var first = [Int32](repeating: -1, count: space)
                for r in 0..<rowCount where keys[r] >= 0 {
                    let f = first[keys[r]]
                    if f < 0 {
                        first[keys[r]] = Int32(truncatingIfNeeded: r)
                    } else {
                        duplicates.append(Duplicate(row: r, first: Int(f)))
                    }
                }
            } else {
                collectBySorting(rowCount) { keys[$0] < 0 ? nil : [keys[$0]] }
            }
        } else {
            collectBySorting(rowCount) { r in complete[r] ? parts.map { $0[r] } : nil }
        }
    }

    /// The sorting path: orders complete rows by (key, row); within a run of equal keys every
    /// row after the first is a duplicate of the first.
    private mutating func collectBySorting(_ rowCount: Int, key: (Int) -> [Int]?) {
        let keyed = (0..<rowCount).compactMap { r in key(r).map { (key: $0, row: r) } }
        let sorted = keyed.sorted { $0.key != $1.key ? $0.key.lexicographicallyPrecedes($1.key) : $0.row < $1.row }
        var i = 0
        while i < sorted.count {
            var j = i + 1
            while j < sorted.count, sorted[j].key == sorted[i].key {
                duplicates.append(Duplicate(row: sorted[j].row, first: sorted[i].row))
                j += 1
            }
            i = j
        }
        duplicates.sort { $0.row < $1.row }
    }

    /// Dense integer codes per row (−1 = missing) and how many distinct codes there can be.
    static func denseCodes(_ column: Column) -> (codes: [Int], distinct: Int) {
        switch column {
        case .string(let s):
            let (codes, distinct) = s.canonicalCodes()
            return (codes.map(Int.init), distinct)
        case .int(let v):
            var lo = Int.max, hi = Int.min
            for x in v where x != IntMissing {
                lo = min(lo, x)
                hi = max(hi, x)
            }
            let (width, overflow) = hi.subtractingReportingOverflow(lo)
            if lo <= hi, !overflow, width < 1 << 32 {
                return (v.map { $0 == IntMissing ? -1 : $0 - lo }, width + 1)
            }
            return denseByHashing(v.map { $0 == IntMissing ? nil : $0 })
        case .double(let v):
            return denseByHashing(v.map { $0.isNaN ? nil : Int(truncatingIfNeeded: ($0 == 0 ? 0 : $0).bitPattern) })
        }
    }

    /// Codes in order of first appearance.
    private static func denseByHashing(_ values: [Int?]) -> (codes: [Int], distinct: Int) {
        var seen: [Int: Int] = [:]
        let codes = values.map { v -> Int in
            guard let v else { return -1 }
            if let c = seen[v] { return c }
            let c = seen.count
            seen[v] = c
            return c
        }
        return (codes, seen.count)
    }
}
