/// The one entry point for reading a data table from a file, whatever its kind: an .xlsx workbook
/// (by its extension, any case: `XLSXReader`, sheet `options.sheet`) or a CSV file (`CSVReader`, with
/// `options.encoding` and `options.delimiter`). Commands read their data tables through this, so that
/// every one of them takes spreadsheets.
public enum TableFile {
    /// Whether `path` names an .xlsx workbook (by extension).
    public static func isWorkbook(_ path: String) -> Bool { path.lowercased().hasSuffix(".xlsx") }

    /// Reads `path` into a table with its problems and cell locations.
    /// - Parameters:
    ///   - path: a .csv (or any other name: read as CSV) or .xlsx file.
    ///   - displayName: the name used in locations (default: `path`).
    ///   - options: reading options (schema, encoding and delimiter for CSV, sheet for .xlsx).
    /// - Throws: `DataError` (`.missingInput`, exit 66) when the file cannot be read; an `.xls` file is
    ///   refused with how to convert it. Problems in the content are in `CSVFile.problems`.
    public static func read(_ path: String, displayName: String? = nil, options: CSVReadOptions = .init()) throws -> CSVFile {
        if isWorkbook(path) { return try XLSXReader.read(path, displayName: displayName, options: options) }
        if path.lowercased().hasSuffix(".xls") {
            throw DataError(at: SourceLocation(file: displayName ?? path),
                            "old binary .xls workbooks are not read: save the sheet as .xlsx, or export it as CSV (UTF-8)")
        }
        return try CSVReader.read(path, displayName: displayName, options: options)
    }

    /// Reads `path` and returns its table.
    /// - Throws: `DataError` when it cannot be read, `DataErrors` listing every problem in it.
    public static func table(_ path: String, displayName: String? = nil, options: CSVReadOptions = .init()) throws -> Table {
        try read(path, displayName: displayName, options: options).checked()
    }
}
