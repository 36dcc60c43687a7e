import Foundation
import TestSupport
import XCTest

/// Numerical edge cases of issue #9 item 4, end to end: each either succeeds with the problem reported
/// (a dropped collinear column, a small cohort, an empty district) or fails with exit 65, a message that
/// names the cause and where it is, and no output file.
/// Expected numbers: Tests/References/CLI/numerical_edge_cases.py (numpy).
final class NumericalEdgeCaseTests: XCTestCase {
    private var folder: TemporaryFolder!
    private var dir: URL { folder.url }

    override func setUpWithError() throws { folder = try TemporaryFolder("stationkit-edges") }
    override func tearDown() { folder.remove() }

    private func file(_ name: String, _ text: String) throws -> String { try folder.write(name, text) }

    /// Runs `arguments --output OUT`, checks exit 65, that stderr holds every phrase, and that no output was left.
    @discardableResult
    private func expectDataError(_ arguments: [String], _ phrases: [String],
                                 file: StaticString = #filePath, line: UInt = #line) throws -> CLIResult {
        let outDir = try folder.subfolder("out-\(UUID().uuidString)")
        let r = try CLIRunner.run(arguments + ["--output", outDir.appendingPathComponent("result.txt").path])
        XCTAssertEqual(r.status, 65, r.stderr, file: file, line: line)
        XCTAssertTrue(r.stderr.hasPrefix("error: "), r.stderr, file: file, line: line)
        for p in phrases { XCTAssertTrue(r.stderr.contains(p), "missing '\(p)' in: \(r.stderr)", file: file, line: line) }
        XCTAssertEqual(r.stdout, "", file: file, line: line)
        XCTAssertEqual(try FileManager.default.contentsOfDirectory(atPath: outDir.path), [], file: file, line: line)
        return r
    }

    // MARK: regression

    func testPerfectlyCollinearRegressorIsDroppedAndNamedLikeRsNA() throws {
        let p = RepositoryPaths.root.appendingPathComponent("Tests/References/CLI/collinear.csv").path
        let table = try CLIRunner.run(["fit", "ols", p, "y ~ x1 + x2 + x3"])
        XCTAssertEqual(table.status, 0, table.stderr)
        XCTAssertTrue(table.stdout.contains("x2                  NA   (collinear, dropped)"), table.stdout)
        XCTAssertTrue(table.stdout.contains("1 column(s) dropped as linear combinations of earlier columns: x2"), table.stdout)

        let csv = try CLIRunner.run(["fit", "ols", p, "y ~ x1 + x2 + x3", "--format", "csv"])
        XCTAssertEqual(csv.status, 0, csv.stderr)
        let rows = csv.stdout.split(separator: "\n").map { $0.split(separator: ",", omittingEmptySubsequences: false) }
        XCTAssertEqual(rows.map { String($0[0]) }, ["term", "Intercept", "x1", "x3", "x2"])
        XCTAssertEqual(rows.last.map { $0.dropFirst().allSatisfy(\.isEmpty) }, true, "x2's cells are NA (empty)")
        // Expected: numpy.linalg.lstsq on [1, x1, x3], Tests/References/CLI/numerical_edge_cases.py
        let estimates = rows[1...3].compactMap { Double($0[1]) }
        assertClose(estimates, [0.9331858752871971, 1.0476255540390713, -0.07605870557918859], relativeTolerance: 1e-10)

        let json = try CLIRunner.run(["fit", "ols", p, "y ~ x1 + x2 + x3", "--format", "json"])
        XCTAssertEqual(json.status, 0, json.stderr)
        let object = try JSONSerialization.jsonObject(with: Data(json.stdout.utf8)) as? [String: Any]
        XCTAssertEqual(object?["dropped_collinear"] as? [String], ["x2"], json.stdout)
    }

    static let separated = """
        passed,hours,noise
        0,1,0.3
        0,2,-1.2
        0,3,0.8
        0,4,0.1
        0,5,-0.4
        0,6,1.5
        1,7,-0.9
        1,8,0.6
        1,9,-0.2
        1,10,1.1
        1,11,-1.6
        1,12,0.4

        """

    func testLogitSeparationIsDetectedAndNamesTheVariable() throws {
        let p = try file("separated.csv", Self.separated)
        try expectDataError(["fit", "logit", p, "passed ~ hours + noise"], [
            "perfect separation: 12 of 12 observations are fitted with probability numerically 0 or 1",
            "'hours' separates the response: every observation with hours > 6 has passed = 1 and every one with "
                + "hours < 7 has passed = 0",
        ])
        // The overlapping regressor is not blamed.
        let r = try CLIRunner.run(["fit", "probit", p, "passed ~ hours + noise"])
        XCTAssertEqual(r.status, 65, r.stderr)
        XCTAssertFalse(r.stderr.contains("'noise' separates"), r.stderr)
    }

