import Foundation
import StationKit
import XCTest

final class SimulateCommandTests: XCTestCase {
    private var dir: URL!

    override func setUpWithError() throws {
        dir = FileManager.default.temporaryDirectory.appendingPathComponent("sk-simulate-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: dir, withIntermediateDirectories: true)
    }

    override func tearDownWithError() throws {
        try? FileManager.default.removeItem(at: dir)
    }

    private func write(_ name: String, _ text: String) throws -> String {
        let url = dir.appendingPathComponent(name)
        try text.write(to: url, atomically: true, encoding: .utf8)
        return url.path
    }

    func testBuiltinToyPrintsJSONThatMatchesTheLibraryForAnyThreadCount() throws {
        let one = try CLIRunner.run(["simulate", "--builtin", "toy", "--runs", "30", "--seed", "5", "--threads", "1",
                                     "--format", "json"])
        XCTAssertEqual(one.status, 0, one.stderr)
        XCTAssertEqual(one.stderr, "", "no progress bar when stderr is not a terminal")
        let two = try CLIRunner.run(["simulate", "--builtin", "toy", "--runs", "30", "--seed", "5", "--threads", "2",
                                     "--format", "json"])
        XCTAssertEqual(two.stdout, one.stdout)
        let library = try Simulator(scenario: .toy, region: .toy).run(seed: 5, runs: 30).json()
        XCTAssertEqual(one.stdout, library)
    }

    func testScenarioFileTableAndCSV() throws {
        let scenario = try write("s.toml", """
            name = "city pays 60%"
            [horizon]
            years = 3
            [funding]
            city_share = 0.6
            """)
        let table = try CLIRunner.run(["simulate", scenario, "--builtin", "toy", "--runs", "10"])
        XCTAssertEqual(table.status, 0, table.stderr)
        XCTAssertTrue(table.stdout.hasPrefix("Scenario city pays 60% on toy: 10 runs, seed 20201001\n"), table.stdout)
        XCTAssertTrue(table.stdout.contains("  2023 "), table.stdout)
        XCTAssertFalse(table.stdout.contains("  2024 "), table.stdout)
        let csv = try CLIRunner.run(["simulate", scenario, "--builtin", "toy", "--runs", "10", "--format", "csv"])
        XCTAssertEqual(csv.status, 0, csv.stderr)
        let lines = csv.stdout.split(separator: "\n")
        XCTAssertEqual(lines.first, "unit,district_name,year,metric,mean,sd,p5,p50,p95,n")
        let share = lines.first { $0.hasPrefix("city,,2021,city_share_of_cost,") }?.split(separator: ",", omittingEmptySubsequences: false)[4]
        XCTAssertEqual(share.flatMap { Double($0) } ?? 0, 0.6, accuracy: 1e-12, csv.stdout)
    }

    func testOutOfRangeValueIsReportedWithLocationAndLeavesNoOutput() throws {
        let scenario = try write("bad.toml", "[funding]\ncity_share = 1.5\n")
        let out = dir.appendingPathComponent("out.json").path
        let r = try CLIRunner.run(["simulate", scenario, "--builtin", "toy", "--output", out])
        XCTAssertEqual(r.status, 65)
        XCTAssertEqual(r.stderr, "error: \(scenario):2:14: `funding.city_share` must be in [0, 1], got 1.5\n")
        XCTAssertFalse(FileManager.default.fileExists(atPath: out))
    }

    func testUnknownDistrictInScenarioIsLocatedInTheFile() throws {
        let scenario = try write("d.toml", "[staffing]\nturnover_by_district = {core = 0.2, nowhere = 0.3}\n")
        let r = try CLIRunner.run(["simulate", scenario, "--builtin", "toy"])
        XCTAssertEqual(r.status, 65)
        XCTAssertEqual(r.stderr,
                       "error: \(scenario):2:47: `staffing.turnover_by_district.nowhere`: no district nowhere in region toy\n")
    }

    func testSweepAndCompareLocateAnUnknownDistrictInTheScenarioFileAsSimulateDoes() throws {
        let scenario = try write("d.toml", "[staffing]\nturnover_by_district = {core = 0.2, nowhere = 0.3}\n")
        let good = try write("g.toml", "name = \"good\"\n")
        for argv in [["sweep", scenario, "--builtin", "toy", "--vary", "funding.city_share=0.4,0.6"],
                     ["compare", good, scenario, "--builtin", "toy"]] {
            let r = try CLIRunner.run(argv + ["--runs", "2"])
            XCTAssertEqual(r.status, 65, argv[0])
            XCTAssertEqual(r.stderr,
                           "error: \(scenario):2:47: `staffing.turnover_by_district.nowhere`: no district nowhere in region toy\n",
                           argv[0])
            XCTAssertEqual(r.stdout, "", argv[0])
        }
    }

    func testMissingScenarioAndMissingRegionAreErrors() throws {
        let missing = try CLIRunner.run(["simulate", dir.appendingPathComponent("none.toml").path, "--builtin", "toy"])
        XCTAssertEqual(missing.status, 66)
        let usage = try CLIRunner.run(["simulate", "--runs", "10"])
        XCTAssertEqual(usage.status, 64)
        XCTAssertTrue(usage.stderr.contains("--builtin toy"), usage.stderr)
    }

    func testShardsMergeIntoTheUnshardedResult() throws {
        let whole = try CLIRunner.run(["simulate", "--builtin", "toy", "--runs", "25", "--seed", "9", "--format", "json"])
        XCTAssertEqual(whole.status, 0, whole.stderr)
        var files: [String] = []
        for k in 1...3 {
            let path = dir.appendingPathComponent("shard-\(k).json").path
            let r = try CLIRunner.run(["simulate", "--builtin", "toy", "--runs", "25", "--seed", "9", "--shard", "\(k)/3",
                                       "--output", path])
            XCTAssertEqual(r.status, 0, r.stderr)
            files.append(path)
        }
        let merged = try CLIRunner.run(["merge"] + files.reversed() + ["--format", "json"])
        XCTAssertEqual(merged.status, 0, merged.stderr)
        XCTAssertEqual(merged.stdout, whole.stdout)
        let gap = try CLIRunner.run(["merge", files[0], files[2]])
        XCTAssertEqual(gap.status, 65)
        XCTAssertTrue(gap.stderr.contains("are missing"), gap.stderr)
    }

    func testSweepTableHasOneRowPerGridPointAndRejectsBadValues() throws {
        let r = try CLIRunner.run(["sweep", "--builtin", "toy", "--vary", "funding.city_budget=60,140",
                                   "--vary", "funding.policy=uniform,capacity", "--runs", "8"])
        XCTAssertEqual(r.status, 0, r.stderr)
        let rows = r.stdout.split(separator: "\n").dropFirst(2)
        XCTAssertEqual(rows.map { $0.split(separator: " ").prefix(2).joined(separator: " ") },
                       ["60 uniform", "60 capacity", "140 uniform", "140 capacity"])
        let out = dir.appendingPathComponent("sweep.json").path
        let bad = try CLIRunner.run(["sweep", "--builtin", "toy", "--vary", "funding.city_share=0.5,2", "--output", out])
        XCTAssertEqual(bad.status, 65)
        XCTAssertEqual(bad.stderr, "error: --vary funding.city_share=2:1:22: `funding.city_share` must be in [0, 1], got 2\n")
        XCTAssertFalse(FileManager.default.fileExists(atPath: out))
    }

    func testCompareOfAScenarioWithItselfShowsZeroDifferences() throws {
        let scenario = try write("s.toml", "name = \"same\"\n[horizon]\nyears = 2\n")
        let r = try CLIRunner.run(["compare", scenario, scenario, "--builtin", "toy", "--runs", "6", "--format", "json"])
        XCTAssertEqual(r.status, 0, r.stderr)
        let doc = try JSONSerialization.jsonObject(with: Data(r.stdout.utf8)) as? [String: Any]
        XCTAssertEqual(doc?["schema"] as? String, "stationkit.comparison/1")
        let diff = (((doc?["difference"] as? [String: Any])?["city"] as? [String: Any])?["coverage"] as? [String: Any])
        XCTAssertEqual(diff?["mean"] as? [Double], [0, 0])
        let missing = try CLIRunner.run(["compare", scenario, scenario])
        XCTAssertEqual(missing.status, 64)
    }
}
