import Foundation
import TestSupport
import XCTest

/// `stationkit fit ols|wls` end to end. Expected numbers: statsmodels 0.15.0 via
/// Tests/References/Models/ols_reference.py (Tests/ModelsTests/Fixtures/ols_reference.json).
final class FitCommandTests: XCTestCase {
    var grunfeld: String { RepositoryPaths.fixture("ModelsTests", "grunfeld.csv").path }

    func reference(_ path: [String]) throws -> [String: Any] {
        let data = try Foundation.Data(contentsOf: RepositoryPaths.fixture("ModelsTests", "ols_reference.json"))
        var o: Any = try JSONSerialization.jsonObject(with: data)
        for k in path { o = (o as? [String: Any])?[k] ?? [:] }
        return o as? [String: Any] ?? [:]
    }

    func numbers(_ o: [String: Any], _ key: String) -> [Double] {
        (o[key] as? [Any])?.compactMap { ($0 as? NSNumber)?.doubleValue } ?? []
    }

    func testClusteredJSONMatchesStatsmodels() throws {
        let r = try CLIRunner.run(["fit", "ols", grunfeld, "invest ~ value + capital", "--cluster", "firm", "--format", "json"])
        XCTAssertEqual(r.status, 0, r.stderr)
        let json = try JSONSerialization.jsonObject(with: Data(r.stdout.utf8)) as? [String: Any] ?? [:]
        XCTAssertEqual(json["model"] as? String, "OLS")
        XCTAssertEqual(json["formula"] as? String, "invest ~ value + capital")
        XCTAssertEqual(json["n"] as? Int, 220)
        XCTAssertEqual(json["n_dropped"] as? Int, 0)
        XCTAssertEqual(json["dropped_collinear"] as? [String], [])
        let coefficients = json["coefficients"] as? [[String: Any]] ?? []
        XCTAssertEqual(coefficients.compactMap { $0["term"] as? String }, ["Intercept", "value", "capital"])
        let e = try reference(["grunfeld", "fits", "cluster_firm"])
        for (key, field) in [("params", "estimate"), ("bse", "std_error"), ("tvalues", "statistic"), ("pvalues", "p_value"),
                             ("conf_low", "conf_low"), ("conf_high", "conf_high")] {
            assertClose(coefficients.map { ($0[field] as? NSNumber)?.doubleValue ?? .nan }, numbers(e, key),
                        relativeTolerance: 1e-6, field)
        }
        let fit = json["fit"] as? [String: Any] ?? [:]
        assertClose((fit["f_statistic"] as? NSNumber)?.doubleValue ?? .nan, (e["fvalue"] as? NSNumber)?.doubleValue ?? 0,
                    relativeTolerance: 1e-6)
        let base = try reference(["grunfeld", "fits", "nonrobust"])
        for (key, field) in [("rsquared", "r_squared"), ("rsquared_adj", "adj_r_squared"), ("llf", "log_likelihood"),
                             ("aic", "aic"), ("bic", "bic"), ("df_resid", "df_resid")] {
            assertClose((fit[field] as? NSNumber)?.doubleValue ?? .nan, (base[key] as? NSNumber)?.doubleValue ?? 0,
                        relativeTolerance: 1e-8, field)
        }
    }

    func testTableLooksLikeStatsmodelsSummary() throws {
        let r = try CLIRunner.run(["fit", "ols", grunfeld, "invest ~ value + capital + C(firm)", "--vcov", "hc1"])
        XCTAssertEqual(r.status, 0, r.stderr)
        XCTAssertTrue(r.stdout.contains("OLS Regression Results"))
        XCTAssertTrue(r.stdout.contains("Covariance Type:                 HC1"))
        // statsmodels prints: C(firm)[T.Atlantic Refining]   -94.0243     22.376     -4.202
        XCTAssertTrue(r.stdout.contains("-94.0243     22.376     -4.202"), r.stdout)
    }

