import Foundation
import TestSupport
import XCTest

final class DescribeCommandTests: XCTestCase {
    private var dir: URL!

    override func setUpWithError() throws {
        dir = FileManager.default.temporaryDirectory.appendingPathComponent("describe-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: dir, withIntermediateDirectories: true)
    }

    override func tearDownWithError() throws { try? FileManager.default.removeItem(at: dir) }

    // Expected: pandas, Tests/References/Data/describe_panel.py (describe by year).
    func testCSVByYearWrittenAtomically() throws {
        let out = dir.appendingPathComponent("d.csv").path
        let r = try CLIRunner.run(["describe", ValidateCommandTests.bundle("valid"), "--format", "csv", "--output", out])
        XCTAssertEqual(r.status, 0, r.stderr)
        XCTAssertEqual(r.stdout, "")
        let lines = try String(contentsOfFile: out, encoding: .utf8).split(separator: "\n")
        XCTAssertEqual(lines.count, 4)
        XCTAssertTrue(lines[0].hasPrefix("year,streets,stations_open,coverage,social_workers_per_station,certified_share,"))
        XCTAssertTrue(lines[1].hasPrefix("2020,4,1,0.25,4,0.5,32,0.625,800,79,"), String(lines[1]))
        XCTAssertTrue(lines[3].hasPrefix("2022,4,2,0.5,5,0.6,36,"), String(lines[3]))
        XCTAssertEqual(try FileManager.default.contentsOfDirectory(atPath: dir.path), ["d.csv"])
    }

    func testJSONByDistrict() throws {
        let r = try CLIRunner.run(["describe", ValidateCommandTests.bundle("valid"), "--by", "district", "--format", "json"])
        XCTAssertEqual(r.status, 0, r.stderr)
        let rows = try XCTUnwrap(JSONSerialization.jsonObject(with: Data(r.stdout.utf8)) as? [[String: Any]])
        XCTAssertEqual(rows.map { $0["district_name"] as? String }, ["历下区", "平阴县"])
        XCTAssertEqual(rows[0]["funding_per_station"] as? Double, 32.8)
        XCTAssertTrue(rows[1]["mean_score"] is NSNull)
    }

    func testInvalidBundleLeavesNoOutputFile() throws {
        let out = dir.appendingPathComponent("d.csv").path
        let d = ValidateCommandTests.bundle("negative_money")
        let r = try CLIRunner.run(["describe", d, "--output", out])
        XCTAssertEqual(r.status, 65)
        XCTAssertEqual(r.stderr, "error: \(d)/funding.csv:5:10: city must not be negative, found -15\n")
        XCTAssertFalse(FileManager.default.fileExists(atPath: out))
        XCTAssertEqual(try FileManager.default.contentsOfDirectory(atPath: dir.path), [])
    }

    func testUnwritableOutputIsExit73() throws {
        let r = try CLIRunner.run(["describe", ValidateCommandTests.bundle("valid"), "--output", dir.appendingPathComponent("no/such/d.csv").path])
        XCTAssertEqual(r.status, 73)
    }

    func testUnknownGroupingIsUsageError() throws {
        let r = try CLIRunner.run(["describe", ValidateCommandTests.bundle("valid"), "--by", "month"])
        XCTAssertEqual(r.status, 64)
    }
}
