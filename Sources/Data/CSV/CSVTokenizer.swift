/// Splits CSV bytes into fields (RFC 4180): fields separated by commas (or another one-byte
/// delimiter, e.g. `;`), records by LF, CRLF or
/// a lone CR; a field starting with `"` is quoted and may hold commas, line breaks and doubled
/// quotes `""`. Tracks the physical line and its start so any position maps to line:column.
struct CSVTokenizer {
    /// What ended a field.
    enum Terminator { case comma, newline, end }

    /// One field: the content bytes `[start, end)` (inside the quotes when quoted).
    struct Field {
        var start: Int
        var end: Int
        var quoted: Bool
        /// The content holds doubled quotes that must be collapsed.
        var escaped: Bool
        /// Where the field begins (its opening quote when quoted).
        var origin: Int
        var line: Int
        var lineStart: Int
    }

    /// A structural problem at a byte position.
    struct Problem {
        var line: Int
        var lineStart: Int
        var offset: Int
        var message: String
    }

    let p: UnsafePointer<UInt8>
    let n: Int
    var pos: Int
    var line: Int
    var lineStart: Int
    /// Set when a quote is never closed: the rest of the input is one field, stop after it.
    var unterminated = false
    /// The byte between fields (`,` by default).
    let delimiter: UInt8
    /// Bit b set for the special bytes b < 64: LF, CR, `"` and the delimiter when it is below 64.
    private let special: UInt64
    /// The delimiter in every byte of a word.
    private let delimiterWord: UInt64

    init(_ p: UnsafePointer<UInt8>, count n: Int, at pos: Int = 0, line: Int = 1, lineStart: Int = 0,
         delimiter: UInt8 = 44) {
        self.p = p
        self.n = n
        self.pos = pos
        self.line = line
        self.lineStart = lineStart
        self.delimiter = delimiter
        delimiterWord = UInt64(delimiter) &* 0x0101_0101_0101_0101
        special = (1 << 10 | 1 << 13 | 1 << 34) | (delimiter < 64 ? 1 << UInt64(delimiter) : 0)
    }

    var atEnd: Bool { pos >= n }

    /// Consumes a line break at `pos` if there is one; returns whether it did.
    @inline(__always)
    mutating func skipNewline() -> Bool {
        guard pos < n else { return false }
        if p[pos] == 10 {
            pos += 1
        } else if p[pos] == 13 {
            pos += (pos + 1 < n && p[pos + 1] == 10) ? 2 : 1
        } else {
            return false
        }
        line += 1
        lineStart = pos
        return true
    }

    @inline(__always)
    private mutating func terminator() -> Terminator {
        if pos >= n { return .end }
        if p[pos] == delimiter {
            pos += 1
            return .comma
        }
        _ = skipNewline()
        return .newline
    }

    /// The next field and what ended it. Problems (a quote inside an unquoted field, text after
    /// a closing quote, a quote never closed) are appended to `problems`; reading goes on.
    @inline(__always)
    mutating func next(_ problems: inout [Problem]) -> (Field, Terminator) {
        let origin = pos
        let fieldLine = line, fieldLineStart = lineStart
        if pos < n, p[pos] == 34 {
            pos += 1
            let start = pos
            var escaped = false
            while true {
                guard pos < n else {
                    problems.append(Problem(line: fieldLine, lineStart: fieldLineStart, offset: origin,
                        message: "quoted field is never closed (a `\"` opens here and no closing `\"` follows)"))
                    unterminated = true
                    return (Field(start: start, end: n, quoted: true, escaped: escaped, origin: origin,
                                  line: fieldLine, lineStart: fieldLineStart), .end)
                }
                let b = p[pos]
                if b == 34 {
                    if pos + 1 < n, p[pos + 1] == 34 {
                        escaped = true
                        pos += 2
                        continue
                    }
                    break
                }
                if b == 10 {
                    line += 1
                    lineStart = pos + 1
                }
                pos += 1
            }
            let end = pos
            pos += 1  // closing quote
            let field = Field(start: start, end: end, quoted: true, escaped: escaped, origin: origin,
                              line: fieldLine, lineStart: fieldLineStart)
            if pos < n, p[pos] != delimiter, p[pos] != 10, p[pos] != 13 {
                problems.append(Problem(line: line, lineStart: lineStart, offset: pos,
                    message: "unexpected text after a closing quote (quote the whole field and double quotes inside it)"))
                while pos < n, p[pos] != delimiter, p[pos] != 10, p[pos] != 13 { pos += 1 }
            }
            return (field, terminator())
        }
        var reported = false
        // Eight bytes at a time up to the first special byte (SWAR "has zero byte" test per special
        // byte; the lowest flagged byte is always a true match), then byte by byte from there.
        while n - pos >= 8 {
            let w = UInt64(littleEndian: UnsafeRawPointer(p + pos).loadUnaligned(as: UInt64.self))
            let hit = Self.zeroBytes(w ^ delimiterWord) | Self.zeroBytes(w ^ 0x0A0A_0A0A_0A0A_0A0A)
                | Self.zeroBytes(w ^ 0x0D0D_0D0D_0D0D_0D0D) | Self.zeroBytes(w ^ 0x2222_2222_2222_2222)
            if hit != 0 {
                pos += hit.trailingZeroBitCount >> 3
                break
            }
            pos += 8
        }
        while pos < n {
            let b = p[pos]
            // One test for the special bytes (delimiter, LF, CR, `"`; all below 64 in the common case).
            if b < 64 ? special >> UInt64(b) & 1 != 0 : b == delimiter {
                if b != 34 { break }
                if !reported {
                    reported = true
                    problems.append(Problem(line: line, lineStart: lineStart, offset: pos,
                        message: "quote inside an unquoted field (quote the whole field and double the quote: \"\")"))
                }
            }
            pos += 1
        }
        let field = Field(start: origin, end: pos, quoted: false, escaped: false, origin: origin,
                          line: fieldLine, lineStart: fieldLineStart)
        return (field, terminator())
    }

    /// The high bit of each zero byte of `x` (exact for the lowest zero byte; bytes above a zero
    /// byte may be flagged too, which the callers never look at).
    @inline(__always)
    static func zeroBytes(_ x: UInt64) -> UInt64 {
        (x &- 0x0101_0101_0101_0101) & ~x & 0x8080_8080_8080_8080
    }

    /// The 1-based character column (Unicode scalars) of byte `offset` on the line starting at `lineStart`.
    func column(of offset: Int, lineStart: Int) -> Int {
        var c = 1
        var i = lineStart
        while i < offset && i < n {
            if p[i] & 0xC0 != 0x80 { c += 1 }
            i += 1
        }
        return c
    }
}
