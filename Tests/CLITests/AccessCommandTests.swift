import Foundation
import TestSupport
import XCTest

/// `stationkit access` end to end on the shipped Jinan bundle. The numbers are checked against an independent
/// recomputation from the bundle's CSVs by the same formulas as the numpy transcription in
/// Tests/References/Models/access_reference.py: a street's access is Σ over stations within the radius of
/// workers / (population within the radius of the station), so Σᵢ Pᵢ·Aᵢ equals the total social workers of
/// stations that reach any population (a conservation identity of 2SFCA, Luo & Wang 2003).
final class AccessCommandTests: XCTestCase {
    var bundle: String { RepositoryPaths.root.appendingPathComponent("Datasets/jinan").path }

    func testJSONConservesSocialWorkersAndReportsEveryStreet() throws {
        let r = try CLIRunner.run(["access", bundle, "--year", "2025", "--radius-km", "15", "--format", "json"])
        XCTAssertEqual(r.status, 0, r.stderr)
        let json = try JSONSerialization.jsonObject(with: Data(r.stdout.utf8)) as? [String: Any] ?? [:]
        let streets = json["streets"] as? [[String: Any]] ?? []
        XCTAssertEqual(streets.count, 161)
        XCTAssertEqual(json["year"] as? Int, 2025)
        var served = 0.0
        for s in streets {
            let population = (s["population"] as? NSNumber)?.doubleValue ?? 0
            let access: Double = (s["access_per_10k"] as? NSNumber)?.doubleValue ?? 0
            served += population * access / 1e4
        }
        // Total social workers of 2025 in staffing.csv (every station reaches its own street's population).
        let staffing = try String(contentsOfFile: bundle + "/staffing.csv", encoding: .utf8).split(separator: "\n").dropFirst()
        var workers = 0.0
        for line in staffing {
            let f = line.split(separator: ",", omittingEmptySubsequences: false)
            if f.count > 2, f[1] == "2025" { workers += Double(f[2]) ?? 0 }
        }
        assertClose(served, workers, relativeTolerance: 1e-10)
        XCTAssertNotNil(json["threshold_per_10k"] as? NSNumber)
    }

    func testBadRadiusIsUsageErrorWithoutOutput() throws {
        let out = FileManager.default.temporaryDirectory.appendingPathComponent("access-\(UUID().uuidString).json")
        let r = try CLIRunner.run(["access", bundle, "--radius-km", "-1", "--output", out.path])
        XCTAssertEqual(r.status, 64)
        XCTAssertFalse(FileManager.default.fileExists(atPath: out.path))
    }
}
