import Foundation
import StationKit
import TestSupport
import XCTest

/// `score` and `robustness` with a dataset bundle folder as INPUT (Datasets/jinan). Expected numbers:
/// Tests/References/Weighting/jinan_bundle_scores.py (output in jinan_bundle_scores_output.txt).
final class ScoreBundleCommandTests: XCTestCase {
    var dir: URL!
    let jinan = RepositoryPaths.dataset("jinan").path

    override func setUpWithError() throws {
        dir = FileManager.default.temporaryDirectory.appendingPathComponent("score-bundle-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: dir, withIntermediateDirectories: true)
    }

    override func tearDownWithError() throws {
        try? FileManager.default.removeItem(at: dir)
    }

    /// Equal weights 1/37 per framework item: with --scale 37 the weighted sum of raw items is the total score.
    func totalScoreWeights() throws -> String {
        let bundle = try DatasetBundle.load(at: jinan)
        let items = try bundle.table("framework").strings("item").map { $0 ?? "" }
        let w = WeightVector(method: "equal", criteria: items, weights: items.map { _ in 1.0 / Double(items.count) })
        let url = dir.appendingPathComponent("w.json")
        try JSONEncoder().encode(w).write(to: url)
        return url.path
    }

    func json(_ text: String) throws -> [String: Any] {
        try XCTUnwrap(JSONSerialization.jsonObject(with: Foundation.Data(text.utf8)) as? [String: Any])
    }

    func gradeCounts(_ grades: [String]) -> [String: Int] { grades.reduce(into: [:]) { $0[$1, default: 0] += 1 } }

    func testScoreOfBundleLastYearIsTotalScoreWithBundleGrades() throws {
        let w = try totalScoreWeights()
        let r = try CLIRunner.run(["score", jinan, "--weights", w, "--normalization", "none", "--scale", "37",
                                   "--format", "json"])
        XCTAssertEqual(r.status, 0, r.stderr)
        let j = try json(r.stdout)
        let ids = try XCTUnwrap(j["alternatives"] as? [String])
        let scores = try XCTUnwrap(j["scores"] as? [Double])
        // Expected: jinan_bundle_scores.py, 2025: 158 stations, first three totals, grade counts.
        XCTAssertEqual(ids.count, 158)
        XCTAssertEqual(Array(ids.prefix(3)), ["S370102001", "S370102002", "S370102003"])
        assertClose(Array(scores.prefix(3)), [83.9, 85.1, 66.1], relativeTolerance: 1e-12)
        XCTAssertEqual(gradeCounts(try XCTUnwrap(j["grades"] as? [String])), ["A": 12, "B": 45, "C": 96, "D": 5])
    }

    func testScoreOfBundleChosenYear() throws {
        let w = try totalScoreWeights()
        let r = try CLIRunner.run(["score", jinan, "--weights", w, "--year", "2022", "--normalization", "none",
                                   "--scale", "37", "--format", "json"])
        XCTAssertEqual(r.status, 0, r.stderr)
        let j = try json(r.stdout)
        // Expected: jinan_bundle_scores.py, 2022.
        XCTAssertEqual((j["alternatives"] as? [String])?.count, 148)
        assertClose(Array(try XCTUnwrap(j["scores"] as? [Double]).prefix(3)), [83.5, 87.4, 76.7], relativeTolerance: 1e-12)
        XCTAssertEqual(gradeCounts(try XCTUnwrap(j["grades"] as? [String])), ["A": 10, "B": 38, "C": 95, "D": 5])
    }

    func testBundleYearWithoutEvaluationsFailsAndWritesNothing() throws {
        let w = try totalScoreWeights()
        let out = dir.appendingPathComponent("out.json").path
        let r = try CLIRunner.run(["score", jinan, "--weights", w, "--year", "2019", "--output", out])
        XCTAssertEqual(r.status, 65)
        XCTAssertTrue(r.stderr.contains("no evaluations in 2019") && r.stderr.contains("2020, 2021"), r.stderr)
        XCTAssertTrue(r.stdout.isEmpty)
        XCTAssertFalse(FileManager.default.fileExists(atPath: out))
    }

    func testYearWithCSVMatrixIsUsageError() throws {
        let m = dir.appendingPathComponent("m.csv")
        try "id,a,b\nx,1,2\ny,2,1\n".write(to: m, atomically: true, encoding: .utf8)
        let w = dir.appendingPathComponent("w.json")
        try #"{"criteria":["a","b"],"weights":[0.5,0.5]}"#.write(to: w, atomically: true, encoding: .utf8)
        let r = try CLIRunner.run(["score", m.path, "--weights", w.path, "--year", "2022"])
        XCTAssertEqual(r.status, 64)
        XCTAssertTrue(r.stderr.contains("--year"), r.stderr)
    }

    func testRobustnessOfBundleHasBundleGradesAndIsReproducibleBySeed() throws {
        let w = try totalScoreWeights()
        let base = ["robustness", jinan, "--weights", w, "--normalization", "none", "--scale", "37",
                    "--draws", "400", "--concentration", "200", "--format", "json"]
        let a = try CLIRunner.run(base + ["--seed", "7"])
        let b = try CLIRunner.run(base + ["--seed", "7", "--batch-size", "33"])
        let c = try CLIRunner.run(base + ["--seed", "8"])
        XCTAssertEqual(a.status, 0, a.stderr)
        XCTAssertEqual(a.stdout, b.stdout)
        XCTAssertNotEqual(a.stdout, c.stdout)
        let j = try json(a.stdout)
        XCTAssertEqual(j["grades"] as? [String], ["A", "B", "C", "D"])
        let alts = try XCTUnwrap(j["alternatives"] as? [[String: Any]])
        XCTAssertEqual(alts.count, 158)
        // Point scores are the 2025 totals (jinan_bundle_scores.py) and point grades follow grades.csv.
        assertClose(try alts.prefix(3).map { try XCTUnwrap($0["point_score"] as? Double) }, [83.9, 85.1, 66.1],
                    relativeTolerance: 1e-12)
        XCTAssertEqual(gradeCounts(alts.compactMap { $0["point_grade"] as? String }), ["A": 12, "B": 45, "C": 96, "D": 5])
    }
}
