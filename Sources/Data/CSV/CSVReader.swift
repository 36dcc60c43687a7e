// Why a hand-written reader: measured on a 151 MB file (2,000,000 rows: 2 text, 3 int,
// 5 double columns, quoted Chinese text; Swift 6.3.1 -c release, 2-core machine, medians):
//   StationKit CSVReader        BENCH_SK MB/s   (typed columns, inference, dictionary strings)
//   SwiftCSV 0.10.0             BENCH_SWIFTCSV MB/s  (rows of String only, no typing)
//   CSV.swift 2.5.2             BENCH_CSVSWIFT MB/s  (rows of String only, no typing)
//   pandas.read_csv (C engine)  BENCH_PANDAS MB/s;  pyarrow engine BENCH_PYARROW MB/s
// Both packages decode every cell into a Swift `String` (one allocation per cell) and neither
// reports positions; we need typed columns and file:line:column for every problem.
// (Scripts/bench_csv.py and Sources/StationKitBench/CSVBenchmarks.swift reproduce the numbers.)
import Foundation

/// How to read a CSV file.
public struct CSVReadOptions: Sendable {
    /// Column types by name; columns not named here are inferred (int → double → string).
    public var schema: [String: ColumnType]
    /// At most this many problems are kept (the rest are counted).
    public var maxProblems: Int

    public init(schema: [String: ColumnType] = [:], maxProblems: Int = 100) {
        self.schema = schema
        self.maxProblems = maxProblems
    }
}

/// A CSV file read into a `Table`, with the problems found and a map from cells back to
/// file:line:column.
public struct CSVFile: Sendable {
    /// The file name used in locations.
    public let path: String
    /// The data. Cells that were malformed or did not fit their type are missing.
    public let table: Table
    /// Problems found while reading, in file order (at most `maxProblems`).
    public let problems: [DataError]
    /// Problems found beyond `maxProblems`.
    public let omittedProblems: Int
    private let bytes: [UInt8]
    private let recordStarts: [Int]
    private let recordLines: [Int]
    private let headerStart: Int

    init(path: String, table: Table, problems: [DataError], omitted: Int, bytes: [UInt8],
         recordStarts: [Int], recordLines: [Int], headerStart: Int) {
        self.path = path
        self.table = table
        self.problems = problems
        self.omittedProblems = omitted
        self.bytes = bytes
        self.recordStarts = recordStarts
        self.recordLines = recordLines
        self.headerStart = headerStart
    }

    /// The table, or all the problems as `DataErrors`.
    public func checked() throws -> Table {
        if !problems.isEmpty { throw DataErrors(problems, omitted: omittedProblems) }
        return table
    }

    /// The physical line (1-based) where data row `row` (0-based, header excluded) starts.
    public func line(ofRow row: Int) -> Int {
        row >= 0 && row < recordLines.count ? recordLines[row] : 1
    }

    /// The location of cell (`row`, `column`): the line and character column where the cell
    /// starts (its opening quote when quoted). O(length of the record).
    public func location(row: Int, column: Int) -> SourceLocation {
        guard row >= 0, row < recordStarts.count else { return SourceLocation(file: path) }
        return fieldLocation(start: recordStarts[row], line: recordLines[row], field: column)
    }

    /// The location of the cell of `row` in the column called `name` (line only when unknown).
    public func location(row: Int, column name: String) -> SourceLocation {
        guard let c = table.position(of: name) else { return SourceLocation(file: path, line: line(ofRow: row)) }
        return location(row: row, column: c)
    }

    /// The location of header cell `column` (line 1, or after the header when past its end).
    public func headerLocation(column: Int) -> SourceLocation {
        fieldLocation(start: headerStart, line: 1, field: column)
    }

    private func fieldLocation(start: Int, line: Int, field: Int) -> SourceLocation {
        bytes.withUnsafeBufferPointer { buf in
            guard let base = buf.baseAddress else { return SourceLocation(file: path, line: line, column: 1) }
            var tok = CSVTokenizer(base, count: buf.count, at: start, line: line, lineStart: start)
            var ignored: [CSVTokenizer.Problem] = []
            var k = 0
            while true {
                let (f, t) = tok.next(&ignored)
                if k == field {
                    return SourceLocation(file: path, line: f.line, column: tok.column(of: f.origin, lineStart: f.lineStart))
                }
                k += 1
                if t != .comma {
                    // Past the last field: point at the end of the record.
                    return SourceLocation(file: path, line: f.line, column: tok.column(of: f.end + (f.quoted ? 1 : 0), lineStart: f.lineStart))
                }
            }
        }
    }
}

