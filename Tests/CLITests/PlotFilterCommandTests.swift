import Foundation
import FoundationXML
import TestSupport
import XCTest

/// `plot … --where` and `plot radar --mean` end to end on rows written by other commands.
final class PlotFilterCommandTests: XCTestCase {
    private func temp(_ name: String) -> String {
        FileManager.default.temporaryDirectory.appendingPathComponent("plotfilter-\(UUID().uuidString)-\(name)").path
    }

    private func texts(_ svg: String) throws -> [String] {
        let doc = try XMLDocument(contentsOf: URL(fileURLWithPath: svg), options: [])
        return try doc.nodes(forXPath: "//*[local-name()='text']").compactMap(\.stringValue)
    }

    func testRadarAveragesTheFilteredStationsOfEachDistrict() throws {
        let out = temp("radar.svg")
        defer { try? FileManager.default.removeItem(atPath: out) }
        // Expected rows: numpy.nanmean, Tests/References/Figures/record_filter.py (same file)
        let csv = RepositoryPaths.root.appendingPathComponent("Tests/References/Figures/records.csv").path
        let r = try CLIRunner.run(["plot", "radar", csv, "--group", "district", "--mean", "--where", "year=2025",
                                   "--where", "district=历下区,平阴县", "--columns", "score_a,score_b", "--output", out])
        XCTAssertEqual(r.status, 0, r.stderr)
        let labels = try texts(out)
        XCTAssertTrue(labels.contains("a") && labels.contains("b"), "\(labels)")  // score_ prefix dropped
        XCTAssertTrue(labels.contains("历下区") && labels.contains("平阴县") && !labels.contains("市中区"), "\(labels)")
        let doc = try XMLDocument(contentsOf: URL(fileURLWithPath: out), options: [])
        XCTAssertEqual(try doc.nodes(forXPath: "//*[local-name()='g'][@class='series']").count, 2)
        // a malformed condition is a usage error and writes nothing
        let bad = try CLIRunner.run(["plot", "radar", csv, "--where", "year", "--output", temp("bad.svg")])
        XCTAssertEqual(bad.status, 64)
        XCTAssertTrue(bad.stderr.contains("--where needs COLUMN=VALUE"), bad.stderr)
        // an unknown column names the file
        let unknown = try CLIRunner.run(["plot", "radar", csv, "--where", "region=x"])
        XCTAssertNotEqual(unknown.status, 0)
        XCTAssertTrue(unknown.stderr.contains("no column \"region\""), unknown.stderr)
    }
}
