import Foundation

struct TOMLParser {
    let s: [Unicode.Scalar]
    let file: String
    var i = 0
    var line = 1
    var col = 1

    init(_ text: String, file: String) {
        var scalars = Array(text.unicodeScalars)
        if scalars.first == "\u{FEFF}" { scalars.removeFirst() }
        s = scalars
        self.file = file
    }

    var here: SourceLocation { SourceLocation(file: file, line: line, column: col) }
    var peek: Unicode.Scalar? { i < s.count ? s[i] : nil }
    func peek(_ k: Int) -> Unicode.Scalar? { i + k < s.count ? s[i + k] : nil }

    func fail(_ m: String, at loc: SourceLocation? = nil) -> DataError {
        DataError(.invalid, at: loc ?? here, m)
    }

    mutating func advance() {
        guard i < s.count else { return }
        if s[i] == "\n" {
            line += 1
            col = 1
        } else {
            col += 1
        }
        i += 1
    }

    mutating func skipSpaces() {
        while let c = peek, c == " " || c == "\t" { advance() }
    }

    mutating func skipComment() {
        if peek == "#" { while let c = peek, c != "\n" { advance() } }
    }

    /// Spaces, comments and line breaks (inside arrays).
    mutating func skipBlank() {
        while true {
            skipSpaces()
            skipComment()
            if peek == "\n" {
                advance()
            } else if peek == "\r", peek(1) == "\n" {
                advance()
                advance()
            } else {
                return
            }
        }
    }

    /// The end of a line: optional spaces and comment, then a line break or the end.
    mutating func endOfLine() throws {
        skipSpaces()
        skipComment()
        if peek == nil { return }
        if peek == "\r", peek(1) == "\n" { advance() }
        guard peek == "\n" else { throw fail("expected the end of the line, found '\(peek.map(String.init) ?? "")'") }
        advance()
    }

    mutating func document() throws -> TOMLTable {
        let root = TOMLNode(at: SourceLocation(file: file, line: 1, column: 1))
        var current = root
        while true {
            skipBlank()
            guard let c = peek else { break }
            if c == "[" {
                current = try header(root)
            } else {
                try keyValue(into: current)
                try endOfLine()
            }
        }
        return root.freeze()
    }

    // MARK: keys

    mutating func key() throws -> [(String, SourceLocation)] {
        var parts: [(String, SourceLocation)] = []
        while true {
            skipSpaces()
            let loc = here
            guard let c = peek else { throw fail("expected a key") }
            if c == "\"" {
                if peek(1) == "\"", peek(2) == "\"" { throw fail("a key cannot be a multi-line string") }
                parts.append((try basicString(), loc))
            } else if c == "'" {
                parts.append((try literalString(), loc))
            } else {
                var k = ""
                while let c = peek, isBare(c) {
                    k.unicodeScalars.append(c)
                    advance()
                }
                guard !k.isEmpty else { throw fail("expected a key, found '\(c)'") }
                parts.append((k, loc))
            }
            skipSpaces()
            guard peek == "." else { return parts }
            advance()
        }
    }

    func isBare(_ c: Unicode.Scalar) -> Bool {
        ("a"..."z").contains(c) || ("A"..."Z").contains(c) || ("0"..."9").contains(c) || c == "_" || c == "-"
    }

    mutating func keyValue(into table: TOMLNode) throws {
        let parts = try key()
        skipSpaces()
        guard peek == "=" else { throw fail("expected '=' after the key") }
        advance()
        skipSpaces()
        let v = try value()
        var t = table
        for (k, loc) in parts.dropLast() {
            if let existing = t.slots[k] {
                guard case .table(let n) = existing.slot, !n.explicit || n.dotted else {
                    throw fail("key '\(k)' is already defined at \(existing.keyLocation) and is not a table", at: loc)
                }
                t = n
            } else {
                let n = TOMLNode(at: loc)
                n.dotted = true
                t.set(k, loc, .table(n))
                t = n
            }
        }
        guard let (last, loc) = parts.last else { return }
        if let existing = t.slots[last] {
            throw fail("duplicate key '\(last)' (first defined at \(existing.keyLocation))", at: loc)
        }
        t.set(last, loc, .value(v))
    }

