import Foundation
import TestSupport
import XCTest

/// `stationkit fit curve` end to end. Expected numbers: scipy.optimize.curve_fit via
/// Tests/References/Models/curves_reference.py (Tests/ModelsTests/Fixtures/curves_reference.json).
final class FitCurveCommandTests: XCTestCase {
    var data: String { RepositoryPaths.fixture("ModelsTests", "curves.csv").path }

    func testPerDistrictLogisticJSONMatchesScipy() throws {
        let r = try CLIRunner.run(["fit", "curve", data, "--time", "year", "--coverage", "coverage", "--by", "district",
                                   "--model", "logistic", "--format", "json"])
        XCTAssertEqual(r.status, 0, r.stderr)
        let fits = try JSONSerialization.jsonObject(with: Data(r.stdout.utf8)) as? [[String: Any]] ?? []
        let refData = try Foundation.Data(contentsOf: RepositoryPaths.fixture("ModelsTests", "curves_reference.json"))
        let ref = ((try JSONSerialization.jsonObject(with: refData) as? [String: Any])?["fits"] as? [String: Any])?["logistic"]
            as? [String: [String: Any]] ?? [:]
        XCTAssertEqual(fits.compactMap { $0["group"] as? String }, ref.keys.sorted())
        for f in fits {
            let e = ref[f["group"] as? String ?? ""] ?? [:]
            let params = (f["parameters"] as? [[String: Any]] ?? []).map { ($0["estimate"] as? NSNumber)?.doubleValue ?? .nan }
            assertClose(params, (e["params"] as? [NSNumber])?.map(\.doubleValue) ?? [], relativeTolerance: 1e-5)
            let target = f["target"] as? [String: Any] ?? [:]
            assertClose((target["time"] as? NSNumber)?.doubleValue ?? .nan, (e["target_time"] as? NSNumber)?.doubleValue ?? 0,
                        relativeTolerance: 1e-6)
        }
    }

    func testUnknownColumnExits65WithoutOutput() throws {
        let out = FileManager.default.temporaryDirectory.appendingPathComponent("curve-\(UUID().uuidString).csv")
        let r = try CLIRunner.run(["fit", "curve", data, "--time", "year", "--coverage", "nope", "--output", out.path])
        XCTAssertEqual(r.status, 65)
        XCTAssertTrue(r.stderr.contains("nope"), r.stderr)
        XCTAssertFalse(FileManager.default.fileExists(atPath: out.path))
        let table = try CLIRunner.run(["fit", "curve", data, "--time", "year", "--coverage", "coverage", "--model", "gompertz"])
        XCTAssertEqual(table.status, 0, table.stderr)
        XCTAssertTrue(table.stdout.contains("(pooled)"), table.stdout)
    }
}
