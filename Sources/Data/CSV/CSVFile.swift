/// A CSV file (or one sheet of an .xlsx workbook, see `XLSXReader`) read into a `Table`, with the
/// problems found and a map from cells back to file:line:column.
///
/// For a sheet, `path` is `book.xlsx[Sheet]`, the line is the sheet's row number and the column is
/// the sheet's column number (A = 1): cell C5 of sheet 工作表1 is `book.xlsx[工作表1]:5:3`.
public struct CSVFile: Sendable {
    /// The file name used in locations.
    public let path: String
    /// The data. Cells that were malformed or did not fit their type are missing.
    public let table: Table
    /// Problems found while reading, in file order (at most `maxProblems`).
    public let problems: [DataError]
    /// Problems found beyond `maxProblems`.
    public let omittedProblems: Int
    private let bytes: ByteStorage
    private let recordStarts: [Int]
    private let recordLines: [Int]
    private let headerStart: Int
    private let delimiter: UInt8
    /// Set for a sheet of a workbook: where rows and columns of the table lie in the sheet.
    private let sheet: SheetCellMap?

    /// Where the table of a sheet lies: the header's row, each data row's row number, and the
    /// sheet column (1-based) of the table's first column.
    struct SheetCellMap: Sendable {
        var headerRow: Int
        var rows: [Int]
        var firstColumn: Int
    }

    /// A sheet's table (see `XLSXReader`).
    init(path: String, table: Table, problems: [DataError], omitted: Int, sheet: SheetCellMap) {
        self.init(path: path, table: table, problems: problems, omitted: omitted, bytes: ByteStorage([]),
                  recordStarts: [], recordLines: [], headerStart: 0, delimiter: 44, sheet: sheet)
    }

    init(path: String, table: Table, problems: [DataError], omitted: Int, bytes: ByteStorage,
         recordStarts: [Int], recordLines: [Int], headerStart: Int, delimiter: UInt8, sheet: SheetCellMap? = nil) {
        self.path = path
        self.table = table
        self.problems = problems
        self.omittedProblems = omitted
        self.bytes = bytes
        self.recordStarts = recordStarts
        self.recordLines = recordLines
        self.headerStart = headerStart
        self.delimiter = delimiter
        self.sheet = sheet
    }

    /// The table, or all the problems as `DataErrors`.
    public func checked() throws -> Table {
        if !problems.isEmpty { throw DataErrors(problems, omitted: omittedProblems) }
        return table
    }

    /// The physical line (1-based) where data row `row` (0-based, header excluded) starts.
    public func line(ofRow row: Int) -> Int {
        if let sheet { return row >= 0 && row < sheet.rows.count ? sheet.rows[row] : sheet.headerRow }
        return row >= 0 && row < recordLines.count ? recordLines[row] : 1
    }

    /// The location of cell (`row`, `column`): the line and character column where the cell
    /// starts (its opening quote when quoted). O(length of the record).
    public func location(row: Int, column: Int) -> SourceLocation {
        if let sheet {
            guard row >= 0, row < sheet.rows.count else { return SourceLocation(file: path) }
            return SourceLocation(file: path, line: sheet.rows[row], column: sheet.firstColumn + max(0, column))
        }
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
        if let sheet { return SourceLocation(file: path, line: sheet.headerRow, column: sheet.firstColumn + max(0, column)) }
        return fieldLocation(start: headerStart, line: 1, field: column)
    }

    private func fieldLocation(start: Int, line: Int, field: Int) -> SourceLocation {
        bytes.withBytes { buf in
            guard let base = buf.baseAddress else { return SourceLocation(file: path, line: line, column: 1) }
            var tok = CSVTokenizer(base, count: buf.count, at: start, line: line, lineStart: start, delimiter: delimiter)
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
