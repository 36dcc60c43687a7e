import Foundation
import TestSupport
import XCTest

/// `stationkit did` end to end on mpdta (Tests/ModelsTests/Fixtures/mpdta.csv).
final class DidCommandTests: XCTestCase {
    private let mpdta = RepositoryPaths.fixture("ModelsTests", "mpdta.csv").path
    private let columns = ["--outcome", "lemp", "--unit", "countyreal", "--time", "year", "--cohort", "first_treat"]

    private func tempPath(_ name: String) -> String {
        FileManager.default.temporaryDirectory.appendingPathComponent("did-\(UUID().uuidString)-\(name)").path
    }

    private func json(_ text: String) throws -> [String: Any] {
        try XCTUnwrap(JSONSerialization.jsonObject(with: Foundation.Data(text.utf8)) as? [String: Any])
    }

    func testJSONReportMatchesCsdidSimpleAndDynamicAggregates() throws {
        let out = tempPath("did.json")
        defer { try? FileManager.default.removeItem(atPath: out) }
        let r = try CLIRunner.run(["did", mpdta] + columns + ["--format", "json", "--output", out])
        XCTAssertEqual(r.status, 0, r.stderr)
        XCTAssertTrue(r.stdout.isEmpty)
        let report = try json(String(contentsOfFile: out, encoding: .utf8))
        XCTAssertEqual(report["n_units"] as? Int, 500)
        XCTAssertEqual(report["n_periods"] as? Int, 5)
        XCTAssertEqual((report["att_gt"] as? [Any])?.count, 12)
        let aggregate = try XCTUnwrap(report["aggregate"] as? [String: Any])
        let simple = try XCTUnwrap(aggregate["simple"] as? [String: Any])
        // Expected: csdid 0.4.3 simple aggregation, Tests/References/DiD/mpdta_reference.py.
        assertClose(try XCTUnwrap(simple["att"] as? Double), -0.03995127515517626, relativeTolerance: 1e-10)
        assertClose(try XCTUnwrap(simple["std_error"] as? Double), 0.012034012770185351, relativeTolerance: 1e-6)
        let dynamic = try XCTUnwrap(aggregate["dynamic"] as? [[String: Any]])
        XCTAssertEqual(dynamic.compactMap { $0["e"] as? Int }, [-3, -2, -1, 0, 1, 2, 3])
        // Expected: R did's Wald pre-test via csdid 0.4.3 + scipy chi2.sf (the R vignette prints p = 0.16812).
        let pretest = try XCTUnwrap(report["pretest"] as? [String: Any])
        assertClose(try XCTUnwrap(pretest["p_value"] as? Double), 0.16812249492388354, relativeTolerance: 1e-7)
        XCTAssertNotNil(aggregate["group"] as? [[String: Any]])
        XCTAssertNotNil(aggregate["calendar"] as? [[String: Any]])
    }

    func testBootstrapIsReproducibleBySeed() throws {
        let args = ["did", mpdta] + columns + ["--bootstrap", "199", "--format", "json", "--control", "notyet"]
        let a = try CLIRunner.run(args + ["--seed", "5"])
        let b = try CLIRunner.run(args + ["--seed", "5"])
        let c = try CLIRunner.run(args + ["--seed", "6"])
        XCTAssertEqual(a.status, 0, a.stderr)
        XCTAssertEqual(a.stdout, b.stdout)
        XCTAssertNotEqual(a.stdout, c.stdout)
        let report = try json(a.stdout)
        XCTAssertEqual(report["inference"] as? String, "bootstrap")
        XCTAssertEqual(report["uniform_bands"] as? Bool, true)
    }