    mutating func header(_ root: TOMLNode) throws -> TOMLNode {
        let loc = here
        advance()
        let isArray = peek == "["
        if isArray { advance() }
        let parts = try key()
        guard peek == "]" else { throw fail("expected ']' to close the table header") }
        advance()
        if isArray {
            guard peek == "]" else { throw fail("expected ']]' to close the array-of-tables header") }
            advance()
        }
        try endOfLine()
        var t = root
        for (k, kloc) in parts.dropLast() {
            if let existing = t.slots[k] {
                switch existing.slot {
                case .table(let n): t = n
                case .tables(let ns, _):
                    guard let last = ns.last else { throw fail("empty array of tables '\(k)'", at: kloc) }
                    t = last
                case .value:
                    throw fail("key '\(k)' is already defined at \(existing.keyLocation) and is not a table", at: kloc)
                }
            } else {
                let n = TOMLNode(at: kloc)
                t.set(k, kloc, .table(n))
                t = n
            }
        }
        guard let (last, kloc) = parts.last else { throw fail("empty table header") }
        if isArray {
            let n = TOMLNode(at: loc)
            n.explicit = true
            if let existing = t.slots[last] {
                guard case .tables(var ns, let l) = existing.slot else {
                    throw fail("'\(last)' is already defined at \(existing.keyLocation) and is not an array of tables", at: kloc)
                }
                ns.append(n)
                t.set(last, existing.keyLocation, .tables(ns, l))
            } else {
                t.set(last, kloc, .tables([n], loc))
            }
            return n
        }
        if let existing = t.slots[last] {
            guard case .table(let n) = existing.slot, !n.explicit, !n.dotted else {
                throw fail("table '\(parts.map(\.0).joined(separator: "."))' is already defined at \(existing.keyLocation)", at: kloc)
            }
            n.explicit = true
            return n
        }
        let n = TOMLNode(at: loc)
        n.explicit = true
        t.set(last, kloc, .table(n))
        return n
    }

    // MARK: values

    mutating func value() throws -> TOMLValue {
        let loc = here
        guard let c = peek else { throw fail("expected a value") }
        switch c {
        case "\"":
            if peek(1) == "\"", peek(2) == "\"" { return TOMLValue(.string(try multiline(quote: "\"", escapes: true)), at: loc) }
            return TOMLValue(.string(try basicString()), at: loc)
        case "'":
            if peek(1) == "'", peek(2) == "'" { return TOMLValue(.string(try multiline(quote: "'", escapes: false)), at: loc) }
            return TOMLValue(.string(try literalString()), at: loc)
        case "[": return try array()
        case "{": return try inlineTable()
        default: break
        }
        var word = ""
        while let c = peek, c != ",", c != "]", c != "}", c != " ", c != "\t", c != "\n", c != "\r", c != "#" {
            word.unicodeScalars.append(c)
            advance()
        }
        switch word {
        case "true": return TOMLValue(.bool(true), at: loc)
        case "false": return TOMLValue(.bool(false), at: loc)
        case "inf", "+inf": return TOMLValue(.float(.infinity), at: loc)
        case "-inf": return TOMLValue(.float(-.infinity), at: loc)
        case "nan", "+nan", "-nan": return TOMLValue(.float(.nan), at: loc)
        case "": throw fail("expected a value", at: loc)
        default: return try number(word, at: loc)
        }
    }

