import Data
import TestSupport
import XCTest

/// .xlsx sheets load to the same Table as their UTF-8 CSV twins. Fixtures and twins:
/// Tests/References/Data/make_xlsx_fixtures.py (openpyxl 3.1.5, read back by openpyxl before it ends).
final class XLSXReaderTests: XCTestCase {
    private func path(_ name: String) -> String { RepositoryPaths.fixture("DataTests", "xlsx/\(name)").path }
    private func broken(_ name: String) -> String { RepositoryPaths.fixture("DataTests", "broken/\(name)").path }

    private func load(_ name: String, _ options: CSVReadOptions = .init()) throws -> Table {
        var t = try TableFile.table(path(name), options: options)
        t.name = "t"
        return t
    }

    private func problems(_ file: CSVFile) -> [String] { file.problems.map { "\($0.location): \($0.message)" } }

    func testChineseTextNumbersBooleansAndEmptyCellsLoadAsTheCSVTwin() throws {
        let sheet = try load("stations.xlsx")
        XCTAssertEqual(sheet, try load("stations.csv"))
        XCTAssertEqual(sheet.columnNames, ["station_id", "street", "district", "opened", "workers", "budget", "certified"])
        XCTAssertEqual(try sheet.strings("street")[1], "大明湖街道, 东片")
        XCTAssertEqual(try sheet.strings("district")[2], nil)
        guard case .int(let workers) = sheet.columns[4], case .double(let budget) = sheet.columns[5] else {
            return XCTFail("workers must be int and budget double, as in the CSV")
        }
        XCTAssertEqual(workers[1], IntMissing)
        XCTAssertEqual(budget[4], 1e-7)
    }

    func testSecondSheetIsPickedByNameAndTheFirstIsTheDefault() throws {
        XCTAssertEqual(try load("two-sheets.xlsx"), try load("two-sheets-2024.csv"))
        XCTAssertEqual(try load("two-sheets.xlsx", CSVReadOptions(sheet: "2025年")), try load("two-sheets-2025.csv"))
        XCTAssertEqual(try XLSXReader.sheetNames(path("two-sheets.xlsx")), ["2024年", "2025年"])
        let f = try TableFile.read(path("two-sheets.xlsx"), displayName: "b.xlsx", options: CSVReadOptions(sheet: "2026"))
        XCTAssertEqual(problems(f), ["b.xlsx: no sheet '2026' in the workbook; its sheets are: '2024年', '2025年'"])
        XCTAssertThrowsError(try f.checked())
    }

    func testFormulasReadTheirSavedValues() throws {
        XCTAssertEqual(try load("formula.xlsx"), try load("formula.csv"))
    }

    func testSharedStringsRichTextRunsAndInlineStringsLoadAsTheCSVTwin() throws {
        let sheet = try load("shared-strings.xlsx")
        XCTAssertEqual(sheet, try load("shared-strings.csv"))
        XCTAssertEqual(sheet.rowCount, 200)
        XCTAssertEqual(try sheet.strings("district")[1], "市中区")  // two rich-text runs
        XCTAssertEqual(try sheet.strings("street_id")[2], "U002")  // the inline string
    }

    func testDateStyledNumbersReadAsISOTextInBothDateSystems() throws {
        // openpyxl stores dates as serial numbers with date styles (1900-01-01 is serial 1, below Excel's 1900-02-29).
        XCTAssertEqual(try load("dates.xlsx"), try load("dates.csv"))
        XCTAssertEqual(try load("dates-1904.xlsx"), try load("dates-1904.csv"))
    }

    func testCellLocationsAreSheetRowsAndColumnNumbers() throws {
        let f = try TableFile.read(path("stations.xlsx"), displayName: "s.xlsx")
        XCTAssertEqual(f.path, "s.xlsx[站点]")
        // Data row 3 is sheet row 6: row 5 is empty and skipped.
        XCTAssertEqual(f.location(row: 3, column: 0), SourceLocation(file: "s.xlsx[站点]", line: 6, column: 1))
        XCTAssertEqual(f.location(row: 0, column: "budget"), SourceLocation(file: "s.xlsx[站点]", line: 2, column: 6))
        XCTAssertEqual(f.headerLocation(column: 2), SourceLocation(file: "s.xlsx[站点]", line: 1, column: 3))
        XCTAssertEqual(f.line(ofRow: 4), 7)
        // A schema type that does not fit is reported at the cell, with its name.
        let typed = try TableFile.read(path("stations.xlsx"), displayName: "s.xlsx",
                                       options: CSVReadOptions(schema: ["street": .int]))
        XCTAssertEqual(problems(typed).first, "s.xlsx[站点]:2:2: expected an integer in column 'street', found '趵突泉街道' (cell B2)")
    }

