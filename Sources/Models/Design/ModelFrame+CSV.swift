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
            let values = column.map { ModelFrame.missingMarkers.contains($0) ? Double.nan : Double($0.trimmingCharacters(in: .whitespaces)) }
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

    /// RFC 4180 records with the line each starts on.
    static func parseCSV(_ text: String, file: String) throws -> [(line: Int, fields: [String])] {
        var records: [(line: Int, fields: [String])] = []
        var fields: [String] = []
        var field = String.UnicodeScalarView()
        var inQuotes = false
        var line = 1
        var recordLine = 1
        var quoteStart = (line: 1, column: 1)
        var column = 0
        var scalars = Array(text.unicodeScalars)
        if scalars.first == "\u{FEFF}" { scalars.removeFirst() }
        var i = 0
        func endField() {
            fields.append(String(field))
            field = String.UnicodeScalarView()
        }
        while i < scalars.count {
            let c = scalars[i]
            column += 1
            if inQuotes {
                if c == "\"" {
                    if i + 1 < scalars.count, scalars[i + 1] == "\"" {
                        field.append("\"")
                        i += 1
                    } else {
                        inQuotes = false
                    }
                } else {
                    if c == "\n" { line += 1; column = 0 }
                    field.append(c)
                }
            } else if c == "\"" && field.isEmpty {
                inQuotes = true
                quoteStart = (line, column)
            } else if c == "," {
                endField()
            } else if c == "\n" || c == "\r" {
                if c == "\r", i + 1 < scalars.count, scalars[i + 1] == "\n" { i += 1 }
                endField()
                records.append((recordLine, fields))
                fields = []
                line += 1
                column = 0
                recordLine = line
            } else {
                field.append(c)
            }
            i += 1
        }
        if inQuotes {
            throw DataError(at: SourceLocation(file: file, line: quoteStart.line, column: quoteStart.column),
                            "unterminated quoted field")
        }
        if !field.isEmpty || !fields.isEmpty {
            endField()
            records.append((recordLine, fields))
        }
        return records
    }
}
