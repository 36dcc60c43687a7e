import Foundation
import TestSupport
import XCTest

/// Commands read .xlsx sheets as they read the sheets' CSV twins (fixtures and twins:
/// Tests/References/Data/make_xlsx_fixtures.py, openpyxl 3.1.5): same output, byte for byte.
final class XLSXInputTests: XCTestCase {
    private func fixture(_ name: String) -> String { RepositoryPaths.fixture("DataTests", "xlsx/\(name)").path }

    /// Runs both argument lists and checks that they succeed with the same stdout.
    private func assertSameOutput(_ a: [String], _ b: [String], file: StaticString = #filePath, line: UInt = #line) throws {
        let x = try CLIRunner.run(a), y = try CLIRunner.run(b)
        XCTAssertEqual(x.status, 0, x.stderr, file: file, line: line)
        XCTAssertEqual(y.status, 0, y.stderr, file: file, line: line)
        XCTAssertFalse(x.stdout.isEmpty, file: file, line: line)
        XCTAssertEqual(x.stdout, y.stdout, file: file, line: line)
    }

    func testFitReadsASheetAsItsCSVTwin() throws {
        try assertSameOutput(["fit", "ols", fixture("stations.xlsx"), "budget ~ workers", "--format", "json"],
                             ["fit", "ols", fixture("stations.csv"), "budget ~ workers", "--format", "json"])
        try assertSameOutput(["fit", "ols", fixture("formula.xlsx"), "budget ~ workers", "--format", "csv"],
                             ["fit", "ols", fixture("formula.csv"), "budget ~ workers", "--format", "csv"])
    }

    func testWeightsReadTheMatrixAndTheJudgmentsSheets() throws {
        try assertSameOutput(["weights", "entropy", fixture("matrix.xlsx"), "--cost", "cost", "--format", "json"],
                             ["weights", "entropy", fixture("matrix.csv"), "--cost", "cost", "--format", "json"])
        try assertSameOutput(["weights", "ahp", fixture("matrix.xlsx"), "--sheet", "judgments", "--format", "json"],
                             ["weights", "ahp", fixture("judgments.csv"), "--format", "json"])
    }

    func testSheetOptionPicksTheSheet() throws {
        try assertSameOutput(["table", "describe", fixture("two-sheets.xlsx"), "--sheet", "2025年", "--format", "csv"],
                             ["table", "describe", fixture("two-sheets-2025.csv"), "--format", "csv"])
        try assertSameOutput(["table", "describe", fixture("two-sheets.xlsx"), "--format", "csv"],
                             ["table", "describe", fixture("two-sheets-2024.csv"), "--format", "csv"])
    }

    func testSheetOptionOnACSVIsAUsageError() throws {
        let r = try CLIRunner.run(["fit", "ols", fixture("stations.csv"), "budget ~ workers", "--sheet", "x"])
        XCTAssertEqual(r.status, 64, r.stderr)
        XCTAssertTrue(r.stderr.contains("--sheet x applies to .xlsx workbooks"), r.stderr)
        XCTAssertEqual(r.stdout, "")
    }
}
