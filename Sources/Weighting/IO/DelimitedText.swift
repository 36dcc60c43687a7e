import Data
import Foundation

/// A minimal RFC 4180 CSV reader local to Weighting, kept small on purpose: the Data module's full CSV reader
/// (Sources/Data/CSV, written in parallel) had not reached `main` when Weighting was written. It keeps each
/// cell's line and column (Unicode scalars, 1-based) so that errors point at the cell.
/// Replace with Data's reader once it lands.
struct DelimitedText {
    /// One cell and where it starts in the file.
    struct Cell {
        var text: String
        var line: Int
        var column: Int
    }

    let file: String
    /// Rows of cells; the first is the header. Blank lines are skipped.
    let rows: [[Cell]]

    /// Reads and parses `path`.
    /// - Throws: `DataError(.missingInput)` when unreadable, `DataError(.invalid)` on an unterminated quote.
    init(contentsOf path: String) throws {
        guard let data = FileManager.default.contents(atPath: path) else {
            throw DataError(.missingInput, at: SourceLocation(file: path), "cannot read file")
        }
        guard let text = String(data: data, encoding: .utf8) else {
            throw DataError(at: SourceLocation(file: path), "file is not valid UTF-8")
        }
        try self.init(text: text, file: path)
    }

    /// Parses CSV text (comma-separated, double-quote quoting, "" as an escaped quote, \n or \r\n line ends).
    init(text: String, file: String) throws {
        self.file = file
        var rows: [[Cell]] = []
        var row: [Cell] = []
        var field = "", inQuotes = false, fieldStarted = false
        var line = 1, column = 1, fieldLine = 1, fieldColumn = 1
        var scalars = Array(text.unicodeScalars)
        if scalars.first == "\u{FEFF}" { scalars.removeFirst() }
        func endField() {
            row.append(Cell(text: field, line: fieldLine, column: fieldColumn))
            field = ""
            fieldStarted = false
        }
        func endRow() {
            if !(row.count == 1 && row[0].text.isEmpty) { rows.append(row) }
            row = []
        }
        var k = 0
        while k < scalars.count {
            let c = scalars[k]
            if !fieldStarted { fieldLine = line; fieldColumn = column; fieldStarted = true }
            if inQuotes {
                if c == "\"" {
                    if k + 1 < scalars.count, scalars[k + 1] == "\"" {
                        field.unicodeScalars.append("\"")
                        k += 1
                        column += 1
                    } else {
                        inQuotes = false
                    }
                } else {
                    field.unicodeScalars.append(c)
                    if c == "\n" { line += 1; column = 0 }
                }
            } else if c == "\"" && field.isEmpty {
                inQuotes = true
            } else if c == "," {
                endField()
            } else if c == "\n" || c == "\r" {
                if c == "\r", k + 1 < scalars.count, scalars[k + 1] == "\n" { k += 1 }
                endField()
                endRow()
                line += 1
                column = 0
            } else {
                field.unicodeScalars.append(c)
            }
            k += 1
            column += 1
        }
        if inQuotes {
            throw DataError(at: SourceLocation(file: file, line: fieldLine, column: fieldColumn), "unterminated quoted field")
        }
        if fieldStarted || !row.isEmpty {
            endField()
            endRow()
        }
        self.rows = rows
    }

    /// Location of a cell, for errors.
    func location(_ cell: Cell) -> SourceLocation { SourceLocation(file: file, line: cell.line, column: cell.column) }

    /// Parses a numeric cell ("3", "0.2", "-1e3"; surrounding spaces allowed).
    /// - Throws: `DataError` at the cell when it is not a finite number.
    func number(_ cell: Cell, what: String) throws -> Double {
        let t = cell.text.trimmingCharacters(in: .whitespaces)
        guard let v = Double(t), v.isFinite else {
            throw DataError(at: location(cell), "\(what): '\(cell.text)' is not a number")
        }
        return v
    }
}
