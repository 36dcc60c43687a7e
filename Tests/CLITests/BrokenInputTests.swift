import Foundation
import TestSupport
import XCTest

/// The corpus of broken inputs (Tests/DataTests/Fixtures/broken, plus files too large to commit,
/// generated here): each must exit 65/66 with `error: FILE:LINE:COL: message` and write no --output.
final class BrokenInputTests: XCTestCase {
    static func broken(_ name: String) -> String { RepositoryPaths.fixture("DataTests", "broken/\(name)").path }

    private var dir: URL!

    override func setUpWithError() throws {
        dir = FileManager.default.temporaryDirectory.appendingPathComponent("stationkit-broken-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: dir, withIntermediateDirectories: true)
    }

    override func tearDownWithError() throws {
        try? FileManager.default.removeItem(at: dir)
    }

    /// Runs `arguments + --output OUT`, checks the exit status, that stderr holds `expected` and that
    /// neither OUT nor any temporary file was left behind.
    @discardableResult
    private func expectFailure(_ arguments: [String], status: Int32 = 65, _ expected: String, output: Bool = true,
                               file: StaticString = #filePath, line: UInt = #line) throws -> CLIResult {
        let out = dir.appendingPathComponent("out.txt").path
        let r = try CLIRunner.run(arguments + (output ? ["--output", out] : []))
        XCTAssertEqual(r.status, status, r.stderr, file: file, line: line)
        XCTAssertTrue(r.stderr.contains(expected), "stderr: \(r.stderr)", file: file, line: line)
        XCTAssertTrue(r.stderr.hasPrefix("error: "), r.stderr, file: file, line: line)
        XCTAssertEqual(try FileManager.default.contentsOfDirectory(atPath: dir.path), [], file: file, line: line)
        return r
    }

    private func did(_ path: String) -> [String] {
        ["did", path, "--outcome", "y", "--unit", "id", "--time", "year", "--cohort", "g"]
    }

    func testTruncatedFileWithUnclosedQuote() throws {
        let p = Self.broken("truncated.csv")
        try expectFailure(did(p), "error: \(p):3:10: quoted field is never closed")
    }

    func testWrongEncodingIsRefusedWithHowToConvert() throws {
        let p = Self.broken("wrong-encoding.csv")
        try expectFailure(did(p), "error: \(p):2:17: the file is neither UTF-8 nor GB18030")
        try expectFailure(did(p) + ["--encoding", "utf-8"], "iconv -f GB18030 -t UTF-8 in.csv > out.csv")
    }

    func testByteOrderMarkInTheMiddle() throws {
        let p = Self.broken("bom-middle.csv")
        try expectFailure(did(p), "error: \(p):3:1: byte order mark (U+FEFF) inside the file")
    }

    func testNaNInfAnd1e309InANumericColumn() throws {
        let p = Self.broken("nonfinite.csv")
        // The reader keeps NaN/inf/1e309 (they are numbers); the panel refuses the first, at its cell.
        try expectFailure(did(p), "error: \(p):3:10: missing or non-finite outcome in column 'y'")
    }

    func testEmptyFileAndHeaderOnly() throws {
        let e = Self.broken("empty.csv")
        try expectFailure(did(e), "error: \(e):1:1: empty file")
        let h = Self.broken("header-only.csv")
        try expectFailure(did(h), "error: \(h)")
    }

    func testDuplicateHeaders() throws {
        let p = Self.broken("duplicate-headers.csv")
        try expectFailure(did(p), "error: \(p):1:13: duplicate column name 'y'")
    }

    func testRaggedRows() throws {
        let p = Self.broken("ragged.csv")
        let r = try expectFailure(did(p), "error: \(p):3:9: too few fields: 3 of the header's 4 columns")
        XCTAssertTrue(r.stderr.contains("error: \(p):4:12: too many fields: the header has 4 columns"), r.stderr)
    }

    func testOneHundredThousandColumnsAndAVeryLongLine() throws {
        // 100,000 header names (a duplicate at the end) and one record of 100,001 fields. Locating problems
        // used to count characters from the line start for every header field: O(columns²), over 10 minutes.
        // Linear, this takes well under a second; quadratic, over a minute even in a release build.
        let names = (0..<100_000).map { "c\($0)" }
        let column = names.joined(separator: ",").count + 2
        let text = (names + ["c5"]).joined(separator: ",") + "\n" + (0...100_000).map(String.init).joined(separator: ",") + "\n"
        let p = dir.appendingPathComponent("wide.csv")
        try text.write(to: p, atomically: true, encoding: .utf8)
        let out = dir.appendingPathComponent("sub")
        try FileManager.default.createDirectory(at: out, withIntermediateDirectories: true)
        let start = Date()
        let r = try CLIRunner.run(did(p.path) + ["--output", out.appendingPathComponent("o.json").path])
        XCTAssertEqual(r.status, 65, r.stderr)
        XCTAssertTrue(r.stderr.contains("error: \(p.path):1:\(column): duplicate column name 'c5'"), String(r.stderr.prefix(500)))
        XCTAssertEqual(try FileManager.default.contentsOfDirectory(atPath: out.path), [])
        XCTAssertLessThan(Date().timeIntervalSince(start), 20)
    }

    func testOneHundredThousandColumnsEachWithAProblemStayLinear() throws {
        // Every one of 100,000 cells of the second record is a problem ('1,500' with a thousands
        // separator): one located problem per cell, the report capped, the time linear in the line length.
        let n = 100_000
        let header = (["id", "year", "g", "y"] + (0..<n).map { "c\($0)" }).joined(separator: ",")
        let first = (["1", "2020", "0", "1"] + Array(repeating: "7", count: n)).joined(separator: ",")
        let second = (["1", "2021", "0", "2"] + Array(repeating: "\"1,500\"", count: n)).joined(separator: ",")
        let p = dir.appendingPathComponent("wide-problems.csv")
        try (header + "\n" + first + "\n" + second + "\n").write(to: p, atomically: true, encoding: .utf8)
        let out = dir.appendingPathComponent("sub")
        try FileManager.default.createDirectory(at: out, withIntermediateDirectories: true)
        let start = Date()
        let r = try CLIRunner.run(did(p.path) + ["--output", out.appendingPathComponent("o.json").path])
        XCTAssertEqual(r.status, 65, String(r.stderr.prefix(500)))
        // c0's cell starts after "1,2021,0,2,": column 12 of line 3.
        XCTAssertTrue(r.stderr.hasPrefix("error: \(p.path):3:12: number '1,500' in column 'c0' has thousands separators"),
                      String(r.stderr.prefix(500)))
        XCTAssertTrue(r.stderr.contains("more problems"), String(r.stderr.suffix(300)))
        XCTAssertEqual(try FileManager.default.contentsOfDirectory(atPath: out.path), [])
        XCTAssertLessThan(Date().timeIntervalSince(start), 20)
    }

    func testOneHundredThousandColumnsOfValidDataEstimate() throws {
        // A valid panel with 100,000 unused columns that hold numbers in the first four records and text
        // after, so every column turns to text on the fifth (its earlier cells are re-read): the estimate
        // runs, and in linear time.
        let n = 100_000
        var lines = [(["id", "year", "g", "y"] + (0..<n).map { "c\($0)" }).joined(separator: ",")]
        let numbers = Array(repeating: "1", count: n).joined(separator: ",")
        let text = Array(repeating: "x", count: n).joined(separator: ",")
        for (u, g) in [(1, 2021), (2, 2021), (3, 0), (4, 0)] {
            for (t, y) in [(2020, 1.0), (2021, 2.0)] {
                let filler = lines.count <= 4 ? numbers : text
                lines.append("\(u),\(t),\(g),\(y + (g > 0 && t >= g ? 3 : 0) + Double(u)),\(filler)")
            }
        }
        let p = dir.appendingPathComponent("wide-ok.csv")
        try (lines.joined(separator: "\n") + "\n").write(to: p, atomically: true, encoding: .utf8)
        let start = Date()
        let r = try CLIRunner.run(did(p.path) + ["--format", "csv"])
        XCTAssertEqual(r.status, 0, String(r.stderr.prefix(500)))
        // One cohort (2021), one post period: ATT(2021, 2021) = (Δ treated) − (Δ never treated) = 4 − 1 = 3 exactly.
        XCTAssertTrue(r.stdout.contains("\n2021,2021,2020,3,"), r.stdout)
        XCTAssertLessThan(Date().timeIntervalSince(start), 20)
    }

    func testATwoGigabyteLineOfZerosFailsFastInBoundedMemory() throws {
        // A header, the start of a record, then a 2 GB hole (a sparse file: no disk used) that reads as NUL bytes:
        // one "line" claiming 2 GB. It must be refused at its first NUL, without touching (or copying) the rest.
        let inputs = FileManager.default.temporaryDirectory.appendingPathComponent("stationkit-huge-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: inputs, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(at: inputs) }
        let p = inputs.appendingPathComponent("huge.csv")
        try "id,year,g,y\n1,2020,0,".write(to: p, atomically: true, encoding: .utf8)
        let handle = try FileHandle(forWritingTo: p)
        try handle.truncate(atOffset: 2 << 30)
        try handle.close()
        let start = Date()
        try expectFailure(did(p.path), "error: \(p.path):2:10: NUL byte (0x00): this is not a text CSV file")
        XCTAssertLessThan(Date().timeIntervalSince(start), 20)
        // The largest child so far (this and every earlier command of the test process) stayed far below 2 GB.
        var usage = rusage()
        getrusage(RUSAGE_CHILDREN.rawValue, &usage)
        XCTAssertLessThan(usage.ru_maxrss, 1 << 20, "peak resident set of a child in KB")
    }

    func testNULBytesInATextFileAreRefusedWhereTheyAre() throws {
        let inputs = FileManager.default.temporaryDirectory.appendingPathComponent("stationkit-nul-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: inputs, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(at: inputs) }
        let p = inputs.appendingPathComponent("nul.csv")
        try Data("id,year,g,y\n1,2020,0,1.5\n1,2021,0,2\0\n".utf8).write(to: p)
        try expectFailure(did(p.path), "error: \(p.path):3:11: NUL byte (0x00)")
    }

    func testNegativeCountsAndAStationInAMissingStreet() throws {
        let neg = RepositoryPaths.fixture("DataTests", "bundles/negative_count").path
        try expectFailure(["describe", neg], "error: \(neg)/")
        let street = RepositoryPaths.fixture("DataTests", "bundles/unknown_street").path
        try expectFailure(["describe", street], "error: \(street)/stations.csv:")
    }

    func testIndicatorTreeWithAMissingLevel() throws {
        let p = Self.broken("framework-missing-level")
        try expectFailure(["validate", p], "error: \(p)/framework.csv:3:", output: false)
    }

    func testCyclicIndicatorTreeIsLocatedAtTheRepeatedName() throws {
        // [service] lists its own ancestor "goal" as a criterion: a cycle.
        let p = Self.broken("cyclic-hierarchy.toml")
        try expectFailure(["weights", "ahp", p], "error: \(p):6:19: 'goal' appears twice in the hierarchy (under [service] again")
    }

    func testScenarioWithAShareOf1Point5() throws {
        let p = Self.broken("share-1.5.toml")
        try expectFailure(["simulate", p, "--builtin", "toy", "--runs", "2"], "error: \(p):2:14:")
    }

    // .xlsx inputs (Tests/References/Data/make_xlsx_fixtures.py): `fit` and `weights` read them through the
    // same loader as every other command.
    func testTruncatedAndNonZipWorkbooks() throws {
        let t = Self.broken("truncated.xlsx")
        try expectFailure(["fit", "ols", t, "y ~ x"], "error: \(t): the zip archive of this .xlsx is truncated or damaged")
        let n = Self.broken("not-a-zip.xlsx")
        try expectFailure(["weights", "entropy", n], "error: \(n): not an .xlsx workbook (not a zip archive)")
    }

    func testWorkbookCellsWithoutValuesErrorsAndBadReferences() throws {
        let f = Self.broken("formula-no-value.xlsx")
        try expectFailure(["fit", "ols", f, "y ~ x"], "error: \(f)[Sheet1]:2:4: formula saved without its value")
        let e = Self.broken("error-cell.xlsx")
        try expectFailure(["weights", "entropy", e], "error: \(e)[Sheet1]:3:2: the cell holds the spreadsheet error #DIV/0! (cell B3)")
        let b = Self.broken("bad-ref.xlsx")
        try expectFailure(["weights", "entropy", b], "error: \(b)[Sheet1]:3: bad cell reference r=\"3B\" in row 3")
    }

    func testMissingSheetListsTheSheets() throws {
        let p = RepositoryPaths.fixture("DataTests", "xlsx/two-sheets.xlsx").path
        try expectFailure(["table", "describe", p, "--sheet", "2026年"],
                          "error: \(p): no sheet '2026年' in the workbook; its sheets are: '2024年', '2025年'")
    }
}
