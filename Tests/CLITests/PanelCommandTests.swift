import Foundation
import TestSupport
import XCTest

final class PanelCommandTests: XCTestCase {
    private var dir: URL!

    override func setUpWithError() throws {
        dir = FileManager.default.temporaryDirectory.appendingPathComponent("panel-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: dir, withIntermediateDirectories: true)
    }

    override func tearDownWithError() throws { try? FileManager.default.removeItem(at: dir) }

    // Expected: pandas merges, Tests/References/Data/describe_panel.py (street panel).
    func testStreetPanelCSV() throws {
        let out = dir.appendingPathComponent("panel.csv").path
        let r = try CLIRunner.run(["panel", ValidateCommandTests.bundle("valid"), "--level", "street", "--output", out])
        XCTAssertEqual(r.status, 0, r.stderr)
        let lines = try String(contentsOfFile: out, encoding: .utf8).split(separator: "\n", omittingEmptySubsequences: false)
        XCTAssertEqual(lines.count, 14)  // header + 4 streets × 3 years + final empty piece
        let header = lines[0].split(separator: ",").map(String.init)
        XCTAssertEqual(Array(header.prefix(4)), ["station_id", "street_id", "district_id", "year"])
        let grade = try XCTUnwrap(header.firstIndex(of: "grade"))
        let street = try XCTUnwrap(header.firstIndex(of: "street_id"))
        // The quoted street name "趵突泉街道, 老城" holds a comma, so split on the columns before it.
        XCTAssertEqual(lines[5].split(separator: ",", omittingEmptySubsequences: false)[grade], "D")
        XCTAssertEqual(lines[10].split(separator: ",", omittingEmptySubsequences: false)[street], "S4")
        XCTAssertTrue(lines[10].hasPrefix(",S4,D2,2020,,,,0,"), String(lines[10]))
    }

    func testStationPanelJSONToStdout() throws {
        let r = try CLIRunner.run(["panel", ValidateCommandTests.bundle("valid"), "--format", "json"])
        XCTAssertEqual(r.status, 0, r.stderr)
        let rows = try XCTUnwrap(JSONSerialization.jsonObject(with: Data(r.stdout.utf8)) as? [[String: Any]])
        XCTAssertEqual(rows.count, 9)
        XCTAssertEqual(rows[0]["total_score"] as? Int, 79)
        XCTAssertEqual(rows[4]["grade"] as? String, "D")
        XCTAssertTrue(rows[3]["years_since_opening"] as? Int == -1)
    }

    func testInvalidBundleLeavesNoOutputFile() throws {
        let out = dir.appendingPathComponent("panel.csv").path
        let r = try CLIRunner.run(["panel", ValidateCommandTests.bundle("unknown_street"), "--output", out])
        XCTAssertEqual(r.status, 65)
        XCTAssertTrue(r.stderr.hasSuffix("stations.csv:4:5: unknown street_id 'S9' (not in streets.csv)\n"), r.stderr)
        XCTAssertEqual(try FileManager.default.contentsOfDirectory(atPath: dir.path), [])
    }
}
