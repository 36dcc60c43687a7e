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

    func testColumnsTurningToTextInAnyOrderKeepEveryEarlierCell() throws {
        // Earlier cells are re-read from where the last re-reading of their record stopped; a column left of
        // that point (d turns to text after c, then a after d) must restart from the record's start.
        let f = parse("a,b,c,d\n1,\"2\",3,04\n5,6,7,x\n9,10,y,11\nz,\"1\"\"\",12,13\n")
        XCTAssertEqual(messages(f), [])
        XCTAssertEqual(try f.table.strings("a"), ["1", "5", "9", "z"])
        XCTAssertEqual(try f.table.strings("b"), ["2", "6", "10", "1\""])
        XCTAssertEqual(try f.table.strings("c"), ["3", "7", "y", "12"])
        XCTAssertEqual(try f.table.strings("d"), ["04", "x", "11", "13"])
    }

    func testManyProblemsOnOneLineAreLocatedLeftToRight() {
        // Problem columns are counted incrementally along a line (Chinese characters count as one column).
        let f = parse("名,a,b\n甲,\"1,234\",\"5,678\"\n")
        XCTAssertEqual(messages(f), [
            "t.csv:2:3: number '1,234' in column 'a' has thousands separators; write it without them (1234)",
            "t.csv:2:11: number '5,678' in column 'b' has thousands separators; write it without them (5678)",
        ])
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

    func testEmptyCornerHeaderCellIsAllowedOnlyWhenAsked() throws {
        let text = Array(",x,y\nx,1,3\ny,1/3,1\n".utf8)
        // By default an empty header cell is a located problem.
        XCTAssertEqual(messages(CSVReader.parse(text, file: "t.csv")),
                       ["t.csv:1:1: empty column name in the header (named it column1)"])
        let f = CSVReader.parse(text, file: "t.csv", options: CSVReadOptions(allowsEmptyFirstHeaderName: true))
        XCTAssertEqual(f.problems, [])
        XCTAssertEqual(f.table.columnNames, ["", "x", "y"])
        XCTAssertEqual(try f.table.strings(""), ["x", "y"])
        // Only the first cell may be empty.
        let later = CSVReader.parse(Array("a,,y\n1,2,3\n".utf8), file: "t.csv",
                                    options: CSVReadOptions(allowsEmptyFirstHeaderName: true))
        XCTAssertEqual(messages(later), ["t.csv:1:3: empty column name in the header (named it column2)"])
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
        // Long significands and exponents around the fast paths' limits (±22, ±27).
        var rng = Xoshiro256StarStar(seed: 7)
        var texts: [String] = []
        for _ in 0..<20000 {
            let digits = 15 + Int(rng.nextUniform() * 5)
            var m = String(1 + Int(rng.nextUniform() * 9))
            for _ in 1..<digits { m += String(Int(rng.nextUniform() * 10)) }
            let e = Int(rng.nextUniform() * 70) - 35
            texts.append(rng.nextUniform() < 0.5 ? "\(m)e\(e)" : "0.\(m)")
        }
        let parsed = try parse("x\n" + texts.joined(separator: "\n") + "\n").table.doubles("x")
        for (t, v) in zip(texts, parsed) where Double(t)?.bitPattern != v.bitPattern {
            XCTFail("\(t) read as \(v), expected \(Double(t) ?? .nan)")
            break
        }
        let special = try parse("x\n0.1\n1e23\n-0\n9007199254740993\n2.2250738585072014e-308\n5e-324\ninf\n-Infinity\n").table.doubles("x")
        XCTAssertEqual(special, [0.1, 1e23, -0.0, 9007199254740992, 2.2250738585072014e-308, .leastNonzeroMagnitude, .infinity, -.infinity])
    }

    // Ids are mostly distinct, so after 4096 rows the reader stops hashing them; repeated ids
    // must still group together (by text). Expected by counting: ids X0…X499 occur twice.
    func testMostlyDistinctTextColumnsStillGroupByValue() throws {
        let rows = (0..<5000).map { "X\($0 % 4500),\($0 % 3)" }
        let f = parse("id,g\n" + rows.joined(separator: "\n") + "\n")
        XCTAssertEqual(f.problems, [])
        let g = try f.table.grouped(by: ["id"], [Aggregation(.count, "g", as: "n")])
        XCTAssertEqual(g.rowCount, 4500)
        let n = try g.ints("n")
        XCTAssertEqual(n.filter { $0 == 2 }.count, 500)
        XCTAssertEqual(try g.strings("id")[499], "X499")
        XCTAssertEqual(n[499], 2)
        XCTAssertEqual(n[500], 1)
    }

    /// A file parsed in two halves on two threads must equal the one-thread parse: types promoted
    /// in the second half only, quoted line breaks and doubled quotes around the split, CRLF.
    func testParallelParseEqualsSequentialParse() throws {
        for crlf in [false, true] {
            var rows: [String] = []
            for i in 0..<20000 {
                let a = i == 15000 ? "2.5" : String(i % 100)
                let b = i == 19000 ? "x" : (i == 3 ? "007" : String(i))
                let c = i % 7 == 0 ? "\"line\nbreak \"\"\(i)\"\"\"" : "名\(i % 13)"
                rows.append("\(a),\(b),\(c),ID\(i)")
            }
            let nl = crlf ? "\r\n" : "\n"
            let bytes = Array(("a,b,c,d" + nl + rows.joined(separator: nl) + nl).utf8)
            let one = CSVReader.parse(bytes, file: "t.csv", options: CSVReadOptions(parallelBytes: .max))
            let two = CSVReader.parse(bytes, file: "t.csv", options: CSVReadOptions(parallelBytes: 1))
            XCTAssertEqual(one.problems, [])
            XCTAssertEqual(two.problems, [])
            XCTAssertEqual(two.table.rowCount, 20000)
            XCTAssertEqual(two.table.columns.map(\.type), [.double, .string, .string, .string])
            for name in ["a", "b", "c", "d"] {
                XCTAssertEqual(try two.table.strings(name), try one.table.strings(name), name)
            }
            XCTAssertEqual(try two.table.strings("b")[3], "007")
            for row in [0, 9999, 10000, 10001, 19999] {
                XCTAssertEqual(two.line(ofRow: row), one.line(ofRow: row))
                XCTAssertEqual(two.location(row: row, column: 2), one.location(row: row, column: 2))
            }
        }
    }

    func testParallelParseFallsBackWhenThereAreProblems() {
        let rows = (0..<3000).map { $0 == 2500 ? "1,2,3" : "\($0),x" }
        let bytes = Array(("a,b\n" + rows.joined(separator: "\n") + "\n").utf8)
        let two = CSVReader.parse(bytes, file: "t.csv", options: CSVReadOptions(parallelBytes: 1))
        XCTAssertEqual(two.problems.map(\.description), ["t.csv:2502:5: too many fields: the header has 2 columns"])
    }
}
