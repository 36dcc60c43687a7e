import Foundation
import TestSupport
import XCTest

/// `stationkit fit probit|cloglog|negbin|gamma` and `--trials`/`--exposure` end to end. Expected numbers:
/// statsmodels 0.15.0 via Tests/References/Models/glm_families_reference.py
/// (Tests/ModelsTests/Fixtures/glm_families_reference.json).
final class FitGLMFamiliesCommandTests: XCTestCase {
    var data: String { RepositoryPaths.fixture("ModelsTests", "glm_families.csv").path }

    func reference(_ name: String, in file: String = "glm_families_reference.json") throws -> [String: Any] {
        let d = try Foundation.Data(contentsOf: RepositoryPaths.fixture("ModelsTests", file))
        let root = try JSONSerialization.jsonObject(with: d) as? [String: Any] ?? [:]
        return (root["fits"] as? [String: Any])?[name] as? [String: Any] ?? [:]
    }

    func runJSON(_ args: [String], file: StaticString = #filePath, line: UInt = #line) throws -> [String: Any] {
        let r = try CLIRunner.run(args + ["--format", "json"])
        XCTAssertEqual(r.status, 0, r.stderr, file: file, line: line)
        return try JSONSerialization.jsonObject(with: Data(r.stdout.utf8)) as? [String: Any] ?? [:]
    }

    func assertMatches(_ json: [String: Any], _ e: [String: Any], file: StaticString = #filePath, line: UInt = #line) {
        let rows = json["coefficients"] as? [[String: Any]] ?? []
        XCTAssertEqual(rows.compactMap { $0["term"] as? String }, e["names"] as? [String], file: file, line: line)
        for (key, field) in [("params", "estimate"), ("bse", "std_error")] {
            assertClose(rows.map { ($0[field] as? NSNumber)?.doubleValue ?? .nan },
                        (e[key] as? [NSNumber])?.map(\.doubleValue) ?? [], relativeTolerance: 1e-5, field, file: file, line: line)
        }
    }

    func testNegbinWithExposureMatchesStatsmodels() throws {
        let json = try runJSON(["fit", "negbin", data, "count ~ x1 + x2 + C(g)", "--exposure", "pop"])
        XCTAssertEqual(json["model"] as? String, "NegativeBinomial")
        assertMatches(json, try reference("negbin"))
        let fit = json["fit"] as? [String: Any] ?? [:]
        XCTAssertNotNil(fit["alpha"] as? NSNumber)
        XCTAssertNotNil(fit["last_change"] as? NSNumber)
    }

    func testProbitCloglogGammaAndTrialsMatchStatsmodels() throws {
        let spector = RepositoryPaths.fixture("ModelsTests", "spector.csv").path
        let probit = try runJSON(["fit", "probit", spector, "GRADE ~ GPA + TUCE + PSI"])
        XCTAssertEqual(probit["link"] as? String, "probit")
        assertMatches(probit, try reference("probit"))
        assertMatches(try runJSON(["fit", "cloglog", spector, "GRADE ~ GPA + TUCE + PSI"]), try reference("cloglog"))
        assertMatches(try runJSON(["fit", "gamma", data, "cost ~ x1 + x2 + C(g)"]), try reference("gamma_log"))
        assertMatches(try runJSON(["fit", "logit", data, "successes ~ x1 + x2 + C(g)", "--trials", "trials"]), try reference("trials"))
    }

    // Expected: statsmodels 0.15.0 HC0 sandwiches, Tests/References/Models/glm_robust_reference.py
    // (Tests/ModelsTests/Fixtures/glm_robust_reference.json).
    func testGammaAndNegbinHC0MatchStatsmodels() throws {
        assertMatches(try runJSON(["fit", "gamma", data, "cost ~ x1 + x2 + C(g)", "--vcov", "hc0"]),
                      try reference("gamma_hc0", in: "glm_robust_reference.json"))
        assertMatches(try runJSON(["fit", "negbin", data, "count ~ x1 + x2 + C(g)", "--exposure", "pop", "--vcov", "hc0"]),
                      try reference("negbin_hc0", in: "glm_robust_reference.json"))
    }

    func testHC1ForAGLMIsUsageErrorWithoutOutput() throws {
        let out = FileManager.default.temporaryDirectory.appendingPathComponent("glm-\(UUID().uuidString).json")
        let r = try CLIRunner.run(["fit", "gamma", data, "cost ~ x1", "--vcov", "hc1", "--output", out.path])
        XCTAssertEqual(r.status, 64)
        XCTAssertTrue(r.stderr.contains("HC1–HC3"), r.stderr)
        XCTAssertFalse(FileManager.default.fileExists(atPath: out.path))
        let both = try CLIRunner.run(["fit", "poisson", data, "count ~ x1", "--offset", "logpop", "--exposure", "pop"])
        XCTAssertEqual(both.status, 64)
    }
}
