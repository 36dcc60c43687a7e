import Data
import TestSupport
import XCTest

/// Real-world encodings and layouts. Fixtures: Tests/References/Data/make_encoding_fixtures.sh
/// (GNU iconv, Python's csv module); each variant must load to the same Table as stations.csv.
final class CSVEncodingTests: XCTestCase {
    private func path(_ name: String) -> String {
        RepositoryPaths.fixture("DataTests", "encodings/\(name)").path
    }

    private func load(_ name: String, _ options: CSVReadOptions = .init()) throws -> Table {
        var t = try CSVReader.table(path(name), options: options)
        t.name = "stations"
        return t
    }

    func testGB18030AndGBKFromIconvLoadAsTheirUTF8Twin() throws {
        let twin = try load("stations.csv")
        XCTAssertEqual(try twin.strings("district"), ["历下区", "历下区", "历城区", "章丘区"])
        XCTAssertEqual(try load("stations-gb18030.csv"), twin)
        XCTAssertEqual(try load("stations-gbk.csv"), twin)
        XCTAssertEqual(try load("stations-gb18030.csv", CSVReadOptions(encoding: .gb18030)), twin)
    }

    func testUTF16WithByteOrderMarkLoadsAsItsUTF8Twin() throws {
        let twin = try load("stations.csv")
        XCTAssertEqual(try load("stations-utf16le.csv"), twin)
        XCTAssertEqual(try load("stations-utf16be.csv"), twin)
        XCTAssertEqual(try load("stations-utf16le.csv", CSVReadOptions(encoding: .utf16)), twin)
    }

    func testSemicolonDelimiterLoadsAsItsCommaTwin() throws {
        let twin = try load("stations.csv")
        XCTAssertEqual(try load("stations-semicolon.csv", CSVReadOptions(delimiter: UInt8(ascii: ";"))), twin)
        // Read with commas, the same file is one column per line plus the quoted comma split.
        XCTAssertNotEqual(try? load("stations-semicolon.csv"), twin)
    }

    func testTrailingEmptyColumnsAreIgnored() throws {
        XCTAssertEqual(try load("stations-trailing.csv"), try load("stations.csv"))
        // A value under a trailing empty name is still too many fields.
        let f = CSVReader.parse(Array("a,b,,\n1,2,,\n3,4,x,\n".utf8), file: "t.csv")
        XCTAssertEqual(f.table.columnNames, ["a", "b"])
        XCTAssertEqual(f.problems.map { "\($0.location): \($0.message)" },
                       ["t.csv:3:5: too many fields: the header has 2 columns"])
    }

    func testStrictUTF8RefusesGB18030WithHowToConvert() throws {
        let f = try CSVReader.read(path("stations-gb18030.csv"), displayName: "gb.csv", options: CSVReadOptions(encoding: .utf8))
        XCTAssertEqual(f.problems.count, 1)
        let p = try XCTUnwrap(f.problems.first)
        // The first non-ASCII byte: line 2, after `S001,"` (6 characters).
        XCTAssertEqual(p.location, SourceLocation(file: "gb.csv", line: 2, column: 7))
        XCTAssertTrue(p.message.contains("iconv -f GB18030 -t UTF-8 in.csv > out.csv"), p.message)
        XCTAssertThrowsError(try f.checked())
    }

    func testLatin1IsRefusedAtTheFirstBadByte() throws {
        let f = try CSVReader.read(path("latin1.csv"), displayName: "l.csv")
        XCTAssertEqual(f.problems.map(\.location), [SourceLocation(file: "l.csv", line: 2, column: 4)])
        XCTAssertTrue(f.problems[0].message.contains("neither UTF-8 nor GB18030"), f.problems[0].message)
        XCTAssertEqual(f.table.columns.count, 0)
    }

    func testByteOrderMarkInsideTheFileIsReported() {
        let f = CSVReader.parse(Array("\u{FEFF}a,b\n1,2\n\u{FEFF}a,b\n3,4\n".utf8), file: "t.csv")
        XCTAssertEqual(f.problems.map(\.location), [SourceLocation(file: "t.csv", line: 3, column: 1)])
        XCTAssertTrue(f.problems[0].message.contains("byte order mark"))
    }

    func testBrokenUTF16IsRefused() {
        // A lone high surrogate (D800) after the byte order mark.
        let f = CSVReader.parse([0xFF, 0xFE, 0x61, 0x00, 0x00, 0xD8], file: "t.csv")
        XCTAssertEqual(f.problems.count, 1)
        XCTAssertTrue(f.problems[0].message.contains("not valid UTF-16"))
        let odd = CSVReader.parse([0xFF, 0xFE, 0x61], file: "t.csv")
        XCTAssertEqual(odd.problems.count, 1)
    }
}
