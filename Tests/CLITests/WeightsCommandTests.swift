import Foundation
import StationKit
import TestSupport
import XCTest

/// End-to-end tests of `stationkit weights`, `score` and `robustness`. Expected numbers come from
/// Tests/References/Weighting/reference.py (same matrix and judgments as Tests/WeightingTests/ReferenceData.swift).
final class WeightsCommandTests: XCTestCase {
    static let matrixCSV = """
        station,staff,coverage,cost,satisfaction
        S1,3.2,0.85,12.0,88
        S2,2.1,0.60,9.5,75
        S3,4.0,0.92,15.0,91
        S4,2.8,0.70,8.0,80
        S5,3.5,0.55,11.0,70
        S6,1.9,0.78,10.5,85

        """
    static let judgmentsCSV = """
        ,staff,coverage,cost,satisfaction
        staff,1,3,5,7
        coverage,1/3,1,2,3
        cost,0.2,1/2,1,1/2
        satisfaction,1/7,1/3,2,1

        """

    var dir: URL!

    override func setUpWithError() throws {
        dir = FileManager.default.temporaryDirectory.appendingPathComponent("weights-cli-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: dir, withIntermediateDirectories: true)
    }

    override func tearDownWithError() throws {
        try? FileManager.default.removeItem(at: dir)
    }

    func write(_ text: String, _ name: String) throws -> String {
        let url = dir.appendingPathComponent(name)
        try text.write(to: url, atomically: true, encoding: .utf8)
        return url.path
    }

    func json(_ text: String) throws -> [String: Any] {
        try XCTUnwrap(JSONSerialization.jsonObject(with: Foundation.Data(text.utf8)) as? [String: Any])
    }

    func testAHPJSONHasWeightsAndConsistency() throws {
        let a = try write(Self.judgmentsCSV, "a.csv")
        let r = try CLIRunner.run(["weights", "ahp", a, "--format", "json"])
        XCTAssertEqual(r.status, 0, r.stderr)
        let j = try json(r.stdout)
        XCTAssertEqual(j["method"] as? String, "ahp")
        XCTAssertEqual(j["criteria"] as? [String], ["staff", "coverage", "cost", "satisfaction"])
        // Expected: reference.py `eigA4`, `lambdaA4`, `cr1980A4`.
        assertClose(try XCTUnwrap(j["weights"] as? [Double]),
                    [0.5856366914456324, 0.21939245302091434, 0.08882847336837027, 0.10614238216508295],
                    relativeTolerance: 1e-10)
        assertClose(try XCTUnwrap(j["lambda_max"] as? Double), 4.150957629558778, relativeTolerance: 1e-12)
        assertClose(try XCTUnwrap(j["cr"] as? Double), 0.05591023316991761, relativeTolerance: 1e-10)
        XCTAssertFalse(r.stderr.contains("warning"))
    }

    func testInconsistentAHPWarnsButSucceeds() throws {
        let bad = try write(",a,b,c,d\na,1,9,1/9,5\nb,1/9,1,7,1/5\nc,9,1/7,1,3\nd,1/5,5,1/3,1\n", "bad.csv")
        let r = try CLIRunner.run(["weights", "ahp", bad])
        XCTAssertEqual(r.status, 0)
        XCTAssertTrue(r.stderr.contains("warning:") && r.stderr.contains("consistency ratio"), r.stderr)
        XCTAssertTrue(r.stdout.contains("CR = 2.48436"), r.stdout)  // reference.py `cr1980Bad`
    }

    func testNonReciprocalJudgmentIsLocatedAndWritesNothing() throws {
        let a = try write(",x,y,z\nx,1,3,5\ny,1/3,1,2\nz,1/5,2,1\n", "nr.csv")
        let out = dir.appendingPathComponent("out.json").path
        let r = try CLIRunner.run(["weights", "ahp", a, "--format", "json", "--output", out])
        XCTAssertEqual(r.status, 65)
        XCTAssertTrue(r.stderr.contains("error: \(a):4:7:"), r.stderr)
        XCTAssertTrue(r.stdout.isEmpty)
        XCTAssertFalse(FileManager.default.fileExists(atPath: out))
    }

    func testAHPHierarchyFromTOML() throws {
        let h = try write("""
            [goal]
            criteria = ["service", "management"]
            judgments = [[1, 3], ["1/3", 1]]
            [service]
            criteria = ["s1", "s2", "s3"]
            judgments = [[1, 2, 4], ["1/2", 1, 3], ["1/4", "1/3", 1]]
            [management]
            criteria = ["m1", "m2"]
            judgments = [[1, "1/2"], [2, 1]]
            """, "h.toml")
        let r = try CLIRunner.run(["weights", "ahp", h, "--format", "json"])
        XCTAssertEqual(r.status, 0, r.stderr)
        let j = try json(r.stdout)
        XCTAssertEqual(j["criteria"] as? [String], ["s1", "s2", "s3", "m1", "m2"])
        // Expected: ahpy 2.1 hierarchy, reference.py `hierarchyGlobal_s1s2s3m1m2`.
        assertClose(try XCTUnwrap(j["weights"] as? [Double]),
                    [0.4188184073, 0.2397136979, 0.0914678948, 0.0833333333, 0.1666666667], relativeTolerance: 1e-8)
    }

    func testEntropyWithCostCriterion() throws {
        let m = try write(Self.matrixCSV, "m.csv")
        let out = dir.appendingPathComponent("entropy.json").path
        let r = try CLIRunner.run(["weights", "entropy", m, "--cost", "cost", "--format", "json", "--output", out])
        XCTAssertEqual(r.status, 0, r.stderr)
        let j = try json(String(contentsOfFile: out, encoding: .utf8))
        // Expected: reference.py `entropyTextbook`.
        assertClose(try XCTUnwrap(j["weights"] as? [Double]),
                    [0.29619267600792565, 0.2807191302647853, 0.18826807503787493, 0.2348201186894141],
                    relativeTolerance: 1e-12)
    }

    func testGameTheoryCombinationOfTwoFiles() throws {
        // Entropy weights (reference.py `entropyTextbook`) and subjective weights, criteria in different orders.
        let a = try write(#"{"criteria":["staff","coverage","cost","satisfaction"],"weights":[0.29619267600792565,0.2807191302647853,0.18826807503787493,0.2348201186894141]}"#, "a.json")
        let b = try write(#"{"criteria":["cost","staff","coverage","satisfaction"],"weights":[0.1,0.4,0.3,0.2]}"#, "b.json")
        let r = try CLIRunner.run(["weights", "combine", a, b, "--format", "json"])
        XCTAssertEqual(r.status, 0, r.stderr)
        // Expected: reference.py `gameWeights`, `gameAlpha`.
        let j = try json(r.stdout)
        assertClose(try XCTUnwrap(j["weights"] as? [Double]),
                    [0.36925807907497354, 0.29429008522740685, 0.1261400648688896, 0.21031177082873015], relativeTolerance: 1e-9)
        assertClose(try XCTUnwrap(j["coefficients"] as? [Double]), [0.296144045938162, 0.7038559540618381], relativeTolerance: 1e-9)
        let usage = try CLIRunner.run(["weights", "combine", a, b, a, "--method", "linear"])
        XCTAssertEqual(usage.status, 64)
    }

    func testConstantColumnIsADataError() throws {
        let m = try write("id,a,flat\nx,1,5\ny,2,5\nz,3,5\n", "flat.csv")
        let r = try CLIRunner.run(["weights", "critic", m])
        XCTAssertEqual(r.status, 65)
        XCTAssertTrue(r.stderr.contains("'flat'"), r.stderr)
    }

    func testTOPSISScoresAndGrades() throws {
        let m = try write(Self.matrixCSV, "m.csv")
        let w = try write(#"{"criteria":["satisfaction","staff","coverage","cost"],"weights":[0.25,0.3,0.25,0.2]}"#, "w.json")
        let r = try CLIRunner.run(["score", m, "--weights", w, "--cost", "cost", "--method", "topsis", "--format", "json"])
        XCTAssertEqual(r.status, 0, r.stderr)
        let j = try json(r.stdout)
        // Expected: pymcdm 1.4.0 TOPSIS(vector_normalization), reference.py `topsisVectorPymcdm`.
        assertClose(try XCTUnwrap(j["scores"] as? [Double]),
                    [0.6223377751146834, 0.31352214476602636, 0.6684394153597158, 0.5325097592421261,
                     0.5255329480454758, 0.353848918120571], relativeTolerance: 1e-12)
        XCTAssertEqual(j["ranks"] as? [Int], [2, 6, 1, 3, 4, 5])

        let g = try write("grade,min_score,label\nA,90,优秀\nB,80,良好\nC,60,合格\nD,0,不合格\n", "grades.csv")
        let f = try CLIRunner.run(["score", m, "--weights", w, "--cost", "cost", "--method", "fuzzy", "--grades", g,
                                   "--format", "csv"])
        XCTAssertEqual(f.status, 0, f.stderr)
        // Expected: reference.py `fuzzyGradeIndex` = [1, 3, 0, 3, 3, 2] → B, D, A, D, D, C.
        let grades = f.stdout.split(separator: "\n").dropFirst().map { $0.split(separator: ",").last.map(String.init) ?? "" }
        XCTAssertEqual(grades, ["B", "D", "A", "D", "D", "C"])
    }

    func testObstacleDegreesAreListed() throws {
        let m = try write(Self.matrixCSV, "m.csv")
        let w = try write(#"{"criteria":["staff","coverage","cost","satisfaction"],"weights":[0.3,0.25,0.2,0.25]}"#, "w.json")
        let r = try CLIRunner.run(["score", m, "--weights", w, "--cost", "cost", "--obstacles", "2", "--format", "json"])
        XCTAssertEqual(r.status, 0, r.stderr)
        let top = try XCTUnwrap(json(r.stdout)["obstacles"] as? [[[String: Any]]])
        // Expected: reference.py `obstacleRowMajor`: S1 → staff 0.36679…, cost 0.36679… (tie); S2 → staff 0.37647…
        assertClose(try XCTUnwrap(top[0][0]["degree"] as? Double), 0.3667905824039653, relativeTolerance: 1e-12)
        XCTAssertEqual(top[1][0]["criterion"] as? String, "staff")
        assertClose(try XCTUnwrap(top[1][0]["degree"] as? Double), 0.376472688325598, relativeTolerance: 1e-12)
        XCTAssertEqual(top[2].first?["criterion"] as? String, "cost")  // S3 is best on all but cost: degree 1
        XCTAssertEqual(top.count, 6)
    }

    func testScoreErrors() throws {
        let m = try write(Self.matrixCSV, "m.csv")
        let w = try write(#"{"criteria":["staff"],"weights":[1]}"#, "w.json")
        let missing = try CLIRunner.run(["score", m, "--weights", dir.appendingPathComponent("none.json").path])
        XCTAssertEqual(missing.status, 66)
        let unmatched = try CLIRunner.run(["score", m, "--weights", w])
        XCTAssertEqual(unmatched.status, 65)
        XCTAssertTrue(unmatched.stderr.contains("coverage"), unmatched.stderr)
        let usage = try CLIRunner.run(["score", m, "--weights", w, "--method", "fuzzy"])
        XCTAssertEqual(usage.status, 64)
    }

    func testRobustnessIsIndependentOfBatchSize() throws {
        let m = try write(Self.matrixCSV, "m.csv")
        let w = try write(#"{"criteria":["staff","coverage","cost","satisfaction"],"weights":[0.3,0.25,0.2,0.25]}"#, "w.json")
        let base = ["robustness", m, "--weights", w, "--cost", "cost", "--draws", "3000", "--concentration", "20",
                    "--seed", "7", "--format", "json"]
        let a = try CLIRunner.run(base + ["--batch-size", "3000"])
        let b = try CLIRunner.run(base + ["--batch-size", "17"])
        XCTAssertEqual(a.status, 0, a.stderr)
        XCTAssertEqual(a.stdout, b.stdout)
        let alts = try XCTUnwrap(json(a.stdout)["alternatives"] as? [[String: Any]])
        XCTAssertEqual(alts.map { $0["point_rank"] as? Int }, [2, 6, 1, 3, 5, 4])  // ranks of reference.py `weightedSumMinMax`
        let c = try CLIRunner.run(Array(base.dropLast(2)) + ["--seed", "8", "--format", "json"])
        XCTAssertNotEqual(a.stdout, c.stdout)
    }
}