    func number(_ w: String, at loc: SourceLocation) throws -> TOMLValue {
        if w.range(of: #"^\d{4}-\d{2}-\d{2}"#, options: .regularExpression) != nil
            || w.range(of: #"^\d{2}:\d{2}"#, options: .regularExpression) != nil {
            throw fail("dates and times are not supported here; write the value as a string or a year", at: loc)
        }
        let bad = fail("invalid value '\(w)' (expected a string, number, boolean, array or inline table)", at: loc)
        for (prefix, radix) in [("0x", 16), ("0o", 8), ("0b", 2)] where w.hasPrefix(prefix) {
            let digits = String(w.dropFirst(2))
            guard validUnderscores(digits), let v = Int(digits.replacingOccurrences(of: "_", with: ""), radix: radix) else { throw bad }
            return TOMLValue(.integer(v), at: loc)
        }
        guard validUnderscores(w) else { throw bad }
        let plain = w.replacingOccurrences(of: "_", with: "")
        let unsigned = plain.hasPrefix("+") || plain.hasPrefix("-") ? String(plain.dropFirst()) : plain
        if unsigned.range(of: #"^\d+$"#, options: .regularExpression) != nil {
            guard unsigned == "0" || !unsigned.hasPrefix("0") else { throw fail("leading zeros are not allowed in '\(w)'", at: loc) }
            guard let v = Int(plain) else { throw fail("integer '\(w)' does not fit in 64 bits", at: loc) }
            return TOMLValue(.integer(v), at: loc)
        }
        guard unsigned.range(of: #"^\d+(\.\d+)?([eE][+-]?\d+)?$"#, options: .regularExpression) != nil,
              unsigned.first != "0" || unsigned.count == 1 || unsigned.dropFirst().first == "." || unsigned.dropFirst().first == "e" || unsigned.dropFirst().first == "E",
              let d = Double(plain) else { throw bad }
        return TOMLValue(.float(d), at: loc)
    }

    /// Underscores only between two digits.
    func validUnderscores(_ w: String) -> Bool {
        let a = Array(w.unicodeScalars)
        for (k, c) in a.enumerated() where c == "_" {
            guard k > 0, k + 1 < a.count, a[k - 1].properties.isASCIIHexDigit, a[k + 1].properties.isASCIIHexDigit else { return false }
        }
        return true
    }

    mutating func array() throws -> TOMLValue {
        let loc = here
        advance()
        var items: [TOMLValue] = []
        while true {
            skipBlank()
            if peek == "]" {
                advance()
                return TOMLValue(.array(items), at: loc)
            }
            items.append(try value())
            skipBlank()
            if peek == "," {
                advance()
            } else if peek == "]" {
                advance()
                return TOMLValue(.array(items), at: loc)
            } else {
                throw fail(peek == nil ? "array opened at \(loc) is never closed" : "expected ',' or ']' in the array")
            }
        }
    }

    mutating func inlineTable() throws -> TOMLValue {
        let loc = here
        advance()
        let node = TOMLNode(at: loc)
        skipSpaces()
        if peek == "}" {
            advance()
            return TOMLValue(.table(node.freeze()), at: loc)
        }
        while true {
            try keyValue(into: node)
            skipSpaces()
            if peek == "," {
                advance()
                skipSpaces()
                if peek == "}" { throw fail("trailing comma in an inline table") }
            } else if peek == "}" {
                advance()
                return TOMLValue(.table(node.freeze()), at: loc)
            } else {
                throw fail("expected ',' or '}' in the inline table (inline tables stay on one line)")
            }
        }
    }

    // MARK: strings

    mutating func basicString() throws -> String {
        let loc = here
        advance()
        var out = ""
        while true {
            guard let c = peek, c != "\n" else { throw fail("string is never closed", at: loc) }
            if c == "\"" {
                advance()
                return out
            }
            if c == "\\" {
                out.unicodeScalars.append(try escape())
            } else {
                out.unicodeScalars.append(c)
                advance()
            }
        }
    }

    mutating func escape() throws -> Unicode.Scalar {
        let loc = here
        advance()
        guard let e = peek else { throw fail("unfinished escape", at: loc) }
        advance()
        switch e {
        case "b": return "\u{08}"
        case "t": return "\t"
        case "n": return "\n"
        case "f": return "\u{0C}"
        case "r": return "\r"
        case "e": return "\u{1B}"
        case "\"": return "\""
        case "\\": return "\\"
        case "u", "U":
            let n = e == "u" ? 4 : 8
            var hex = ""
            for _ in 0..<n {
                guard let h = peek, h.properties.isASCIIHexDigit else { throw fail("\\\(e) needs \(n) hex digits", at: loc) }
                hex.unicodeScalars.append(h)
                advance()
            }
            guard let v = UInt32(hex, radix: 16), let u = Unicode.Scalar(v) else {
                throw fail("\\\(e)\(hex) is not a Unicode scalar value", at: loc)
            }
            return u
        default:
            throw fail("unknown escape '\\\(e)'", at: loc)
        }
    }

    mutating func literalString() throws -> String {
        let loc = here
        advance()
        var out = ""
        while true {
            guard let c = peek, c != "\n" else { throw fail("string is never closed", at: loc) }
            advance()
            if c == "'" { return out }
            out.unicodeScalars.append(c)
        }
    }

    /// Skips the line break right after an opening `"""` or `'''`.
    mutating func trimFirstNewline() {
        if peek == "\n" {
            advance()
        } else if peek == "\r", peek(1) == "\n" {
            advance()
            advance()
        }
    }

    /// A multi-line string delimited by three `quote`s (`"""` basic, `'''` literal); basic strings
    /// process escapes and line-ending backslashes, literal strings keep every character.
    private mutating func multiline(quote: Unicode.Scalar, escapes: Bool) throws -> String {
        let loc = here
        for _ in 0..<3 { advance() }
        trimFirstNewline()
        var out = ""
        while true {
            guard let c = peek else { throw fail("multi-line string is never closed", at: loc) }
            if c == quote, peek(1) == quote, peek(2) == quote {
                // Up to two quotes may sit right before the closing delimiter.
                var extra = 0
                while peek(3 + extra) == quote, extra < 2 { extra += 1 }
                for _ in 0..<extra { out.unicodeScalars.append(quote) }
                for _ in 0..<(3 + extra) { advance() }
                return out
            }
            if escapes, c == "\\" {
                // Line-ending backslash: drop the break and the whitespace that follows.
                var k = 1
                while let w = peek(k), w == " " || w == "\t" { k += 1 }
                if peek(k) == "\n" || (peek(k) == "\r" && peek(k + 1) == "\n") {
                    advance()
                    while let w = peek, w == " " || w == "\t" || w == "\n" || w == "\r" { advance() }
                    continue
                }
                out.unicodeScalars.append(try escape())
                continue
            }
            out.unicodeScalars.append(c)
            advance()
        }
    }
}