/// Reads CSV files (RFC 4180) into typed tables, reporting every problem with file:line:column.
///
/// - Input: UTF-8 (a leading BOM is skipped), comma separated, first record = header, records end
///   with LF, CRLF or CR; quoted fields may hold commas, quotes (doubled) and line breaks.
/// - Empty cells (quoted or not) are missing. Empty lines are skipped.
/// - Types: from `CSVReadOptions.schema`, else inferred per column: int if every cell is an
///   integer, else double if every cell is a number, else string (a column with no values is int).
/// - Numbers with thousands separators (`"1,234"`) are refused with a message, not read as text.
/// - Line numbers are physical lines (a quoted line break advances them); columns count
///   Unicode scalars from 1 (a Chinese character is one column).
///
/// Complexity: one pass over the bytes, O(bytes); a column that turns out to be text after
/// numbers is re-read once from the start.
public enum CSVReader {
    /// Reads the file at `path` into a `CSVFile` holding the table and any problems.
    /// - Parameters:
    ///   - path: the file to read.
    ///   - displayName: the name used in locations (default: `path`).
    /// - Throws: `DataError` (`.missingInput`, exit 66) when the file cannot be read. Problems in
    ///   its content are returned in `CSVFile.problems`, not thrown.
    public static func read(_ path: String, displayName: String? = nil, options: CSVReadOptions = .init()) throws -> CSVFile {
        let name = displayName ?? path
        guard let bytes = readBytes(path) else {
            throw DataError(.missingInput, at: SourceLocation(file: name), "cannot read the file (missing or unreadable)")
        }
        return parse(bytes, file: name, options: options)
    }

    /// The whole file in one read into the array's own storage (no intermediate `Data` copy).
    static func readBytes(_ path: String) -> [UInt8]? {
        guard let f = fopen(path, "rb") else { return nil }
        defer { fclose(f) }
        var st = stat()
        guard fstat(fileno(f), &st) == 0, (st.st_mode & S_IFMT) == S_IFREG else { return nil }
        let size = Int(st.st_size)
        var ok = true
        let bytes = [UInt8](unsafeUninitializedCapacity: size) { buf, count in
            count = buf.baseAddress.map { fread($0, 1, size, f) } ?? 0
            ok = count == size
        }
        return ok ? bytes : nil
    }

    /// Reads the file at `path` and returns its table.
    /// - Throws: `DataError` when it cannot be read, `DataErrors` listing every problem in it.
    public static func table(_ path: String, displayName: String? = nil, options: CSVReadOptions = .init()) throws -> Table {
        try read(path, displayName: displayName, options: options).checked()
    }

    /// Parses CSV bytes. Never throws: problems are collected in the result.
    public static func parse(_ bytes: [UInt8], file: String, options: CSVReadOptions = .init()) -> CSVFile {
        var parser = Parser(file: file, options: options)
        bytes.withUnsafeBufferPointer { buf in
            if let base = buf.baseAddress { parser.run(base, buf.count) }
        }
        if bytes.isEmpty { parser.add(line: 1, column: 1, "empty file: a header row is required") }
        var table = Table(name: file, rowCount: parser.rowCount)
        for (name, b) in zip(parser.names, parser.builders) {
            // Names are unique: duplicates were renamed and reported.
            try? table.append(name, b.build())
        }
        parser.problems.sort { $0.location < $1.location }
        return CSVFile(path: file, table: table, problems: parser.problems, omitted: parser.omitted,
                       bytes: bytes, recordStarts: parser.recordStarts, recordLines: parser.recordLines,
                       headerStart: parser.headerStart)
    }
}

