import Data

/// Maps a parsed TOML document onto `Scenario`, remembering where every key was written so that
/// unknown keys, wrong types and out-of-range values are reported at file:line:column.
struct ScenarioTOMLReader: Sendable {
    private(set) var errors: [DataError] = []
    /// Location of every value read, by dotted key path.
    private(set) var locations: [String: SourceLocation] = [:]
    let file: String

    init(file: String) { self.file = file }

    // MARK: Structure

    /// Reports keys of `table` that are not in `known`.
    mutating func checkKeys(_ table: TOMLTable, _ prefix: String, known: [String]) {
        for e in table.entries where !known.contains(e.key) {
            let path = prefix.isEmpty ? e.key : "\(prefix).\(e.key)"
            errors.append(DataError(at: e.keyLocation, "unknown key `\(path)` (known here: \(known.joined(separator: ", ")))"))
        }
    }

    /// Runs `body` on the sub-table `key` when present; reports a non-table value.
    mutating func section(_ table: TOMLTable, _ key: String, _ prefix: String,
                          _ body: (inout ScenarioTOMLReader, TOMLTable, String) -> Void) {
        guard let e = entry(table, key, prefix) else { return }
        guard let sub = e.value.table else {
            return mismatch(e, key: path(prefix, key), expected: "a table")
        }
        body(&self, sub, path(prefix, key))
    }

    // MARK: Scalars

    mutating func read(_ table: TOMLTable, _ key: String, _ prefix: String, into x: inout Double) {
        guard let e = entry(table, key, prefix) else { return }
        if let d = e.value.double { x = d } else { mismatch(e, key: path(prefix, key), expected: "a number") }
    }

    mutating func read(_ table: TOMLTable, _ key: String, _ prefix: String, into x: inout Int) {
        guard let e = entry(table, key, prefix) else { return }
        if let i = e.value.integer { x = i } else { mismatch(e, key: path(prefix, key), expected: "an integer") }
    }

    mutating func read(_ table: TOMLTable, _ key: String, _ prefix: String, into x: inout Int?) {
        var v = 0
        guard table[key] != nil else { return }
        let before = errors.count
        read(table, key, prefix, into: &v)
        if errors.count == before { x = v }
    }

    mutating func read(_ table: TOMLTable, _ key: String, _ prefix: String, into x: inout String) {
        guard let e = entry(table, key, prefix) else { return }
        if let s = e.value.string { x = s } else { mismatch(e, key: path(prefix, key), expected: "a string") }
    }

    mutating func read<E: RawRepresentable & CaseIterable>(_ table: TOMLTable, _ key: String, _ prefix: String,
                                                           into x: inout E) where E.RawValue == String {
        guard let e = entry(table, key, prefix) else { return }
        let choices = E.allCases.map { "\"\($0.rawValue)\"" }.joined(separator: ", ")
        guard let s = e.value.string, let v = E(rawValue: s) else {
            let found = e.value.string.map { "\"\($0)\"" } ?? e.value.typeName
            errors.append(DataError(at: e.value.location, "`\(path(prefix, key))` must be one of \(choices), got \(found)"))
            return
        }
        x = v
    }

    // MARK: Collections

    mutating func read(_ table: TOMLTable, _ key: String, _ prefix: String, into x: inout [String]) {
        guard let e = entry(table, key, prefix) else { return }
        guard let items = e.value.array else { return mismatch(e, key: path(prefix, key), expected: "an array of strings") }
        var out: [String] = []
        for (i, item) in items.enumerated() {
            locations["\(path(prefix, key))[\(i)]"] = item.location
            if let s = item.string { out.append(s) } else {
                errors.append(DataError(at: item.location, "`\(path(prefix, key))` must hold strings, got \(item.typeName)"))
            }
        }
        x = out
    }

    /// `{district_id = number}` maps.
    mutating func read(_ table: TOMLTable, _ key: String, _ prefix: String, into x: inout [String: Double]) {
        readMap(table, key, prefix) { $0.double }.map { x = $0 }
    }

    /// `{district_id = integer}` maps.
    mutating func read(_ table: TOMLTable, _ key: String, _ prefix: String, into x: inout [String: Int]) {
        readMap(table, key, prefix) { $0.integer }.map { x = $0 }
    }

    private mutating func readMap<T>(_ table: TOMLTable, _ key: String, _ prefix: String,
                                     _ convert: (TOMLValue) -> T?) -> [String: T]? {
        guard let e = entry(table, key, prefix) else { return nil }
        guard let sub = e.value.table else {
            mismatch(e, key: path(prefix, key), expected: "a table of district ids")
            return nil
        }
        var out: [String: T] = [:]
        for item in sub.entries {
            let p = "\(path(prefix, key)).\(item.key)"
            locations[p] = item.value.location
            if let v = convert(item.value) { out[item.key] = v } else {
                errors.append(DataError(at: item.value.location, "`\(p)` must be a number, got \(item.value.typeName)"))
            }
        }
        return out
    }

    /// `[{below = …, share = …}, …]` or `[[funding.capacity_tiers]]`.
    mutating func read(_ table: TOMLTable, _ key: String, _ prefix: String, into x: inout [CapacityTier]) {
        guard let e = entry(table, key, prefix) else { return }
        guard let items = e.value.array else { return mismatch(e, key: path(prefix, key), expected: "an array of tables") }
        var out: [CapacityTier] = []
        for (i, item) in items.enumerated() {
            let p = "\(path(prefix, key))[\(i)]"
            locations[p] = item.location
            guard let t = item.table else {
                errors.append(DataError(at: item.location, "`\(p)` must be a table {below = …, share = …}"))
                continue
            }
            checkKeys(t, p, known: ["below", "share"])
            var tier = CapacityTier(below: .nan, share: .nan)
            read(t, "below", p, into: &tier.below)
            read(t, "share", p, into: &tier.share)
            for k in ["below", "share"] where t[k] == nil {
                errors.append(DataError(at: item.location, "`\(p)` needs `\(k)`"))
            }
            out.append(tier)
        }
        x = out
    }

    /// `{A = …, B = …, C = …, D = …}` (missing grades keep their defaults).
    mutating func read(_ table: TOMLTable, _ key: String, _ prefix: String, into x: inout GradeValues,
                       grades: [String] = ["A", "B", "C", "D"]) {
        section(table, key, prefix) { r, t, p in
            r.checkKeys(t, p, known: grades)
            r.read(t, "A", p, into: &x.a)
            r.read(t, "B", p, into: &x.b)
            r.read(t, "C", p, into: &x.c)
            if grades.contains("D") { r.read(t, "D", p, into: &x.d) }
        }
    }

    // MARK: Locations of validation issues

    /// The location of a key path, or of its nearest written parent, or the file.
    func location(of keyPath: String) -> SourceLocation {
        var p = keyPath
        while true {
            if let l = locations[p] { return l }
            guard let cut = p.lastIndex(where: { $0 == "." || $0 == "[" }) else { break }
            p = String(p[..<cut])
        }
        return SourceLocation(file: file, line: nil, column: nil)
    }

    // MARK: Helpers

    private func path(_ prefix: String, _ key: String) -> String { prefix.isEmpty ? key : "\(prefix).\(key)" }

    private mutating func entry(_ table: TOMLTable, _ key: String, _ prefix: String) -> TOMLEntry? {
        guard let e = table.entry(key) else { return nil }
        locations[path(prefix, key)] = e.value.location
        return e
    }

    private mutating func mismatch(_ e: TOMLEntry, key: String, expected: String) {
        errors.append(DataError(at: e.value.location, "`\(key)` must be \(expected), got \(e.value.typeName)"))
    }
}
