import Data
import Foundation

/// A small table input of Weighting (decision matrix, grades, pairwise matrix) read by Data's `TableFile`
/// (CSV, or a sheet of an .xlsx workbook), seen cell by cell with each cell's file:line:column for errors.
struct CSVCells {
    let file: CSVFile
    let table: Table

    /// Reads `path`.
    /// - Parameters:
    ///   - path: the CSV file.
    ///   - emptyCorner: accept an empty top-left header cell (matrices labelled on both axes).
    ///   - options: encoding and delimiter of a CSV, sheet of an .xlsx (its `allowsEmptyFirstHeaderName` is set
    ///     from `emptyCorner`).
    /// - Throws: `DataError` (`.missingInput`) when unreadable, `DataErrors` listing every problem the reader
    ///   found (ragged rows, bad quotes, empty or duplicate header names), each with file:line:column.
    init(contentsOf path: String, emptyCorner: Bool = false, options: CSVReadOptions = .init()) throws {
        var options = options
        options.allowsEmptyFirstHeaderName = emptyCorner
        file = try TableFile.read(path, options: options)
        table = try file.checked()
    }

    /// Header names with surrounding spaces removed.
    var names: [String] { table.columnNames.map { $0.trimmingCharacters(in: .whitespaces) } }

    /// The header row (line 1 of a CSV, the header's row of a sheet), for problems with the whole table.
    var headerLocation: SourceLocation { SourceLocation(file: file.path, line: file.line(ofRow: -1)) }

    /// Number of data rows (header excluded, blank lines skipped).
    var rowCount: Int { table.rowCount }

    /// The cell's text as written ("" when empty).
    func text(row: Int, column: Int) -> String { table.text(row: row, column: column) }

    /// Where the cell starts in the file.
    func location(row: Int, column: Int) -> SourceLocation { file.location(row: row, column: column) }

    /// The cell as a finite number ("3", "0.2", "-1e3"; surrounding spaces allowed).
    /// - Throws: `DataError` at the cell when it is empty or not a finite number.
    func number(row: Int, column: Int, what: String) throws -> Double {
        switch table.columns[column] {
        case .double(let v) where v[row].isFinite: return v[row]
        case .int(let v) where v[row] != IntMissing: return Double(v[row])
        default:
            let t = text(row: row, column: column)
            guard let v = Double(t.trimmingCharacters(in: .whitespaces)), v.isFinite else {
                throw DataError(at: location(row: row, column: column), "\(what): '\(t)' is not a number")
            }
            return v
        }
    }
}
