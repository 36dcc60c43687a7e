import Foundation

/// The state of one parse.
struct CSVParser {
    let file: String
    let options: CSVReadOptions
    var names: [String] = []
    var builders: [ColumnBuilder] = []
    var rowCount = 0
    var recordStarts: [Int] = []
    var recordLines: [Int] = []
    var headerStart = 0
    /// Fields in the header, trailing empty ones included.
    var headerFields = 0
    var problems: [DataError] = []
    var omitted = 0
    var scratch: [UInt8] = []
    /// Reserve column capacity up to this byte (the whole file for the first half of a parallel
    /// parse, so that joining the second half does not reallocate); nil = the parse's end.
    var reserveEnd: Int?

    init(file: String, options: CSVReadOptions) {
        self.file = file
        self.options = options
    }

    mutating func add(line: Int, column: Int, _ message: String) {
        if problems.count < options.maxProblems {
            problems.append(DataError(.invalid, at: SourceLocation(file: file, line: line, column: column), message))
        } else {
            omitted += 1
        }
    }

    mutating func flush(_ tok: CSVTokenizer, _ raw: inout [CSVTokenizer.Problem]) {
        for r in raw { add(line: r.line, column: tok.column(of: r.offset, lineStart: r.lineStart), r.message) }
        raw.removeAll(keepingCapacity: true)
    }

    /// Field content with doubled quotes collapsed.
    static func unescaped(_ p: UnsafePointer<UInt8>, _ f: CSVTokenizer.Field, into out: inout [UInt8]) {
        out.removeAll(keepingCapacity: true)
        var i = f.start
        while i < f.end {
            out.append(p[i])
            i += (p[i] == 34 && i + 1 < f.end && p[i + 1] == 34) ? 2 : 1
        }
    }

    mutating func run(_ p: UnsafePointer<UInt8>, _ n: Int) {
        var tok = header(p, n)
        records(&tok, p, n)
    }

    /// Reads the header row; returns the tokenizer positioned at the first record.
    mutating func header(_ p: UnsafePointer<UInt8>, _ n: Int) -> CSVTokenizer {
        let bom = n >= 3 && p[0] == 0xEF && p[1] == 0xBB && p[2] == 0xBF ? 3 : 0
        var tok = CSVTokenizer(p, count: n, at: bom, line: 1, lineStart: bom, delimiter: options.delimiter)
        var raw: [CSVTokenizer.Problem] = []
        headerStart = bom
        let keep = CSVParser.headerFieldCounts(tok)
        headerFields = keep.all
        var header = HeaderNames(allowsEmptyFirst: options.allowsEmptyFirstHeaderName)
        // Header.
        while true {
            let (f, t) = tok.next(&raw)
            if names.count >= keep.named {  // a trailing empty name: ignored, with its cells
                if t == .comma { continue } else { break }
            }
            var cell: [UInt8] = []
            CSVParser.unescaped(p, f, into: &cell)
            let col = tok.column(of: f.origin, lineStart: f.lineStart)
            let (name, problem) = header.add(String(decoding: cell, as: UTF8.self))
            if let problem { add(line: f.line, column: col, problem) }
            names.append(name)
            builders.append(ColumnBuilder(type: options.schema[name]))
            if t != .comma { break }
        }
        flush(tok, &raw)
        return tok
    }

    /// The number of header fields, and of those up to the last non-empty one (at least 1):
    /// spreadsheets save trailing empty columns as `a,b,,` and those are ignored.
    static func headerFieldCounts(_ start: CSVTokenizer) -> (all: Int, named: Int) {
        var tok = start
        var ignored: [CSVTokenizer.Problem] = []
        var all = 0, named = 1
        while true {
            let (f, t) = tok.next(&ignored)
            all += 1
            if f.end > f.start { named = all }
            if t != .comma { return (all, named) }
        }
    }

