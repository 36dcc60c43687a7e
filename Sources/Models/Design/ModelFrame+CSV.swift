import Data
import Foundation

// Stop-gap CSV adapter: Data's table reader is being written in parallel on another branch. When
// `Data.Table` lands, replace this file by `ModelFrame.init(_ table: Table)` (numeric columns →
// `numeric`, text columns → `text`) and let the CLI read through Data.
extension ModelFrame {
    /// Cells read as missing (pandas' default `na_values`, the common ones).
    static let missingMarkers: Set<String> = ["", "NA", "N/A", "n/a", "NaN", "nan", "-NaN", "-nan", "NULL", "null",
                                              "None", "#N/A", "<NA>"]

    /// Reads a frame from CSV text (RFC 4180: comma separator, header row, `"` quoting with `""` escapes,
    /// LF or CRLF line ends, optional UTF-8 BOM). A column is numeric when every non-missing cell parses as a
    /// number; otherwise it is text. Missing markers: empty, NA, N/A, NaN, NULL, None, #N/A (as pandas).
    /// - Parameters:
    ///   - text: the CSV content.
    ///   - file: name used in error locations.
    /// - Throws: `DataError` (exit 65) with line and column for a ragged row, an unterminated quote, a
    ///   duplicate or empty header name.
    /// - Complexity: O(size of text).
    public init(csv text: String, file: String = "<csv>") throws {
        let records = try ModelFrame.parseCSV(text, file: file)
        guard let header = records.first else {
            throw DataError(at: SourceLocation(file: file, line: 1), "empty CSV file: no header row")
        }
        var seen = Set<String>()
        for (j, name) in header.fields.enumerated() {
            guard !name.isEmpty else {
                throw DataError(at: SourceLocation(file: file, line: 1, column: j + 1), "empty column name in header")
            }
            guard seen.insert(name).inserted else {
                throw DataError(at: SourceLocation(file: file, line: 1, column: j + 1), "duplicate column name '\(name)'")
            }
        }
        var cells = [[String]](repeating: [], count: header.fields.count)
        for r in records.dropFirst() {
            if r.fields.count == 1, r.fields[0].isEmpty { continue }  // blank line
            guard r.fields.count == header.fields.count else {
                throw DataError(at: SourceLocation(file: file, line: r.line),
                                "row has \(r.fields.count) fields, the header has \(header.fields.count)")
            }
            for j in r.fields.indices { cells[j].append(r.fields[j]) }
        }
        var numeric: [String: [Double]] = [:]
        var textColumns: [String: [String?]] = [:]
        for (j, name) in header.fields.enumerated() {
            let column = cells[j]
            let values = column.map { ModelFrame.missingMarkers.contains($0) ? Double.nan : (Double($0) ?? Double($0.trimmingCharacters(in: .whitespaces))) }
            if values.allSatisfy({ $0 != nil }) {
                numeric[name] = values.map { $0 ?? .nan }
            } else {
                textColumns[name] = column.map { ModelFrame.missingMarkers.contains($0) ? nil : $0 }
            }
        }
        try self.init(numeric: numeric, text: textColumns)
    }

    /// Reads a CSV file (see `init(csv:file:)`).
    /// - Throws: `DataError` `.missingInput` (exit 66) when the file cannot be read, or the parse errors above.
    public init(csvFile path: String) throws {
        guard let data = FileManager.default.contents(atPath: path) else {
            throw DataError(.missingInput, at: SourceLocation(file: path), "cannot read file")
        }
        guard let text = String(data: data, encoding: .utf8) else {
            throw DataError(at: SourceLocation(file: path), "file is not valid UTF-8")
        }
        try self.init(csv: text, file: path)
    }

    /// RFC 4180 records with the line each starts on. Works on UTF-8 bytes (the structural characters are
    /// ASCII) and decodes each field once; columns in errors count bytes until Data's reader replaces this.
    /// Complexity: O(bytes).
    static func parseCSV(_ text: String, file: String) throws -> [(line: Int, fields: [String])] {
        var bytes = Array(text.utf8)
        if bytes.starts(with: [0xEF, 0xBB, 0xBF]) { bytes.removeFirst(3) }
        let quote = UInt8(ascii: "\""), comma = UInt8(ascii: ","), lf = UInt8(ascii: "\n"), cr = UInt8(ascii: "\r")
        var records: [(line: Int, fields: [String])] = []
        var fields: [String] = []
        var line = 1, recordLine = 1, lineStart = 0
        var i = 0
        let n = bytes.count
        while i < n {
            // One field starting at i.
            if bytes[i] == quote {
                let start = (line: line, column: i - lineStart + 1)
                var value: [UInt8] = []
                i += 1
                var closed = false
                while i < n {
                    let c = bytes[i]
                    if c == quote {
                        if i + 1 < n, bytes[i + 1] == quote {
                            value.append(quote)
                            i += 2
                            continue
                        }
                        closed = true
                        i += 1
                        break
                    }
                    if c == lf {
                        line += 1
                        lineStart = i + 1
                    }
                    value.append(c)
                    i += 1
                }
                guard closed else {
                    throw DataError(at: SourceLocation(file: file, line: start.line, column: start.column), "unterminated quoted field")
                }
                // Anything up to the next separator after the closing quote is kept, as lenient readers do.
                let rest = i
                while i < n, bytes[i] != comma, bytes[i] != lf, bytes[i] != cr { i += 1 }
                value += bytes[rest..<i]
                fields.append(String(decoding: value, as: UTF8.self))
            } else {
                let start = i
                while i < n, bytes[i] != comma, bytes[i] != lf, bytes[i] != cr { i += 1 }
                fields.append(String(decoding: bytes[start..<i], as: UTF8.self))
            }
            // The separator after the field.
            if i >= n { break }
            if bytes[i] == comma {
                i += 1
                if i == n { fields.append("") }
                continue
            }
            if bytes[i] == cr, i + 1 < n, bytes[i + 1] == lf { i += 1 }
            i += 1
            records.append((recordLine, fields))
            fields = []
            line += 1
            lineStart = i
            recordLine = line
        }
        if !fields.isEmpty { records.append((recordLine, fields)) }
        return records
    }
}