/// The state of one parse.
private struct Parser {
    let file: String
    let options: CSVReadOptions
    var names: [String] = []
    var builders: [ColumnBuilder] = []
    var rowCount = 0
    var recordStarts: [Int] = []
    var recordLines: [Int] = []
    var headerStart = 0
    var problems: [DataError] = []
    var omitted = 0
    var scratch: [UInt8] = []

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
        let bom = n >= 3 && p[0] == 0xEF && p[1] == 0xBB && p[2] == 0xBF ? 3 : 0
        var tok = CSVTokenizer(p, count: n, at: bom, line: 1, lineStart: bom)
        var raw: [CSVTokenizer.Problem] = []
        headerStart = bom
        // Header.
        while true {
            let (f, t) = tok.next(&raw)
            var cell: [UInt8] = []
            Parser.unescaped(p, f, into: &cell)
            var name = String(decoding: cell, as: UTF8.self)
            let col = tok.column(of: f.origin, lineStart: f.lineStart)
            if name.isEmpty {
                name = "column\(names.count + 1)"
                add(line: f.line, column: col, "empty column name in the header (named it \(name))")
            }
            if names.contains(name) {
                let renamed = "\(name).\(names.count + 1)"
                add(line: f.line, column: col, "duplicate column name '\(name)' in the header (renamed to \(renamed))")
                name = renamed
            }
            names.append(name)
            builders.append(ColumnBuilder(type: options.schema[name]))
            if t != .comma { break }
        }
        flush(tok, &raw)
        let width = names.count
        // Records.
        while !tok.atEnd, !tok.unterminated {
            if tok.skipNewline() { continue }  // empty line
            let recordStart = tok.pos
            recordStarts.append(recordStart)
            recordLines.append(tok.line)
            var c = 0
            var last: CSVTokenizer.Field
            var t: CSVTokenizer.Terminator
            repeat {
                (last, t) = tok.next(&raw)
                if c < width {
                    if last.escaped {
                        Parser.unescaped(p, last, into: &scratch)
                        let s = scratch
                        s.withUnsafeBufferPointer { b in
                            cell(b.baseAddress ?? p, b.count, column: c, field: last, p: p, n: n)
                        }
                    } else {
                        cell(p + last.start, last.end - last.start, column: c, field: last, p: p, n: n)
                    }
                } else if c == width {
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

    mutating func mismatch(_ q: UnsafePointer<UInt8>, _ len: Int, column c: Int, field: CSVTokenizer.Field,
                           p: UnsafePointer<UInt8>, n: Int) {
        let text = String(decoding: UnsafeBufferPointer(start: q, count: len), as: UTF8.self)
        let tok = CSVTokenizer(p, count: n)
        let col = tok.column(of: field.origin, lineStart: field.lineStart)
        if DecimalParser.hasThousandsSeparators(q, len) {
            let plain = text.replacingOccurrences(of: ",", with: "")
            add(line: field.line, column: col,
                "number '\(text)' in column '\(names[c])' has thousands separators; write it without them (\(plain))")
            builders[c].appendMissing()
            return
        }
        if builders[c].fixed {
            let what = builders[c].state == .int ? "an integer" : "a number"
            add(line: field.line, column: col, "expected \(what) in column '\(names[c])', found '\(text)'")
            builders[c].appendMissing()
            return
        }
        if builders[c].state == .int, DecimalParser.double(q, len) != nil {
            builders[c].promoteToDouble()
        } else {
            builders[c].promoteToString(previous: previousCells(column: c, p: p, n: n))
        }
        _ = builders[c].append(q, len)
    }

    /// The raw cells of column `c` in the records read so far (excluding the current one).
    func previousCells(column c: Int, p: UnsafePointer<UInt8>, n: Int) -> [[UInt8]?] {
        var out: [[UInt8]?] = []
        out.reserveCapacity(rowCount)
        var ignored: [CSVTokenizer.Problem] = []
        for r in 0..<rowCount {
            var tok = CSVTokenizer(p, count: n, at: recordStarts[r], line: recordLines[r], lineStart: recordStarts[r])
            var k = 0
            var found: [UInt8]?
            while true {
                let (f, t) = tok.next(&ignored)
                if k == c {
                    var cell: [UInt8] = []
                    Parser.unescaped(p, f, into: &cell)
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
