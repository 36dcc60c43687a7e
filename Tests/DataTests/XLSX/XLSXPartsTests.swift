import Foundation
@testable import Data
import XCTest

/// The parts of the .xlsx reader below the workbook: sheet XML, cell references, date formats.
/// Regressions found by FuzzXLSX (Tests/Fuzz/README.md) are here, with the input that trapped.
final class XLSXPartsTests: XCTestCase {
    private let head = #"<worksheet xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main"><sheetData>"#

    private func cells(_ xml: [UInt8]) throws -> XLSXSheetCells {
        try XLSXSheetCells(Data(xml), entry: "xl/worksheets/sheet1.xml", file: "b.xlsx[S]", strings: ["a"])
    }

    func testNonUTF8ElementNameIsAProblemNotATrap() throws {
        // FuzzXLSX, 2026-11-29: one byte 0xE8 in an element name made FoundationXML force-unwrap a nil name.
        let before = Array((head + #"<row r="1"><c r="A1" t="s"><v>0</v></c></row></sheetData></works"#).utf8)
        XCTAssertThrowsError(try cells(before + [0xE8] + Array("eet>".utf8))) { e in
            XCTAssertEqual("\(e)", "b.xlsx[S]: xl/worksheets/sheet1.xml is not UTF-8 text (byte \(before.count + 1)): the workbook is damaged")
        }
        let latin = Array(#"<?xml version="1.0" encoding="ISO-8859-1"?>"#.utf8) + Array((head + "</sheetData></worksheet>").utf8)
        XCTAssertThrowsError(try cells(latin)) { e in XCTAssertTrue("\(e)".contains("declares the encoding 'iso-8859-1'"), "\(e)") }
    }

    func testUnboundPrefixesAndForeignNamespacesAreRead() throws {
        let xml = head + #"<x:row r="2"><c r="B2" t="s"><v>0</v></c><c r="C2"><v>1.5</v></c></x:row></sheetData></worksheet>"#
        let got = try cells(Array(xml.utf8))
        XCTAssertEqual(got.cells.map { "\($0.row):\($0.column)=\($0.text)" }, ["2:2=a", "2:3=1.5"])
    }

    func testCellReferencesStayOnExcelsGrid() {
        XCTAssertEqual(XLSXCellReference.parse("XFD1048576")?.column, 16_384)
        XCTAssertEqual(XLSXCellReference.parse("$AA$10")?.row, 10)
        XCTAssertEqual(XLSXCellReference.parse("AA10")?.column, 27)
        for bad in ["XFE1", "A0", "A1048577", "1A", "A", "a1", "A1B", ""] { XCTAssertNil(XLSXCellReference.parse(bad), bad) }
        XCTAssertEqual(XLSXCellReference.name(row: 5, column: 703), "AAA5")
    }

    func testDateFormatsAreToldFromNumberFormats() {
        XCTAssertEqual(XLSXDates.kind(ofFormat: #"yyyy"年"m"月"d"日""#), .date)
        XCTAssertEqual(XLSXDates.kind(ofFormat: "[$-804]yyyy/m/d h:mm"), .dateTime)
        XCTAssertEqual(XLSXDates.kind(ofFormat: "h:mm AM/PM"), .time)
        XCTAssertEqual(XLSXDates.kind(ofFormat: "mm:ss"), .time)
        for number in ["General", "0.00E+00", "#,##0.00_);[Red](#,##0.00)", #"0.0" days""#, "@"] {
            XCTAssertNil(XLSXDates.kind(ofFormat: number), number)
        }
    }
}
