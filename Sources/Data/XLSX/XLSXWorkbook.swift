import Foundation
#if canImport(FoundationXML)
import FoundationXML
#endif

/// An .xlsx workbook opened for reading: its sheets in workbook order (name → part through
/// `xl/_rels/workbook.xml.rels`) and its shared strings (ECMA-376 Part 1, §18.2).
struct XLSXWorkbook {
    struct Sheet {
        var name: String
        /// The zip entry of the sheet part; nil when the relationship is missing.
        var part: String?
        var hidden: Bool
        /// A chart sheet holds no cells.
        var isChart: Bool
    }

    let archive: XLSXArchive
    private(set) var sheets: [Sheet] = []
    private let sharedStringsPart: String?
    private let stylesPart: String?
    private let date1904: Bool

    /// Opens the workbook in `bytes`.
    /// - Throws: `DataError` for a file that is not a workbook, a damaged zip or malformed XML.
    init(bytes: [UInt8], file: String, limits: XLSXLimits) throws {
        archive = try XLSXArchive(bytes: bytes, file: file, limits: limits)
        let packageRels = try archive.data("_rels/.rels").map {
            try XLSXRelationships($0, entry: "_rels/.rels", base: "", file: file)
        }
        let bookPart = packageRels?.target(ofType: "officeDocument") ?? "xl/workbook.xml"
        let base = bookPart.split(separator: "/").dropLast().joined(separator: "/")
        let relsPart = (base.isEmpty ? "" : base + "/") + "_rels/" + (bookPart.split(separator: "/").last.map(String.init) ?? "") + ".rels"
        let rels = try archive.data(relsPart).map { try XLSXRelationships($0, entry: relsPart, base: base, file: file) }
            ?? XLSXRelationships.empty
        let book = SheetList()
        try book.parse(archive.required(bookPart, what: "the workbook part"), entry: bookPart, file: file)
        sheets = book.sheets.map { s in
            let r = s.id.flatMap { rels.byID[$0] }
            return Sheet(name: s.name, part: r?.target, hidden: s.hidden, isChart: r?.type.hasSuffix("/chartsheet") ?? false)
        }
        sharedStringsPart = rels.target(ofType: "sharedStrings")
        stylesPart = rels.target(ofType: "styles")
        date1904 = book.date1904
    }

    /// The sheet called `name`, or by default the first visible sheet.
    /// - Throws: `DataError` listing the workbook's sheets when there is no such sheet.
    func sheet(named name: String?) throws -> Sheet {
        let found = name.map { n in sheets.first { $0.name == n } } ?? (sheets.first { !$0.hidden } ?? sheets.first)
        guard let found else {
            let list = sheets.map { "'\($0.name)'" }.joined(separator: ", ")
            let what = name.map { "no sheet '\($0)' in the workbook" } ?? "the workbook has no sheets"
            throw DataError(at: SourceLocation(file: archive.file), what + (sheets.isEmpty ? "" : "; its sheets are: \(list)"))
        }
        return found
    }

    /// The shared strings (empty when the workbook has none).
    func sharedStrings() throws -> XLSXSharedStrings {
        let part = sharedStringsPart ?? "xl/sharedStrings.xml"
        guard let data = try archive.data(part) else { return XLSXSharedStrings() }
        return try XLSXSharedStrings(data, entry: part, file: archive.file)
    }

    /// Which cell styles are dates (none when the workbook has no styles part).
    func dates() throws -> XLSXDates {
        let part = stylesPart ?? "xl/styles.xml"
        var dates = try archive.data(part).map { try XLSXDates($0, entry: part, file: archive.file) } ?? XLSXDates()
        dates.date1904 = date1904
        return dates
    }

    /// Reads the cells of `sheet`; `located` is the file name used in cell locations (`book.xlsx[Sheet]`).
    /// - Throws: `DataError` for a chart sheet, a missing part, malformed XML or a bad cell reference.
    func cells(of sheet: Sheet, located: String) throws -> XLSXSheetCells {
        if sheet.isChart { throw DataError(at: SourceLocation(file: archive.file), "sheet '\(sheet.name)' is a chart, not a table of cells") }
        guard let part = sheet.part else {
            throw DataError(at: SourceLocation(file: archive.file), "the workbook names sheet '\(sheet.name)' but has no part for it: it is damaged")
        }
        let data = try archive.required(part, what: "the part of sheet '\(sheet.name)'")
        return try XLSXSheetCells(data, entry: part, file: located, strings: sharedStrings().strings, dates: dates())
    }

    /// `<sheet name= r:id= state=>` elements of the workbook part, in order, and its date system.
    private final class SheetList: XLSXXMLHandler {
        var sheets: [(name: String, id: String?, hidden: Bool)] = []
        var date1904 = false

        override func start(_ parser: XMLParser, _ name: String, _ attributes: [String: String]) {
            if name == "workbookPr" { date1904 = ["1", "true"].contains(attribute(attributes, "date1904") ?? "") }
            guard name == "sheet" else { return }
            let state = attribute(attributes, "state") ?? "visible"
            sheets.append((attribute(attributes, "name") ?? "", attribute(attributes, "id"), state != "visible"))
        }
    }
}

extension XLSXRelationships {
    static var empty: XLSXRelationships { XLSXRelationships() }
    private init() {}
}
