import Foundation
import TestSupport
import XCTest

/// `stationkit did --panel-type unbalanced|rcs --weights COL` end to end on modified mpdta.
final class DidUnbalancedCommandTests: XCTestCase {
    private let columns = ["--outcome", "lemp", "--unit", "countyreal", "--time", "year", "--cohort", "first_treat"]

    /// mpdta without the rows (countyreal · 7 + year) mod 10 = 0, with w = 1 + (countyreal mod 7)/3: the
    /// data of Tests/References/DiD/mpdta_unbalanced_reference.py ("weighted_unbalanced").
    private func writeWeightedUnbalanced(negativeWeightAt badRow: Int? = nil) throws -> String {
        let text = try String(contentsOfFile: RepositoryPaths.fixture("ModelsTests", "mpdta.csv").path, encoding: .utf8)
        var lines = text.split(separator: "\n").map(String.init)
        let header = lines.removeFirst()
        var out = [header + ",w"]
        for line in lines {
            let cells = line.split(separator: ",")
            guard let county = Int(cells[0]), let year = Int(cells[1]), (county * 7 + year) % 10 != 0 else { continue }
            var w = 1 + Double(county % 7) / 3
            if out.count == badRow { w = -1 }
            out.append(line + ",\(w)")
        }
        let path = FileManager.default.temporaryDirectory.appendingPathComponent("did-unbalanced-\(UUID().uuidString).csv").path
        try (out.joined(separator: "\n") + "\n").write(toFile: path, atomically: true, encoding: .utf8)
        return path
    }

    /// Runs `did ... --format json` and compares its simple aggregation with a reference entry of
    /// Fixtures/mpdta_unbalanced_reference.json (Tests/References/DiD/mpdta_unbalanced_reference.py).
    private func assertSimpleMatches(_ arguments: [String], reference key: String, attTolerance: Double,
                                     file: StaticString = #filePath, line: UInt = #line) throws -> [String: Any] {
        let r = try CLIRunner.run(arguments + ["--format", "json"])
        XCTAssertEqual(r.status, 0, r.stderr, file: file, line: line)
        let report = try XCTUnwrap(JSONSerialization.jsonObject(with: Foundation.Data(r.stdout.utf8)) as? [String: Any])
        let simple = try XCTUnwrap((report["aggregate"] as? [String: Any])?["simple"] as? [String: Any])
        let ref = try XCTUnwrap(JSONSerialization.jsonObject(with: Foundation.Data(contentsOf:
            RepositoryPaths.fixture("ModelsTests", "mpdta_unbalanced_reference.json"))) as? [String: Any])
        let expected = try XCTUnwrap((ref[key] as? [String: Any])?["simple"] as? [String: Any])
        assertClose(try XCTUnwrap(simple["att"] as? Double), try XCTUnwrap(expected["att"] as? Double),
                    relativeTolerance: attTolerance, key, file: file, line: line)
        assertClose(try XCTUnwrap(simple["std_error"] as? Double), try XCTUnwrap(expected["std_error"] as? Double),
                    relativeTolerance: 1e-6, key, file: file, line: line)
        return report
    }

    func testWeightedUnbalancedPanelMatchesCsdid() throws {
        let data = try writeWeightedUnbalanced()
        defer { try? FileManager.default.removeItem(atPath: data) }
        // Expected: csdid 0.4.3 allow_unbalanced_panel=True, weights_name="w" (key weighted_unbalanced_nevertreated_dr).
        let report = try assertSimpleMatches(["did", data] + columns + ["--panel-type", "unbalanced", "--weights", "w"],
                                             reference: "weighted_unbalanced_nevertreated_dr", attTolerance: 1e-8)
        XCTAssertEqual(report["n_units"] as? Int, 500)
        XCTAssertEqual(report["sample"] as? String, "unbalanced")
    }

    func testImprovedDoublyRobustEstimatorMatchesDrdidImpPanel() throws {
        let mpdta = RepositoryPaths.fixture("ModelsTests", "mpdta.csv").path
        // Expected: csdid 0.4.3 with est_method = drdid_imp_panel (moderndid 0.2.0 port)
        // (key improved_balanced_nevertreated_lpop).
        let report = try assertSimpleMatches(["did", mpdta] + columns + ["--covariates", "lpop", "--estimator", "dr-imp"],
                                             reference: "improved_balanced_nevertreated_lpop", attTolerance: 1e-6)
        XCTAssertEqual(report["est_method"] as? String, "dr-imp")
    }

    func testUnbalancedPanelWithoutPanelTypeIsADataErrorAndWritesNothing() throws {
        let data = try writeWeightedUnbalanced()
        let out = data + ".json"
        defer { try? FileManager.default.removeItem(atPath: data) }
        let r = try CLIRunner.run(["did", data] + columns + ["--format", "json", "--output", out])
        XCTAssertEqual(r.status, 65)
        XCTAssertTrue(r.stderr.contains("--panel-type unbalanced"), r.stderr)
        XCTAssertFalse(FileManager.default.fileExists(atPath: out))
    }

    func testNegativeWeightIsADataErrorAtItsLine() throws {
        let data = try writeWeightedUnbalanced(negativeWeightAt: 7)
        defer { try? FileManager.default.removeItem(atPath: data) }
        let r = try CLIRunner.run(["did", data] + columns + ["--panel-type", "rcs", "--weights", "w"])
        XCTAssertEqual(r.status, 65)
        XCTAssertTrue(r.stderr.contains(":8:"), r.stderr)   // data row 7 is line 8 of the file
        XCTAssertTrue(r.stderr.contains("weight"), r.stderr)
    }

    func testTimeVaryingWeightIsLocatedAtItsWeightCell() throws {
        // Unit a's weight is 1 in year 1 and 2 in year 2: on a balanced panel that is refused (R did requires
        // one weight per unit), at line 3 (data row 2) in the w column, which starts at character 11.
        let data = NSTemporaryDirectory() + "stationkit-tv-weights-\(getpid()).csv"
        try "id,year,first_treat,y,w\na,1,0,1.0,1\na,2,0,2.0,2\nb,1,2,1.0,1\nb,2,2,3.0,1\n"
            .write(toFile: data, atomically: true, encoding: .utf8)
        defer { try? FileManager.default.removeItem(atPath: data) }
        let r = try CLIRunner.run(["did", data, "--outcome", "y", "--unit", "id", "--time", "year", "--cohort", "first_treat",
                                   "--weights", "w"])
        XCTAssertEqual(r.status, 65)
        XCTAssertTrue(r.stderr.contains(":3:11: weight of unit a changes over time"), r.stderr)
    }

    func testWeightsAreForCallawaySantAnnaOnly() throws {
        let data = try writeWeightedUnbalanced()
        defer { try? FileManager.default.removeItem(atPath: data) }
        let r = try CLIRunner.run(["did", data] + columns + ["--method", "twfe", "--weights", "w"])
        XCTAssertEqual(r.status, 64)
    }
}