    /// Reads records from the tokenizer's position to its end.
    mutating func records(_ tok: inout CSVTokenizer, _ p: UnsafePointer<UInt8>, _ n: Int) {
        var raw: [CSVTokenizer.Problem] = []
        let width = names.count
        while !tok.atEnd, !tok.unterminated {
            if tok.skipNewline() { continue }  // empty line
            let recordStart = tok.pos
            recordStarts.append(recordStart)
            recordLines.append(tok.line)
            var c = 0
            var tooMany = false
            var last: CSVTokenizer.Field
            var t: CSVTokenizer.Terminator
            repeat {
                (last, t) = tok.next(&raw)
                if c < width {
                    if last.escaped {
                        CSVParser.unescaped(p, last, into: &scratch)
                        let s = scratch
                        s.withUnsafeBufferPointer { b in
                            cell(b.baseAddress ?? p, b.count, column: c, field: last, p: p, n: n)
                        }
                    } else {
                        cell(p + last.start, last.end - last.start, column: c, field: last, p: p, n: n)
                    }
                } else if !tooMany, c >= headerFields || last.end > last.start {
                    // Empty cells under the header's trailing empty names are ignored.
                    tooMany = true
                    add(line: last.line, column: tok.column(of: last.origin, lineStart: last.lineStart),
                        "too many fields: the header has \(width) columns")
                }
                c += 1
            } while t == .comma
            if c < width {
                let endOffset = last.end + (last.quoted ? 1 : 0)
                add(line: last.line, column: tok.column(of: endOffset, lineStart: last.lineStart),
                    "too few fields: \(c) of the header's \(width) columns")
                for k in c..<width { builders[k].appendMissing() }
            }
            rowCount += 1
            if !raw.isEmpty { flush(tok, &raw) }
            if rowCount == 4096 {
                let perRow = max(1, (tok.pos - (recordStarts.first ?? 0)) / rowCount)
                let expected = ((reserveEnd ?? n) - tok.pos) / perRow * 11 / 10 + rowCount
                recordStarts.reserveCapacity(expected)
                recordLines.reserveCapacity(expected)
                for k in builders.indices { builders[k].tune(expectedRows: expected) }
            }
        }
        flush(tok, &raw)
    }

    /// Stores one cell; the slow path handles type changes and type errors.
    @inline(__always)
    mutating func cell(_ q: UnsafePointer<UInt8>, _ len: Int, column c: Int, field: CSVTokenizer.Field,
                       p: UnsafePointer<UInt8>, n: Int) {
        if builders[c].append(q, len) { return }
        mismatch(q, len, column: c, field: field, p: p, n: n)
    }

    @inline(never)
    mutating func mismatch(_ q: UnsafePointer<UInt8>, _ len: Int, column c: Int, field: CSVTokenizer.Field,
                           p: UnsafePointer<UInt8>, n: Int) {
        let tok = CSVTokenizer(p, count: n, delimiter: options.delimiter)
        // The closure reads copies of the record positions, not `self`, whose builders are being mutated.
        let (starts, lines, rows, delimiter) = (recordStarts, recordLines, rowCount, options.delimiter)
        let previous = { CSVParser.previousCells(column: c, p: p, n: n, starts: starts, lines: lines, rows: rows, delimiter: delimiter) }
        if let message = builders[c].appendWidening(q, len, name: names[c], previous: previous) {
            add(line: field.line, column: tok.column(of: field.origin, lineStart: field.lineStart), message)
        }
    }

    /// The raw cells of column `c` in the records read so far (excluding the current one).
    func previousCells(column c: Int, p: UnsafePointer<UInt8>, n: Int) -> [[UInt8]?] {
        CSVParser.previousCells(column: c, p: p, n: n, starts: recordStarts, lines: recordLines, rows: rowCount,
                                delimiter: options.delimiter)
    }

    /// The raw cells of column `c` in the first `rows` records starting at `starts`/`lines`.
    static func previousCells(column c: Int, p: UnsafePointer<UInt8>, n: Int, starts recordStarts: [Int], lines recordLines: [Int],
                              rows rowCount: Int, delimiter: UInt8) -> [[UInt8]?] {
        var out: [[UInt8]?] = []
        out.reserveCapacity(rowCount)
        var ignored: [CSVTokenizer.Problem] = []
        for r in 0..<rowCount {
            var tok = CSVTokenizer(p, count: n, at: recordStarts[r], line: recordLines[r], lineStart: recordStarts[r],
                                   delimiter: delimiter)
            var k = 0
            var found: [UInt8]?
            while true {
                let (f, t) = tok.next(&ignored)
                if k == c {
                    var cell: [UInt8] = []
                    CSVParser.unescaped(p, f, into: &cell)
                    found = cell
                    break
                }
                k += 1
                if t != .comma { break }
            }
            out.append(found)
        }
        return out
    }
}
