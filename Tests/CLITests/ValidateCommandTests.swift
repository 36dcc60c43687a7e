import Foundation
import TestSupport
import XCTest

final class ValidateCommandTests: XCTestCase {
    static func bundle(_ name: String) -> String { RepositoryPaths.fixture("DataTests", "bundles/\(name)").path }

    func testCleanBundleSaysOkWithCounts() throws {
        let r = try CLIRunner.run(["validate", Self.bundle("valid")])
        XCTAssertEqual(r.status, 0, r.stderr)
        // 2 + 4 + 3 stations-side rows, 5 × 3 yearly tables, 30 scores, 6 items, 4 grades.
        XCTAssertEqual(r.stdout, "ok: 9 tables, 64 rows\n")
        XCTAssertEqual(r.stderr, "")
    }

    func testProblemsGoToStderrWithLocationsAndExit65() throws {
        let d = Self.bundle("before_opening")
        let r = try CLIRunner.run(["validate", d])
        XCTAssertEqual(r.status, 65)
        XCTAssertEqual(r.stderr, "error: \(d)/staffing.csv:5:5: station 'ST2' opened in 2021 but has a row for 2020\n")
        XCTAssertEqual(r.stdout, "")
    }

    func testEveryProblemHasItsOwnErrorLineAndTheRestAreCounted() throws {
        let r = try CLIRunner.run(["validate", Self.bundle("many_problems")])
        XCTAssertEqual(r.status, 65)
        let lines = r.stderr.split(separator: "\n")
        XCTAssertEqual(lines.count, 101)
        XCTAssertTrue(lines.allSatisfy { $0.hasPrefix("error: ") })
        XCTAssertEqual(lines.last, "error: … and 199 more problems")
    }

    func testJSONListsProblems() throws {
        let d = Self.bundle("unknown_item")
        let r = try CLIRunner.run(["validate", d, "--format", "json"])
        XCTAssertEqual(r.status, 65)
        let list = try XCTUnwrap(JSONSerialization.jsonObject(with: Data(r.stdout.utf8)) as? [[String: Any]])
        XCTAssertEqual(list.count, 1)
        XCTAssertEqual(list[0]["file"] as? String, "\(d)/evaluations.csv")
        XCTAssertEqual(list[0]["line"] as? Int, 7)
        XCTAssertEqual(list[0]["column"] as? Int, 10)
        XCTAssertEqual(list[0]["message"] as? String, "unknown item 'Z9' (not in framework.csv)")
        let clean = try CLIRunner.run(["validate", Self.bundle("valid"), "--format", "json"])
        XCTAssertEqual(clean.status, 0)
        XCTAssertEqual(clean.stdout.trimmingCharacters(in: .whitespacesAndNewlines), "[\n\n]")
    }

    func testMissingDirectoryOrManifestIsExit66() throws {
        let r = try CLIRunner.run(["validate", Self.bundle("no_such_bundle")])
        XCTAssertEqual(r.status, 66)
        XCTAssertTrue(r.stderr.hasPrefix("error: "), r.stderr)
        let noManifest = try CLIRunner.run(["validate", RepositoryPaths.fixture("DataTests", "bundles").path])
        XCTAssertEqual(noManifest.status, 66)
        XCTAssertTrue(noManifest.stderr.contains("missing dataset.toml"), noManifest.stderr)
    }
}