    func testTWFECSVHasEventStudyAndStaticRows() throws {
        let r = try CLIRunner.run(["did", mpdta] + columns + ["--method", "twfe", "--format", "csv"])
        XCTAssertEqual(r.status, 0, r.stderr)
        let lines = r.stdout.split(separator: "\n")
        XCTAssertEqual(lines.first, "term,e,coef,std_error,conf_low,conf_high")
        XCTAssertEqual(lines.count, 1 + 7 + 1)
        // Expected: pyfixest 0.60.0 static TWFE coefficient, Tests/References/DiD/mpdta_reference.py.
        let staticRow = try XCTUnwrap(lines.last?.split(separator: ",", omittingEmptySubsequences: false))
        XCTAssertEqual(staticRow.first, "static")
        assertClose(try XCTUnwrap(Double(String(staticRow[2]))), -0.036548936674067, relativeTolerance: 1e-8)
    }

    func testMissingColumnIsDataErrorAndWritesNothing() throws {
        let out = tempPath("none.json")
        let r = try CLIRunner.run(["did", mpdta, "--outcome", "employment", "--unit", "countyreal", "--time", "year",
                                   "--cohort", "first_treat", "--output", out])
        XCTAssertEqual(r.status, 65)
        XCTAssertTrue(r.stderr.contains("no column 'employment'"), r.stderr)
        XCTAssertFalse(FileManager.default.fileExists(atPath: out))
    }

    func testNoNeverTreatedUnitsWithNeverControlIsDataError() throws {
        let path = tempPath("treated.csv")
        defer { try? FileManager.default.removeItem(atPath: path) }
        let text = try String(contentsOfFile: mpdta, encoding: .utf8)
        let kept = text.split(separator: "\n").enumerated().filter { i, line in
            i == 0 || line.split(separator: ",")[2] != "0"
        }.map { String($0.1) }
        try (kept.joined(separator: "\n") + "\n").write(toFile: path, atomically: true, encoding: .utf8)
        let out = tempPath("none.json")
        let r = try CLIRunner.run(["did", path] + columns + ["--output", out])
        XCTAssertEqual(r.status, 65)
        XCTAssertTrue(r.stderr.contains("no never-treated units"), r.stderr)
        XCTAssertFalse(FileManager.default.fileExists(atPath: out))
        // The not-yet-treated comparison works on the same data.
        let ok = try CLIRunner.run(["did", path] + columns + ["--control", "notyet", "--format", "json"])
        XCTAssertEqual(ok.status, 0, ok.stderr)
    }

    func testUnbalancedPanelPointsAtTheUnitsLine() throws {
        let path = tempPath("unbalanced.csv")
        defer { try? FileManager.default.removeItem(atPath: path) }
        var lines = try String(contentsOfFile: mpdta, encoding: .utf8).split(separator: "\n").map(String.init)
        lines.remove(at: 9)   // unit 8019 loses its 2006 row; its first row is on line 7
        try (lines.joined(separator: "\n") + "\n").write(toFile: path, atomically: true, encoding: .utf8)
        let r = try CLIRunner.run(["did", path] + columns)
        XCTAssertEqual(r.status, 65)
        XCTAssertTrue(r.stderr.hasPrefix("error: \(path):7:"), r.stderr)
        XCTAssertTrue(r.stderr.contains("unbalanced panel"), r.stderr)
        XCTAssertTrue(r.stdout.isEmpty)
    }

    func testCovariatesRunTheOutcomeRegression() throws {
        let r = try CLIRunner.run(["did", mpdta] + columns + ["--covariates", "lpop", "--estimator", "reg", "--format", "json"])
        XCTAssertEqual(r.status, 0, r.stderr)
        let report = try json(r.stdout)
        XCTAssertEqual(report["est_method"] as? String, "reg")
        let simple = try XCTUnwrap((report["aggregate"] as? [String: Any])?["simple"] as? [String: Any])
        // Expected: csdid 0.4.3 est_method="reg", xformla="~ lpop", Tests/References/DiD/mpdta_reference.py.
        assertClose(try XCTUnwrap(simple["att"] as? Double), -0.041968612421543205, relativeTolerance: 1e-10)
        assertClose(try XCTUnwrap(simple["std_error"] as? Double), 0.011444829768215006, relativeTolerance: 1e-6)
        let bad = try CLIRunner.run(["did", mpdta] + columns + ["--covariates", "income"])
        XCTAssertEqual(bad.status, 65)
        XCTAssertTrue(bad.stderr.contains("no column 'income'"), bad.stderr)
    }

