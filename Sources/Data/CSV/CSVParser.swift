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
    /// Columns of problems, counted incrementally along each line.
    var columns = CSVColumnCounter()
    /// Per record read so far, where `previousCells` stopped re-reading it (filled on the first promotion).
    var cursors: [Cursor] = []
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

    /// The character column of byte `offset` on the line starting at `lineStart` (see `CSVColumnCounter`).
    mutating func column(_ tok: CSVTokenizer, of offset: Int, lineStart: Int) -> Int {
        columns.column(tok.p, tok.n, of: offset, lineStart: lineStart)
    }

    mutating func flush(_ tok: CSVTokenizer, _ raw: inout [CSVTokenizer.Problem]) {
        for r in raw { add(line: r.line, column: column(tok, of: r.offset, lineStart: r.lineStart), r.message) }
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
            // Columns are counted only for problems, incrementally: a header of 100,000 names is not quadratic.
            let (name, problem) = header.add(String(decoding: cell, as: UTF8.self))
            if let problem { add(line: f.line, column: column(tok, of: f.origin, lineStart: f.lineStart), problem) }
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
                    add(line: last.line, column: column(tok, of: last.origin, lineStart: last.lineStart),
                        "too many fields: the header has \(width) columns")
                }
                c += 1
            } while t == .comma
            if c < width {
                let endOffset = last.end + (last.quoted ? 1 : 0)
                add(line: last.line, column: column(tok, of: endOffset, lineStart: last.lineStart),
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
        // The builder is moved out while it widens, so that re-reading earlier records (which advances
        // `cursors`) does not overlap an access to `builders`; the move keeps its storage unique.
        var builder = builders[c]
        builders[c] = ColumnBuilder(type: nil)
        let message = builder.appendWidening(q, len, name: names[c], previous: { previousCells(column: c, p: p, n: n) })
        builders[c] = builder
        if let message {
            add(line: field.line, column: columns.column(p, n, of: field.origin, lineStart: field.lineStart), message)
        }
    }

    /// Where re-reading a record stopped: the tokenizer state at the start of field `field`.
    struct Cursor {
        var field = 0
        var pos = 0
        var line = 0
        var lineStart = 0
    }

    /// The raw cells of column `c` in the records read so far (excluding the current one).
    ///
    /// Each record's re-reading resumes where the previous call on it stopped when `c` lies further
    /// right (columns of one record turn to text left to right), so a record of 100,000 fields that
    /// all turn to text is re-read once in total, not once per column.
    /// - Complexity: O(rows read so far + bytes between the cursors and column `c`).
    mutating func previousCells(column c: Int, p: UnsafePointer<UInt8>, n: Int) -> [[UInt8]?] {
        var out: [[UInt8]?] = []
        out.reserveCapacity(rowCount)
        var ignored: [CSVTokenizer.Problem] = []
        while cursors.count < rowCount {
            let r = cursors.count
            cursors.append(Cursor(field: 0, pos: recordStarts[r], line: recordLines[r], lineStart: recordStarts[r]))
        }
        for r in 0..<rowCount {
            var cursor = cursors[r]
            if cursor.field > c {
                cursor = Cursor(field: 0, pos: recordStarts[r], line: recordLines[r], lineStart: recordStarts[r])
            }
            var tok = CSVTokenizer(p, count: n, at: cursor.pos, line: cursor.line, lineStart: cursor.lineStart,
                                   delimiter: options.delimiter)
            var k = cursor.field
            var found: [UInt8]?
            while true {
                let (f, t) = tok.next(&ignored)
                if k == c {
                    var cell: [UInt8] = []
                    CSVParser.unescaped(p, f, into: &cell)
                    found = cell
                    cursor = Cursor(field: k, pos: f.origin, line: f.line, lineStart: f.lineStart)
                    break
                }
                k += 1
                if t != .comma { break }
            }
            cursors[r] = cursor
            out.append(found)
        }
        return out
    }
}
