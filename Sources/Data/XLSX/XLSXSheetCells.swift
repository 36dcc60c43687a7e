import Foundation
#if canImport(FoundationXML)
import FoundationXML
#endif

/// The non-empty cells of one worksheet part (`<sheetData><row r=><c r= t=><v>…`), as the text a CSV
/// export would hold (ECMA-376 Part 1, §18.3.1.4 `c`, §18.18.11 `ST_CellType`):
/// - numbers (`t="n"` or none): the stored value as written (Excel writes shortest round-trip forms);
/// - shared strings (`t="s"`), inline strings (`t="inlineStr"`, rich runs joined), formula strings
///   (`t="str"`) and ISO dates (`t="d"`): the text;
/// - numbers in a date or time style: ISO 8601 text (`2021-03-01`, see `XLSXDates`);
/// - booleans (`t="b"`): `TRUE` / `FALSE`, as Excel's CSV export writes them;
/// - formulas: their cached value (the `<v>` the spreadsheet program saved);
/// - errors (`t="e"`, e.g. `#DIV/0!`) and formulas saved without a value are problems at the cell
///   (the cell then reads as missing), never numbers.
/// A cell without `r` follows the previous one in its row; a row without `r` follows the previous row.
struct XLSXSheetCells {
    struct Cell {
        var row: Int
        var column: Int
        var text: String
    }

    /// Non-empty cells in document order.
    var cells: [Cell] = []
    /// Problems at cells (errors, formulas without values, bad shared-string indices, repeated cells).
    var problems: [DataError] = []

    /// - Parameters:
    ///   - data: the sheet part.
    ///   - entry: its zip path (for messages about the XML).
    ///   - file: the location name of the sheet (`book.xlsx[Sheet]`).
    ///   - strings: the workbook's shared strings.
    ///   - dates: which cell styles are dates.
    /// - Throws: `DataError` for malformed XML, or a cell or row reference that is malformed, off the
    ///   grid, or goes backwards (at the row of the bad reference).
    init(_ data: Data, entry: String, file: String, strings: [String], dates: XLSXDates = XLSXDates()) throws {
        let h = Handler(file: file, strings: strings, dates: dates)
        try h.parse(data, entry: entry, file: file)
        cells = h.cells
        problems = h.problems
    }

    private final class Handler: XLSXXMLHandler {
        let file: String
        let strings: [String]
        let dates: XLSXDates
        var cells: [Cell] = []
        var problems: [DataError] = []
        var row = 0, column = 0
        var inSheetData = false
        // The cell being read.
        var type = "n", style = 0, hasFormula = false, value: String?, inV = false, inline: XLSXText?

        init(file: String, strings: [String], dates: XLSXDates) {
            self.file = file
            self.strings = strings
            self.dates = dates
        }

        func at(_ row: Int, _ column: Int? = nil) -> SourceLocation { SourceLocation(file: file, line: row, column: column) }

        override func start(_ parser: XMLParser, _ name: String, _ attributes: [String: String]) {
            if !inSheetData {
                if name == "sheetData" { inSheetData = true }
                return
            }
            switch name {
            case "row":
                let next: Int
                if let r = attribute(attributes, "r") {
                    guard let n = Int(r), n > row, n <= XLSXCellReference.maxRow else {
                        return fail(parser, DataError(at: at(row + 1), "bad row number r=\"\(r)\" after row \(row): rows must increase within 1…\(XLSXCellReference.maxRow)"))
                    }
                    next = n
                } else {
                    next = row + 1
                }
                guard next <= XLSXCellReference.maxRow else {
                    return fail(parser, DataError(at: at(row), "row \(next) is past the sheet's last row \(XLSXCellReference.maxRow)"))
                }
                row = next
                column = 0
            case "c":
                if let r = attribute(attributes, "r") {
                    guard let ref = XLSXCellReference.parse(r) else {
                        return fail(parser, DataError(at: at(row), "bad cell reference r=\"\(r)\" in row \(row)"))
                    }
                    guard ref.row == row, ref.column > column else {
                        return fail(parser, DataError(at: at(row), "cell reference \(r) does not follow cell \(XLSXCellReference.name(row: row, column: max(column, 1))) of row \(row)"))
                    }
                    column = ref.column
                } else {
                    column += 1
                    guard column <= XLSXCellReference.maxColumn else {
                        return fail(parser, DataError(at: at(row), "row \(row) has more than \(XLSXCellReference.maxColumn) columns"))
                    }
                }
                if row == 0 { row = 1 }
                type = attribute(attributes, "t") ?? "n"
                style = attribute(attributes, "s").flatMap { Int($0) } ?? 0
                hasFormula = false
                value = nil
                inline = nil
            case "f": hasFormula = true
            case "v":
                inV = true
                value = value ?? ""
            case "is": inline = XLSXText()
            default: inline?.start(name)
            }
        }

        override func text(_ string: String) {
            if inV { value? += string } else { inline?.text(string) }
        }

        override func end(_ parser: XMLParser, _ name: String) {
            guard inSheetData else { return }
            switch name {
            case "sheetData": inSheetData = false
            case "v": inV = false
            case "c": finishCell()
            default: inline?.end(name)
            }
        }

        func finishCell() {
            let ref = XLSXCellReference.name(row: row, column: column)
            func problem(_ message: String) { problems.append(DataError(at: at(row, column), message + " (cell \(ref))")) }
            // A text formula may yield "", a number, boolean or error formula may not (openpyxl and other
            // writers that cannot compute save `<v></v>` or no `<v>`).
            if hasFormula, (value ?? "").isEmpty, inline == nil, type != "str" {
                return problem("formula saved without its value: open the workbook in a spreadsheet program and save it again")
            }
            var text: String?
            switch type {
            case "s":
                guard let v = value else { break }
                guard let k = Int(v.trimmingCharacters(in: .whitespaces)), k >= 0, k < strings.count else {
                    return problem("shared string index '\(v)' is not one of the workbook's \(strings.count) strings")
                }
                text = strings[k]
            case "inlineStr": text = inline?.value ?? value
            case "b":
                guard let v = value else { break }
                text = v == "1" ? "TRUE" : v == "0" ? "FALSE" : v
            case "e": return problem("the cell holds the spreadsheet error \(value ?? "?")")
            case "str", "d": text = value.map(XLSXText.unescape)
            default:
                text = value?.trimmingCharacters(in: .whitespaces)
                if let t = text, style >= 0, style < dates.styles.count, let kind = dates.styles[style],
                   let v = Double(t), let iso = dates.text(v, kind: kind) {
                    text = iso
                }
            }
            if let text, !text.isEmpty { cells.append(Cell(row: row, column: column, text: text)) }
        }
    }
}
