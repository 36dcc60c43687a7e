import Foundation
import XCTest

final class CalibrateCommandTests: XCTestCase {
    private var dir: URL!
    private let root = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent()
        .deletingLastPathComponent()

    override func setUpWithError() throws {
        dir = FileManager.default.temporaryDirectory.appendingPathComponent("sk-calibrate-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: dir, withIntermediateDirectories: true)
    }

    override func tearDownWithError() throws {
        try? FileManager.default.removeItem(at: dir)
    }

    /// The command recorded at the top of the shipped baseline reproduces it (up to the output path in
    /// that comment), and the README's main command runs it.
    func testRecordedCommandReproducesTheShippedBaselineWhichSimulates() throws {
        let out = dir.appendingPathComponent("baseline.toml").path
        let r = try CLIRunner.run(["calibrate", "Datasets/jinan", "--base", "Datasets/jinan/scenarios/assumptions.toml",
                                   "--budget-growth", "1.1", "--output", out], currentDirectory: root)
        XCTAssertEqual(r.status, 0, r.stderr)
        let written = try String(contentsOfFile: out, encoding: .utf8).split(separator: "\n", omittingEmptySubsequences: false)
        let shipped = try String(contentsOf: root.appendingPathComponent("Datasets/jinan/scenarios/baseline.toml"), encoding: .utf8)
            .split(separator: "\n", omittingEmptySubsequences: false)
        XCTAssertEqual(written.count, shipped.count)
        XCTAssertEqual(Array(written.dropFirst(2)), Array(shipped.dropFirst(2)))
        XCTAssertTrue(shipped[1].contains("stationkit calibrate Datasets/jinan --base Datasets/jinan/scenarios/assumptions.toml --budget-growth 1.1"))
        let sim = try CLIRunner.run(["simulate", "Datasets/jinan/scenarios/baseline.toml", "--data", "Datasets/jinan",
                                     "--runs", "20"], currentDirectory: root)
        XCTAssertEqual(sim.status, 0, sim.stderr)
        XCTAssertTrue(sim.stdout.hasPrefix("Scenario Jinan baseline (calibrated) on jinan: 20 runs"), sim.stdout)
        XCTAssertTrue(sim.stdout.contains("  2026 "), sim.stdout)
    }

    func testJSONHoldsTheScoreModelWithStandardErrors() throws {
        let r = try CLIRunner.run(["calibrate", "Datasets/jinan", "--format", "json"], currentDirectory: root)
        XCTAssertEqual(r.status, 0, r.stderr)
        let json = try XCTUnwrap(JSONSerialization.jsonObject(with: Data(r.stdout.utf8)) as? [String: Any])
        let workers = try XCTUnwrap(json["scoreWorkers"] as? [String: Any])
        // Planted b_workers = 3 (Datasets/jinan/dataset.toml [planted.score]); OLS SE ≈ 0.3.
        let value = try XCTUnwrap(workers["value"] as? Double), se = try XCTUnwrap(workers["standardError"] as? Double)
        XCTAssertLessThan(abs(value - 3), 4 * se)
    }

    func testMissingBundleExits66AndWritesNothing() throws {
        let out = dir.appendingPathComponent("base.toml").path
        let r = try CLIRunner.run(["calibrate", dir.appendingPathComponent("nope").path, "--output", out])
        XCTAssertEqual(r.status, 66, r.stderr)
        XCTAssertTrue(r.stderr.hasPrefix("error: "), r.stderr)
        XCTAssertFalse(FileManager.default.fileExists(atPath: out))
    }
}
