import Foundation
import TestSupport
import XCTest

/// `stationkit table` end to end from `stationkit fit … --format json` reports.
final class TableCommandTests: XCTestCase {
    private var grunfeld: String { RepositoryPaths.fixture("ModelsTests", "grunfeld.csv").path }

    private func tempPath(_ name: String) -> String {
        FileManager.default.temporaryDirectory.appendingPathComponent("table-\(UUID().uuidString)-\(name)").path
    }

    func testRegressionTableOfTwoFitsShowsStatsmodelsEstimates() throws {
        let m1 = tempPath("m1.json"), m2 = tempPath("m2.json"), out = tempPath("t.tex")
        defer { for p in [m1, m2, out] { try? FileManager.default.removeItem(atPath: p) } }
        XCTAssertEqual(try CLIRunner.run(["fit", "ols", grunfeld, "invest ~ value + capital", "--format", "json", "-o", m1]).status, 0)
        let fe = try CLIRunner.run(["fit", "ols", grunfeld, "invest ~ value + capital | firm", "--cluster", "firm", "--format", "json", "-o", m2])
        XCTAssertEqual(fe.status, 0, fe.stderr)
        let r = try CLIRunner.run(["table", "regression", m1, m2, "--format", "latex", "--output", out])
        XCTAssertEqual(r.status, 0, r.stderr)
        let tex = try String(contentsOfFile: out, encoding: .utf8)
        // Expected: statsmodels / linearmodels values of Tests/ModelsTests/Fixtures/ols_reference.json, formatted by
        // Tests/References/Figures/regression_table.py.
        XCTAssertTrue(tex.contains("value & 0.115*** & 0.110*** \\\\"), tex)
        XCTAssertTrue(tex.contains(" & (0.006) & (0.015) \\\\"), tex)
        XCTAssertTrue(tex.contains("Fixed effects: firm & No & Yes \\\\"), tex)
        XCTAssertTrue(tex.contains("N & 220 & 220 \\\\"), tex)
        XCTAssertTrue(tex.hasPrefix("\\begin{tabular}{lrr}\n\\toprule\n"))
        let md = try CLIRunner.run(["table", "regression", m1, m2, "--format", "markdown", "--names", "Pooled,FE"])
        XCTAssertEqual(md.status, 0, md.stderr)
        XCTAssertTrue(md.stdout.hasPrefix("|  | Pooled | FE |\n|:---|---:|---:|\n"), md.stdout)
    }

    func testBadInputsExitWithoutOutput() throws {
        let bad = tempPath("bad.json"), out = tempPath("t.md")
        try "{\"x\": 1}".write(toFile: bad, atomically: true, encoding: .utf8)
        defer { try? FileManager.default.removeItem(atPath: bad) }
        let r = try CLIRunner.run(["table", "regression", bad, "--format", "markdown", "--output", out])
        XCTAssertEqual(r.status, 65)
        XCTAssertTrue(r.stderr.contains("not a fit report"), r.stderr)
        XCTAssertFalse(FileManager.default.fileExists(atPath: out))
        let names = try CLIRunner.run(["table", "regression", bad, bad, "--names", "one"])
        XCTAssertEqual(names.status, 64)
        let missing = try CLIRunner.run(["table", "regression", tempPath("none.json")])
        XCTAssertEqual(missing.status, 66)
    }

    func testWeightsTableSideBySide() throws {
        let a = tempPath("a.json"), b = tempPath("b.json")
        try #"{"method": "ahp", "criteria": ["staff", "cover_rate"], "weights": [0.25, 0.75]}"#.write(toFile: a, atomically: true, encoding: .utf8)
        try #"{"method": "entropy", "criteria": ["staff", "cover_rate"], "weights": [0.6, 0.4]}"#.write(toFile: b, atomically: true, encoding: .utf8)
        defer { for p in [a, b] { try? FileManager.default.removeItem(atPath: p) } }
        let r = try CLIRunner.run(["table", "weights", a, b, "--format", "latex"])
        XCTAssertEqual(r.status, 0, r.stderr)
        XCTAssertTrue(r.stdout.contains("Criterion & ahp & entropy \\\\"), r.stdout)
        XCTAssertTrue(r.stdout.contains("cover\\_rate & 0.7500 & 0.4000 \\\\"), r.stdout)
    }
}