    func testBrokenWorkbooksAreLocatedProblems() throws {
        func first(_ name: String) throws -> String {
            let f = try TableFile.read(broken(name), displayName: name)
            XCTAssertThrowsError(try f.checked())
            return problems(f).first ?? ""
        }
        XCTAssertEqual(try first("truncated.xlsx"),
                       "truncated.xlsx: the zip archive of this .xlsx is truncated or damaged (no central directory): copy or download the file again")
        XCTAssertTrue(try first("not-a-zip.xlsx").hasPrefix("not-a-zip.xlsx: not an .xlsx workbook (not a zip archive)"))
        XCTAssertEqual(try first("formula-no-value.xlsx"),
                       "formula-no-value.xlsx[Sheet1]:2:4: formula saved without its value: open the workbook in a spreadsheet program and save it again (cell D2)")
        XCTAssertEqual(try first("error-cell.xlsx"), "error-cell.xlsx[Sheet1]:3:2: the cell holds the spreadsheet error #DIV/0! (cell B3)")
        XCTAssertEqual(try first("bad-ref.xlsx"), "bad-ref.xlsx[Sheet1]:3: bad cell reference r=\"3B\" in row 3")
    }

    func testEntriesLargerThanTheLimitAreRefused() throws {
        let f = try XLSXReader.read(path("shared-strings.xlsx"), displayName: "b.xlsx", limits: XLSXLimits(maxEntryBytes: 4096))
        XCTAssertEqual(f.problems.count, 1)
        XCTAssertTrue(f.problems.first?.message.contains("inflates to more than 4096 bytes") ?? false, problems(f).description)
        let cells = try XLSXReader.read(path("shared-strings.xlsx"), displayName: "b.xlsx", limits: XLSXLimits(maxCells: 100))
        XCTAssertEqual(problems(cells), ["b.xlsx[streets]: the sheet's table of 200 rows × 4 columns exceeds the limit of 100 cells"])
    }

    func testZIP64AndOutOfFileEntriesAreRefusedBeforeUnzipping() throws {
        // Patches the first central directory entry of a real workbook (PKWARE APPNOTE §4.3.12: sizes at +20, +24).
        let bytes = try [UInt8](Data(contentsOf: URL(fileURLWithPath: path("stations.xlsx"))))
        let eocd = try XCTUnwrap((0...(bytes.count - 22)).reversed().first { bytes[$0..<($0 + 4)] == [0x50, 0x4B, 5, 6] })
        let cd = (16..<20).reduce(0) { $0 | Int(bytes[eocd + $1]) << (8 * ($1 - 16)) }
        var zip64 = bytes
        for k in 0..<4 { zip64[cd + 20 + k] = 0xFF }
        XCTAssertEqual(problems(XLSXReader.parse(zip64, file: "z.xlsx")),
                       ["z.xlsx: the .xlsx holds ZIP64 entries, which no workbook needs: it is refused"])
        var outside = bytes
        outside[cd + 23] = 0x7F  // compressed size ~2 GB in a 5 KB file
        XCTAssertEqual(problems(XLSXReader.parse(outside, file: "o.xlsx")),
                       ["o.xlsx: the zip archive of this .xlsx is damaged (an entry's data lies outside the file): copy or download the file again"])
    }

    func testOldXLSIsRefusedWithHowToConvert() throws {
        let dir = FileManager.default.temporaryDirectory.appendingPathComponent("xlsx-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: dir, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(at: dir) }
        // The OLE2 compound-file signature of .xls (and of password-protected .xlsx).
        let ole = dir.appendingPathComponent("old.xlsx")
        try Data([0xD0, 0xCF, 0x11, 0xE0, 0xA1, 0xB1, 0x1A, 0xE1] + [UInt8](repeating: 0, count: 504)).write(to: ole)
        let f = try TableFile.read(ole.path, displayName: "old.xlsx")
        XCTAssertTrue(problems(f).first?.hasPrefix("old.xlsx: this is an old binary .xls workbook or a password-protected .xlsx") ?? false)
        XCTAssertThrowsError(try TableFile.read(dir.appendingPathComponent("x.xls").path)) { e in
            XCTAssertTrue("\(e)".contains("save the sheet as .xlsx"), "\(e)")
        }
    }
}
