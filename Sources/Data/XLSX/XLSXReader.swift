import Foundation

/// Reads one sheet of an .xlsx workbook (Office Open XML, ECMA-376) into the same typed `Table` the
/// CSV reader makes from the sheet's CSV export, so every command that reads a CSV reads spreadsheets too.
///
/// - Sheet: `CSVReadOptions.sheet` by name, else the first visible sheet of the workbook.
/// - Cells: see `XLSXSheetCells` (numbers as stored, numbers in date styles as ISO 8601 dates, shared/inline/rich
///   text, booleans as TRUE/FALSE, formulas by their saved value; error values and formulas without a saved
///   value are problems).
/// - Table: the header is the first row holding a non-empty cell; its last non-empty cell is the
///   table's last column, and its first column is the leftmost column used from the header on (so a
///   label column under an empty top-left cell belongs to the table, as in a CSV `,a,b`). Later rows with a non-empty cell are data rows (empty rows are skipped,
///   as empty lines in a CSV); a missing cell is a missing value; a non-empty cell right of the
///   header's last column is a problem ("too many fields"). Names and types follow `CSVReader` exactly (empty and duplicate
///   names renamed and reported; int → double → string inference or `CSVReadOptions.schema`).
/// - Locations: `book.xlsx[Sheet]:ROW:COLUMN`, the sheet's row number and column number (A = 1), so
///   `book.xlsx[工作表1]:5:3` is cell C5; messages about a cell also name it (`cell C5`). Problems with the
///   file itself (not a zip, damaged, no such sheet, malformed XML, an entry over `XLSXLimits`) are
///   located at the file alone.
///
/// Complexity: O(size of the inflated sheet and shared strings) time; memory holds the inflated parts
/// (bounded by `XLSXLimits.maxEntryBytes` each) and the table (bounded by `XLSXLimits.maxCells`).
public enum XLSXReader {
    /// Reads the sheet `options.sheet` (default: the first) of the workbook at `path`.
    /// - Parameters:
    ///   - path: the .xlsx file.
    ///   - displayName: the file name used in locations (default: `path`).
    ///   - options: the sheet, a schema and the problem limit (`delimiter` and `encoding` do not apply).
    ///   - limits: bounds against zip bombs and huge sheets.
    /// - Throws: `DataError` (`.missingInput`, exit 66) when the file cannot be read. Problems in its
    ///   content are returned in `CSVFile.problems`, not thrown.
    public static func read(_ path: String, displayName: String? = nil, options: CSVReadOptions = .init(),
                            limits: XLSXLimits = .init()) throws -> CSVFile {
        let name = displayName ?? path
        guard let bytes = CSVReader.readBytes(path) else {
            throw DataError(.missingInput, at: SourceLocation(file: name), "cannot read the file (missing or unreadable)")
        }
        return parse(bytes, file: name, options: options, limits: limits)
    }

    /// Parses workbook bytes. Never throws: problems are collected in the result.
    /// - Parameters:
    ///   - bytes: the .xlsx file's bytes.
    ///   - file: the file name used in locations.
    ///   - options: sheet, schema, problem limit.
    ///   - limits: bounds against zip bombs and huge sheets.
    public static func parse(_ bytes: [UInt8], file: String, options: CSVReadOptions = .init(),
                             limits: XLSXLimits = .init()) -> CSVFile {
        do {
            let book = try XLSXWorkbook(bytes: bytes, file: file, limits: limits)
            let sheet = try book.sheet(named: options.sheet)
            let located = "\(file)[\(sheet.name)]"
            let cells = try book.cells(of: sheet, located: located)
            return try XLSXSheetTable.build(cells, file: located, options: options, limits: limits)
        } catch let e as DataError {
            return CSVFile(path: file, table: Table(name: file), problems: [e], omitted: 0,
                           sheet: .init(headerRow: 1, rows: [], firstColumn: 1))
        } catch {
            return CSVFile(path: file, table: Table(name: file), problems: [DataError(at: SourceLocation(file: file), "\(error)")],
                           omitted: 0, sheet: .init(headerRow: 1, rows: [], firstColumn: 1))
        }
    }

    /// The names of the workbook's sheets, in workbook order.
    /// - Throws: `DataError` when the file cannot be read or is not a workbook.
    public static func sheetNames(_ path: String) throws -> [String] {
        guard let bytes = CSVReader.readBytes(path) else {
            throw DataError(.missingInput, at: SourceLocation(file: path), "cannot read the file (missing or unreadable)")
        }
        return try XLSXWorkbook(bytes: bytes, file: path, limits: XLSXLimits()).sheets.map(\.name)
    }
}