    func testNonConvergenceReportsIterationsAndLastChange() throws {
        let p = try file("separated.csv", Self.separated)
        let r = try expectDataError(["fit", "logit", p, "passed ~ noise", "--max-iter", "2"],
                                    ["error: did not converge: IRLS for the Logit model stopped after 2 iterations with last change "])
        let last = r.stderr.components(separatedBy: "last change ").last?.split(separator: " ").first.map(String.init)
        XCTAssertTrue(r.stderr.contains("(of its convergence criterion); raise the iteration limit"), r.stderr)
        XCTAssertNotNil(last.flatMap(Double.init).map { $0 > 0 && $0.isFinite }, r.stderr)
        // Without the limit the same model converges.
        XCTAssertEqual(try CLIRunner.run(["fit", "logit", p, "passed ~ noise"]).status, 0)
        let usage = try CLIRunner.run(["fit", "logit", p, "passed ~ noise", "--max-iter", "0"])
        XCTAssertEqual(usage.status, 64, usage.stderr)
    }

    // MARK: weighting

    func testConstantCriterionInEntropyAndCRITICIsLocatedAtItsHeader() throws {
        let p = try file("matrix.csv", "id,staff,budget,score\nA,3,10,80\nB,5,10,70\nC,4,10,90\n")
        let message = "error: \(p):1:10: criterion 'budget' is constant across alternatives: it carries no information for "
            + "this method; drop it"
        for method in ["entropy", "critic"] {
            try expectDataError(["weights", method, p], [message])
        }
        // Scoring and robustness min–max normalise too.
        let w = try file("w.json", #"{"criteria":["staff","budget","score"],"weights":[0.5,0.2,0.3]}"#)
        try expectDataError(["score", p, "--weights", w], [message])
        try expectDataError(["robustness", p, "--weights", w, "--draws", "10"], [message])
    }

    func testAHPWithAZeroAndWithANonReciprocalCell() throws {
        let zero = try file("zero.csv", ",a,b,c\na,1,3,0\nb,1/3,1,2\nc,5,1/2,1\n")
        try expectDataError(["weights", "ahp", zero], ["error: \(zero):2:7: cell (a, c): judgment 0.0 must be a positive number"])
        let mirror = try file("mirror.csv", ",a,b,c\na,1,3,5\nb,1/3,1,2\nc,1/5,2,1\n")
        try expectDataError(["weights", "ahp", mirror], [
            "error: \(mirror):4:7: cell (c, b): judgment 2.0 is not the reciprocal of the mirrored judgment 2.0 (expected 0.5;",
        ])
    }

    // MARK: difference in differences

    private func did(_ path: String) -> [String] {
        ["did", path, "--outcome", "y", "--unit", "id", "--time", "year", "--cohort", "g"]
    }

    func testDiDWithoutNeverTreatedUnitsAndNeverControl() throws {
        var lines = ["id,year,g,y"]
        for (u, g) in [(1, 2021), (2, 2021), (3, 2022), (4, 2022)] {
            for t in 2020...2023 { lines.append("\(u),\(t),\(g),\(u + t - 2020 + (t >= g ? 1 : 0))") }
        }
        let p = try file("no-never.csv", lines.joined(separator: "\n") + "\n")
        try expectDataError(did(p) + ["--control", "never"], [
            "error: \(p): no never-treated units (cohort 0 or empty) to compare with; use the not-yet-treated comparison group instead",
        ])
        // The advice works: cohort 2021 against the not-yet-treated cohort 2022 (a unit effect plus a common trend
        // plus 1 after treatment: ATT(2021, 2021) = 1 exactly).
        let r = try CLIRunner.run(did(p) + ["--control", "notyet", "--format", "csv"])
        XCTAssertEqual(r.status, 0, r.stderr)
        XCTAssertTrue(r.stdout.contains("\n2021,2021,2020,1,"), r.stdout)
    }

    func testCohortWithOneUnitIsEstimatedAndWarnedAbout() throws {
        // Unit 7 alone is first treated in 2022 (Tests/References/CLI/numerical_edge_cases.py has the panel).
        let panel: [(Int, Int, [Double])] = [
            (1, 2021, [1.0, 2.5, 2.75, 3.25]), (2, 2021, [0.5, 2.0, 2.5, 2.5]), (3, 2021, [2.0, 3.25, 4.0, 4.5]),
            (4, 0, [1.0, 1.25, 1.5, 2.0]), (5, 0, [0.25, 0.5, 1.0, 1.0]), (6, 0, [1.5, 1.5, 2.0, 2.25]),
            (7, 2022, [3.0, 3.5, 5.0, 5.25]),
        ]
        var lines = ["id,year,g,y"]
        for (u, g, ys) in panel { for (k, y) in ys.enumerated() { lines.append("\(u),\(2020 + k),\(g),\(y)") } }
        let p = try file("one-unit.csv", lines.joined(separator: "\n") + "\n")
        let r = try CLIRunner.run(did(p) + ["--format", "csv"])
        XCTAssertEqual(r.status, 0, r.stderr)
        XCTAssertTrue(r.stderr.contains("warning: \(p): small groups: never treated has 3 units, cohort 2021 has 3 units, "
                                        + "cohort 2022 has 1 unit; their ATT(g,t) and standard errors rest on fewer than 5 units"),
                      r.stderr)
        let cells = r.stdout.split(separator: "\n").map { $0.split(separator: ",").map(String.init) }
        func att(_ g: String, _ t: String) -> Double? { cells.first { $0[0] == g && $0[1] == t }.flatMap { Double($0[3]) } }
        // Expected: (Δy of unit 7) − mean Δy of the never treated, Tests/References/CLI/numerical_edge_cases.py
        assertClose(try XCTUnwrap(att("2022", "2022")), 1.0833333333333333, relativeTolerance: 1e-12)
        assertClose(try XCTUnwrap(att("2022", "2023")), 1.0833333333333335, relativeTolerance: 1e-12)
    }

    // MARK: simulation

    /// A copy of the shipped Jinan bundle with one more district that has no streets.
    private func bundleWithAnEmptyDistrict() throws -> String {
        let source = RepositoryPaths.root.appendingPathComponent("Datasets/jinan")
        let copy = dir.appendingPathComponent("jinan-empty")
        try FileManager.default.copyItem(at: source, to: copy)
        let districts = copy.appendingPathComponent("districts.csv")
        var text = try String(contentsOf: districts, encoding: .utf8)
        text += "3701XX,空区,functional_zone,1000,100.00\n"
        try text.write(to: districts, atomically: true, encoding: .utf8)
        return copy.path
    }

    func testSweepOverADistrictWithoutStreetsWarnsAndLeavesItsRatiosMissing() throws {
        let data = try bundleWithAnEmptyDistrict()
        let scenario = "\(data)/scenarios/baseline.toml"
        let r = try CLIRunner.run(["sweep", scenario, "--data", data, "--runs", "2", "--vary", "funding.city_share=0.4,0.6",
                                   "--format", "csv"])
        XCTAssertEqual(r.status, 0, r.stderr)
        XCTAssertTrue(r.stderr.contains("warning: \(data): district 3701XX (空区) has no streets: its coverage, cost shares and "
                                        + "scores are undefined (empty in csv, null in json, n = 0)"), r.stderr)
        // Its coverage is missing (n = 0) at every grid point, never 0 or NaN, and every other number stays finite.
        let lines = r.stdout.split(separator: "\n").map(String.init)
        let coverage = lines.filter { $0.contains("3701XX") && $0.contains(",coverage,") }
        XCTAssertFalse(coverage.isEmpty, String(r.stdout.prefix(400)))
        XCTAssertTrue(coverage.allSatisfy { $0.hasSuffix(",,,,,,0") }, coverage.joined(separator: "\n"))
        XCTAssertFalse(r.stdout.lowercased().contains("nan"))
        XCTAssertFalse(r.stdout.contains("inf"))
    }

    func testCompareOverADistrictWithoutStreetsWarnsAsSimulateAndSweepDo() throws {
        let data = try bundleWithAnEmptyDistrict()
        let scenario = "\(data)/scenarios/baseline.toml"
        let r = try CLIRunner.run(["compare", scenario, scenario, "--data", data, "--runs", "2", "--format", "json"])
        XCTAssertEqual(r.status, 0, r.stderr)
        XCTAssertEqual(r.stderr, "warning: \(data): district 3701XX (空区) has no streets: its coverage, cost shares and "
                       + "scores are undefined (empty in csv, null in json, n = 0) and equity indices leave it out\n")
        // its paired difference is missing (null, n = 0), never 0 or NaN
        let doc = try XCTUnwrap(try JSONSerialization.jsonObject(with: Foundation.Data(r.stdout.utf8)) as? [String: Any])
        let districts = try XCTUnwrap((doc["difference"] as? [String: Any])?["districts"] as? [String: Any])
        let coverage = try XCTUnwrap((districts["3701XX"] as? [String: Any])?["coverage"] as? [String: Any])
        XCTAssertEqual(coverage["n"] as? [Int], [0, 0, 0, 0, 0, 0, 0])
        XCTAssertEqual((coverage["mean"] as? [Any])?.count, 7)
        XCTAssertTrue((coverage["mean"] as? [Any])?.allSatisfy { $0 is NSNull } ?? false, "\(coverage)")
    }
}