    func testCovariatesDefaultToTheDoublyRobustEstimatorAndIPWIsSelectable() throws {
        // Expected: csdid 0.4.3 est_method "dr" / "ipw", xformla="~ lpop", Tests/References/DiD/mpdta_dr_reference.py.
        let expected: [(String?, String, Double, Double)] = [
            (nil, "dr", -0.04175177205861635, 0.011502838151545012),
            ("ipw", "ipw", -0.041777082199131656, 0.011499719363982877),
        ]
        for (flag, name, att, se) in expected {
            let r = try CLIRunner.run(["did", mpdta] + columns + ["--covariates", "lpop", "--format", "json"]
                + (flag.map { ["--estimator", $0] } ?? []))
            XCTAssertEqual(r.status, 0, r.stderr)
            let report = try json(r.stdout)
            XCTAssertEqual(report["est_method"] as? String, name)
            let simple = try XCTUnwrap((report["aggregate"] as? [String: Any])?["simple"] as? [String: Any])
            assertClose(try XCTUnwrap(simple["att"] as? Double), att, relativeTolerance: 1e-8)
            assertClose(try XCTUnwrap(simple["std_error"] as? Double), se, relativeTolerance: 1e-6)
        }
        let bad = try CLIRunner.run(["did", mpdta] + columns + ["--covariates", "lpop", "--estimator", "logit"])
        XCTAssertEqual(bad.status, 64)
        XCTAssertTrue(bad.stderr.lowercased().contains("estimator"), bad.stderr)
    }

    func testSunAbrahamCSVHasEventTimesAndOverall() throws {
        let r = try CLIRunner.run(["did", mpdta] + columns + ["--method", "sa", "--format", "csv"])
        XCTAssertEqual(r.status, 0, r.stderr)
        let lines = r.stdout.split(separator: "\n")
        XCTAssertEqual(lines.first, "term,e,coef,std_error,conf_low,conf_high")
        XCTAssertEqual(lines.count, 1 + 7 + 1)
        // Expected: pyfixest 0.60.0 interaction regression + cohort-share aggregation, mpdta_sunab_reference.py.
        let overall = try XCTUnwrap(lines.last?.split(separator: ",", omittingEmptySubsequences: false))
        XCTAssertEqual(overall.first, "overall")
        assertClose(try XCTUnwrap(Double(String(overall[2]))), -0.03995127515517627, relativeTolerance: 1e-8)
        assertClose(try XCTUnwrap(Double(String(overall[3]))), 0.011796277441754223, relativeTolerance: 1e-6)
    }

    func testBaconDecompositionSumsToTheTWFECoefficient() throws {
        let out = tempPath("bacon.json")
        defer { try? FileManager.default.removeItem(atPath: out) }
        let r = try CLIRunner.run(["did", "bacon", mpdta] + columns + ["--format", "json", "--output", out])
        XCTAssertEqual(r.status, 0, r.stderr)
        let report = try json(String(contentsOfFile: out, encoding: .utf8))
        // Expected: pyfixest 0.60.0 static TWFE coefficient, Tests/References/DiD/mpdta_reference.py.
        assertClose(try XCTUnwrap(report["twfe_estimate"] as? Double), -0.036548936674067, relativeTolerance: 1e-8)
        let comparisons = try XCTUnwrap(report["comparisons"] as? [[String: Any]])
        XCTAssertEqual(comparisons.count, 9)
        XCTAssertEqual(Set(comparisons.compactMap { $0["type"] as? String }),
                       ["treated_vs_never", "earlier_vs_later", "later_vs_earlier"])
        let missing = tempPath("none.json")
        let bad = try CLIRunner.run(["did", "bacon", mpdta, "--outcome", "employment", "--unit", "countyreal",
                                     "--time", "year", "--cohort", "first_treat", "--output", missing])
        XCTAssertEqual(bad.status, 65)
        XCTAssertFalse(FileManager.default.fileExists(atPath: missing))
    }
}