    func testWLSCSVWritesCoefficientsToOutputFile() throws {
        // WLS needs a weight column: write grunfeld with w = 1/capital to a temporary file.
        let dir = FileManager.default.temporaryDirectory.appendingPathComponent("fit-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: dir, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(at: dir) }
        let lines = try String(contentsOfFile: grunfeld, encoding: .utf8).split(separator: "\n")
        var csv = lines[0] + ",inv_capital\n"
        for line in lines.dropFirst() {
            let capital = Double(line.split(separator: ",")[2]) ?? .nan
            csv += line + "," + String(1 / capital) + "\n"
        }
        let data = dir.appendingPathComponent("g.csv")
        try csv.write(to: data, atomically: true, encoding: .utf8)
        let out = dir.appendingPathComponent("coef.csv")
        let r = try CLIRunner.run(["fit", "wls", data.path, "invest ~ value + capital", "--weights", "inv_capital",
                                   "--format", "csv", "--output", out.path])
        XCTAssertEqual(r.status, 0, r.stderr)
        XCTAssertEqual(r.stdout, "")
        let rows = try String(contentsOf: out, encoding: .utf8).split(separator: "\n").map { $0.split(separator: ",") }
        XCTAssertEqual(rows.first?.map(String.init), ["term", "estimate", "std_error", "statistic", "p_value", "conf_low", "conf_high"])
        let e = try reference(["grunfeld", "wls"])
        assertClose(rows.dropFirst().map { Double($0[1]) ?? .nan }, numbers(e, "params"), relativeTolerance: 1e-8)
        assertClose(rows.dropFirst().map { Double($0[2]) ?? .nan }, numbers(e, "bse"), relativeTolerance: 1e-6)
    }

    func testFormulaErrorShowsCaretAndIsUsageError() throws {
        let out = FileManager.default.temporaryDirectory.appendingPathComponent("fit-\(UUID().uuidString).json")
        let r = try CLIRunner.run(["fit", "ols", grunfeld, "invest ~ value + + capital", "--output", out.path])
        XCTAssertEqual(r.status, 64)
        XCTAssertEqual(r.stdout, "")
        XCTAssertTrue(r.stderr.contains("error: formula:1:18: expected a variable, a number or '(', found '+'"), r.stderr)
        XCTAssertTrue(r.stderr.contains("  invest ~ value + + capital\n                   ^"), r.stderr)
        XCTAssertFalse(FileManager.default.fileExists(atPath: out.path))
    }

    func testDataProblemsExitWithSysexitsCodes() throws {
        let missing = try CLIRunner.run(["fit", "ols", "/nonexistent/data.csv", "y ~ x"])
        XCTAssertEqual(missing.status, 66)
        XCTAssertTrue(missing.stderr.hasPrefix("error: /nonexistent/data.csv"), missing.stderr)
        let unknown = try CLIRunner.run(["fit", "ols", grunfeld, "invest ~ nope"])
        XCTAssertEqual(unknown.status, 65)
        XCTAssertTrue(unknown.stderr.contains("no column named 'nope'"), unknown.stderr)
        let both = try CLIRunner.run(["fit", "ols", grunfeld, "invest ~ value", "--vcov", "hc1", "--cluster", "firm"])
        XCTAssertEqual(both.status, 64)
        let noWeights = try CLIRunner.run(["fit", "wls", grunfeld, "invest ~ value"])
        XCTAssertEqual(noWeights.status, 64)
        let unwritable = try CLIRunner.run(["fit", "ols", grunfeld, "invest ~ value", "--output", "/nonexistent/dir/out.json"])
        XCTAssertEqual(unwritable.status, 73)
        XCTAssertEqual(unwritable.stdout, "")
        let glmHC3 = try CLIRunner.run(["fit", "poisson", grunfeld, "invest ~ value", "--vcov", "hc3"])
        XCTAssertEqual(glmHC3.status, 64)
        XCTAssertTrue(glmHC3.stderr.contains("classical, hc0 or cluster"), glmHC3.stderr)
    }

    func testLogitJSONMatchesStatsmodelsGLM() throws {
        let spector = RepositoryPaths.fixture("ModelsTests", "spector.csv").path
        let r = try CLIRunner.run(["fit", "logit", spector, "GRADE ~ GPA + TUCE + PSI", "--format", "json"])
        XCTAssertEqual(r.status, 0, r.stderr)
        let json = try JSONSerialization.jsonObject(with: Data(r.stdout.utf8)) as? [String: Any] ?? [:]
        XCTAssertEqual(json["family"] as? String, "binomial")
        XCTAssertEqual(json["link"] as? String, "logit")
        // Expected: statsmodels GLM(Binomial), Tests/References/Models/glm_reference.py.
        let data = try Foundation.Data(contentsOf: RepositoryPaths.fixture("ModelsTests", "glm_reference.json"))
        let root = try JSONSerialization.jsonObject(with: data) as? [String: Any] ?? [:]
        let e = ((root["spector"] as? [String: Any])?["fits"] as? [String: Any])?["nonrobust"] as? [String: Any] ?? [:]
        let coefficients = json["coefficients"] as? [[String: Any]] ?? []
        for (key, field) in [("params", "estimate"), ("bse", "std_error"), ("pvalues", "p_value")] {
            assertClose(coefficients.map { ($0[field] as? NSNumber)?.doubleValue ?? .nan }, numbers(e, key),
                        relativeTolerance: 1e-6, field)
        }
        let fit = json["fit"] as? [String: Any] ?? [:]
        assertClose((fit["deviance"] as? NSNumber)?.doubleValue ?? .nan, (e["deviance"] as? NSNumber)?.doubleValue ?? 0,
                    relativeTolerance: 1e-8)
    }

    func testLogitSeparationIsADataError() throws {
        let dir = FileManager.default.temporaryDirectory.appendingPathComponent("sep-\(UUID().uuidString).csv")
        try "y,x\n0,-2\n0,-1\n1,1\n1,2\n".write(to: dir, atomically: true, encoding: .utf8)
        defer { try? FileManager.default.removeItem(at: dir) }
        let r = try CLIRunner.run(["fit", "logit", dir.path, "y ~ x"])
        XCTAssertEqual(r.status, 65)
        XCTAssertEqual(r.stdout, "")
        XCTAssertTrue(r.stderr.contains("perfect separation: 4 of 4 observations"), r.stderr)
    }

    func testAbsorbedFixedEffectsJSONMatchesPyfixest() throws {
        let r = try CLIRunner.run(["fit", "ols", grunfeld, "invest ~ value + capital | firm", "--cluster", "firm", "--format", "json"])
        XCTAssertEqual(r.status, 0, r.stderr)
        let json = try JSONSerialization.jsonObject(with: Data(r.stdout.utf8)) as? [String: Any] ?? [:]
        let absorbed = json["absorbed"] as? [String: Any] ?? [:]
        XCTAssertEqual(absorbed["effects"] as? [String], ["firm"])
        XCTAssertEqual(absorbed["levels"] as? [Int], [11])
        let covariance = json["covariance"] as? [String: Any] ?? [:]
        XCTAssertEqual(covariance["distribution"] as? String, "t")
        XCTAssertEqual(covariance["df"] as? Double, 10)
        // Expected: pyfixest feols(vcov={"CRV1": "firm"}), ols_reference.py ("absorbed").
        let e = try reference(["absorbed", "firm", "cluster_firm"])
        let coefficients = json["coefficients"] as? [[String: Any]] ?? []
        XCTAssertEqual(coefficients.compactMap { $0["term"] as? String }, ["value", "capital"])
        for (key, field) in [("params", "estimate"), ("bse", "std_error"), ("pvalues", "p_value")] {
            assertClose(coefficients.map { ($0[field] as? NSNumber)?.doubleValue ?? .nan }, numbers(e, key),
                        relativeTolerance: 1e-6, field)
        }
        let fit = json["fit"] as? [String: Any] ?? [:]
        assertClose((fit["within_r_squared"] as? NSNumber)?.doubleValue ?? .nan, (e["r2_within"] as? NSNumber)?.doubleValue ?? 0,
                    relativeTolerance: 1e-8)
    }
}
