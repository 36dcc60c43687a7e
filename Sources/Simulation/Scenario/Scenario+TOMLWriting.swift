import Foundation

extension Scenario {
    /// The scenario as a TOML file that `Scenario.load(path:)` reads back to an equal scenario: every
    /// field, sections in file order (`[horizon]`, `[funding]`, …), keys sorted within a section, maps such
    /// as `turnover_by_district` as sub-tables.
    /// - Parameters:
    ///   - header: comment lines put at the top (without `#`).
    ///   - comments: comment lines to put above a key, by dotted key path (`staffing.turnover`).
    /// - Returns: the file's text.
    /// - Throws: `EncodingError`/`DecodingError` only on an internal serialization failure.
    public func toml(header: [String] = [], comments: [String: [String]] = [:]) throws -> String {
        let json = try JSONEncoder().encode(self)
        guard case .object(let root) = try JSONDecoder().decode(TOMLOutNode.self, from: json) else { return "" }
        var out = header.map { "# \($0)\n" }.joined()
        let order = ["name", "horizon", "funding", "rollout", "staffing", "supervision", "quality", "coverage"]
        let sorted = root.sorted { (order.firstIndex(of: $0.0) ?? order.count) < (order.firstIndex(of: $1.0) ?? order.count) }
        TOMLOutNode.emit(sorted, path: [], comments: comments, into: &out)
        return out
    }
}

/// A JSON value re-emitted as TOML (see `Scenario.toml(header:comments:)`).
enum TOMLOutNode: Decodable {
    case int(Int), double(Double), string(String), array([TOMLOutNode]), object([(String, TOMLOutNode)])

    struct Key: CodingKey {
        var stringValue: String
        var intValue: Int? { nil }
        init(stringValue: String) { self.stringValue = stringValue }
        init?(intValue: Int) { nil }
    }

    init(from decoder: Decoder) throws {
        if let c = try? decoder.container(keyedBy: Key.self) {
            self = .object(try c.allKeys.map(\.stringValue).sorted().map { ($0, try c.decode(TOMLOutNode.self, forKey: Key(stringValue: $0))) })
        } else if var c = try? decoder.unkeyedContainer() {
            var items: [TOMLOutNode] = []
            while !c.isAtEnd { items.append(try c.decode(TOMLOutNode.self)) }
            self = .array(items)
        } else {
            let c = try decoder.singleValueContainer()
            if let i = try? c.decode(Int.self) { self = .int(i) }
            else if let d = try? c.decode(Double.self) { self = .double(d) }
            else { self = .string(try c.decode(String.self)) }
        }
    }

    /// Keys the scenario reader does not take although the type encodes them (grade D has no threshold).
    static let skipped: Set<String> = ["quality.thresholds.D"]

    static func key(_ k: String) -> String {
        k.unicodeScalars.allSatisfy({ CharacterSet.alphanumerics.contains($0) && $0.isASCII || $0 == "_" || $0 == "-" }) && !k.isEmpty
            ? k : quoted(k)
    }

    static func quoted(_ s: String) -> String {
        "\"" + s.replacingOccurrences(of: "\\", with: "\\\\").replacingOccurrences(of: "\"", with: "\\\"") + "\""
    }

    var inline: String {
        switch self {
        case .int(let i): return String(i)
        case .double(let d): return d.isFinite ? "\(d)" : "nan"
        case .string(let s): return TOMLOutNode.quoted(s)
        case .array(let a): return "[" + a.map(\.inline).joined(separator: ", ") + "]"
        case .object(let o): return "{ " + o.map { "\(TOMLOutNode.key($0.0)) = \($0.1.inline)" }.joined(separator: ", ") + " }"
        }
    }

    static func emit(_ table: [(String, TOMLOutNode)], path: [String], comments: [String: [String]], into out: inout String) {
        for (k, v) in table {
            let full = (path + [k]).joined(separator: ".")
            if case .object = v { continue }
            if skipped.contains(full) { continue }
            out += (comments[full] ?? []).map { "# \($0)\n" }.joined() + "\(key(k)) = \(v.inline)\n"
        }
        for (k, v) in table {
            guard case .object(let sub) = v, !sub.isEmpty else { continue }
            let full = path + [k]
            out += "\n" + (comments[full.joined(separator: ".")] ?? []).map { "# \($0)\n" }.joined()
            out += "[" + full.map(key).joined(separator: ".") + "]\n"
            emit(sub, path: full, comments: comments, into: &out)
        }
    }
}
