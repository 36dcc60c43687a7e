import Data
import Stats
import XCTest

final class CSVReaderTests: XCTestCase {
    private func parse(_ text: String, schema: [String: ColumnType] = [:]) -> CSVFile {
        CSVReader.parse(Array(text.utf8), file: "t.csv", options: CSVReadOptions(schema: schema))
    }

    private func messages(_ f: CSVFile) -> [String] {
        f.problems.map { "\($0.location): \($0.message)" }
    }

    // RFC 4180 section 2, rules 5-7: quoted fields hold commas, doubled quotes and line breaks.
    func testQuotedFieldsHoldCommasQuotesAndLineBreaks() throws {
        let f = parse("id,text\n1,\"a,b\"\n2,\"say \"\"hi\"\"\"\n3,\"two\nlines\"\n4,plain\n")
        XCTAssertEqual(f.problems, [])
        XCTAssertEqual(try f.table.strings("text"), ["a,b", "say \"hi\"", "two\nlines", "plain"])
        XCTAssertEqual(try f.table.ints("id"), [1, 2, 3, 4])
        // Row 3 (index 3) starts on physical line 6: the quoted break in row 2 advanced the count.
        XCTAssertEqual(f.line(ofRow: 3), 6)
    }

    func testCRLFBOMAndChineseText() throws {
        let f = parse("\u{FEFF}district_id,name\r\nD01,历下区\r\nD02,\"市中区\"\r\n")
        XCTAssertEqual(f.problems, [])
        XCTAssertEqual(f.table.columnNames, ["district_id", "name"])
        XCTAssertEqual(try f.table.strings("name"), ["历下区", "市中区"])
        // Column counts characters: "D02," is 4 scalars, so the quoted name starts at column 5.
        XCTAssertEqual(f.location(row: 1, column: 1), SourceLocation(file: "t.csv", line: 3, column: 5))
    }

    func testEmptyCellsAreMissingInEveryType() throws {
        let f = parse("a,b,c\n1,2.5,x\n,,\n3,\"\",z\n")
        XCTAssertEqual(f.problems, [])
        XCTAssertEqual(try f.table.column("a"), .int([1, IntMissing, 3]))
        let b = try f.table.doubles("b")
        XCTAssertEqual(b[0], 2.5)
        XCTAssertTrue(b[1].isNaN && b[2].isNaN)
        XCTAssertEqual(try f.table.strings("c"), ["x", nil, "z"])
    }

    func testInferenceGoesIntThenDoubleThenStringKeepingOriginalText() throws {
        let f = parse("a,b,c\n1,007,1\n2,12,2.5\n3,x,1e3\n")
        XCTAssertEqual(try f.table.column("a").type, .int)
        // "007" was read as an integer first; turning the column into text keeps the original.
        XCTAssertEqual(try f.table.strings("b"), ["007", "12", "x"])
        XCTAssertEqual(try f.table.column("c"), .double([1, 2.5, 1000]))
    }

    func testSchemaTypeErrorsAreLocated() {
        let f = parse("id,n,x\nS1,3,1.5\nS2,2.5,abc\n", schema: ["id": .string, "n": .int, "x": .double])
        XCTAssertEqual(messages(f), [
            "t.csv:3:4: expected an integer in column 'n', found '2.5'",
            "t.csv:3:8: expected a number in column 'x', found 'abc'",
        ])
        XCTAssertEqual(try f.table.column("n"), .int([3, IntMissing]))
    }

    func testThousandsSeparatorsAreRefusedWithAClearMessage() {
        let f = parse("id,population\nS1,\"1,234\"\nS2,\"12,345,678.5\"\n")
        XCTAssertEqual(messages(f), [
            "t.csv:2:4: number '1,234' in column 'population' has thousands separators; write it without them (1234)",
            "t.csv:3:4: number '12,345,678.5' in column 'population' has thousands separators; write it without them (12345678.5)",
        ])
        // Ordinary text with commas stays text.
        XCTAssertEqual(parse("a\n\"x, y\"\n").problems, [])
    }

    func testMalformedQuotesAreLocated() {
        let f = parse("a,b\n1,ab\"c\n\"x\"y,2\n")
        XCTAssertEqual(messages(f), [
            "t.csv:2:5: quote inside an unquoted field (quote the whole field and double the quote: \"\")",
            "t.csv:3:4: unexpected text after a closing quote (quote the whole field and double quotes inside it)",
        ])
    }

    func testUnterminatedQuoteIsReportedWhereItOpens() {
        let f = parse("a,b\n1,2\n3,\"never\nclosed,4\n")
        XCTAssertEqual(messages(f), [
            "t.csv:3:3: quoted field is never closed (a `\"` opens here and no closing `\"` follows)",
        ])
    }

    func testRaggedRowsAreLocatedAndPadded() throws {
        let f = parse("a,b,c\n1,2\n1,2,3,4\n5,6,7\n")
        XCTAssertEqual(messages(f), [
            "t.csv:2:4: too few fields: 2 of the header's 3 columns",
            "t.csv:3:7: too many fields: the header has 3 columns",
        ])
        XCTAssertEqual(try f.table.column("c"), .int([IntMissing, 3, 7]))
    }

    func testMissingFileIsNoInput() {
        XCTAssertThrowsError(try CSVReader.read("/no/such/file.csv")) { e in
            XCTAssertEqual((e as? DataError)?.exitStatus, .noInput)
        }
    }

    // Expected: Swift's `Double(String)` (correctly rounded, like strtod) on the same text;
    // the writer prints shortest round-trip text, so reading must give the identical bits.
    func testDoublesRoundTripBitExactly() throws {
        for seed in [1, 2, 3] as [UInt64] {
            var rng = Xoshiro256StarStar(seed: seed)
            var values: [Double] = []
            for k in 0..<3000 {
                let u = rng.nextUniform()
                switch k % 4 {
                case 0: values.append((u - 0.5) * 1e6)
                case 1: values.append(u * pow(10, Double(Int(u * 600) - 300)))
                case 2: values.append(Double(Int(u * 1e8)) / 100)
                default: values.append(Double(bitPattern: UInt64(u * 9.2e18)))
                }
            }
            values = values.filter { $0.isFinite }
            let w = CSVWriter()
            let text = "x\n" + values.map { w.field($0) }.joined(separator: "\n") + "\n"
            let read = try parse(text).table.doubles("x")
            XCTAssertEqual(read.count, values.count)
            for (a, b) in zip(read, values) where a.bitPattern != b.bitPattern {
                XCTFail("\(b) read back as \(a)")
                break
            }
        }
        let special = try parse("x\n0.1\n1e23\n-0\n9007199254740993\n2.2250738585072014e-308\n5e-324\ninf\n-Infinity\n").table.doubles("x")
        XCTAssertEqual(special, [0.1, 1e23, -0.0, 9007199254740992, 2.2250738585072014e-308, .leastNonzeroMagnitude, .infinity, -.infinity])
    }
}
