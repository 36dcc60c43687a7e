import Foundation
import TestSupport
import XCTest

/// Issue #9 item 5: every command with `--threads` gives byte-identical output for 1 and 2 threads and
/// across repeated runs (same inputs and --seed), in every format, to stdout and to --output files.
final class ThreadIndependenceTests: XCTestCase {
    private var folder: TemporaryFolder!
    private var dir: URL { folder.url }

    override func setUpWithError() throws { folder = try TemporaryFolder("stationkit-threads") }
    override func tearDown() { folder.remove() }

    /// Runs `arguments` with --threads 1, 2, 2 again and 1 again; all four outputs must be equal and non-empty.
    private func assertThreadIndependent(_ arguments: [String], file: StaticString = #filePath, line: UInt = #line) throws {
        var outputs: [String] = []
        for threads in ["1", "2", "2", "1"] {
            let r = try CLIRunner.run(arguments + ["--threads", threads, "--quiet"])
            XCTAssertEqual(r.status, 0, r.stderr, file: file, line: line)
            outputs.append(r.stdout)
        }
        XCTAssertFalse(outputs[0].isEmpty, file: file, line: line)
        for (k, o) in outputs.enumerated().dropFirst() {
            XCTAssertEqual(o, outputs[0], "run \(k + 1) differs from the first (threads 1, 2, 2, 1)", file: file, line: line)
        }
    }

    private var jinan: String { RepositoryPaths.root.appendingPathComponent("Datasets/jinan").path }

    func testSimulateIsByteIdenticalForAnyThreadCount() throws {
        for format in ["json", "csv"] {
            try assertThreadIndependent(["simulate", "--builtin", "toy", "--runs", "37", "--seed", "11", "--format", format])
        }
        try assertThreadIndependent(["simulate", "\(jinan)/scenarios/baseline.toml", "--data", jinan, "--runs", "5",
                                     "--seed", "3", "--format", "csv"])
        try assertThreadIndependent(["simulate", "--builtin", "toy", "--runs", "9", "--seed", "2", "--shard", "2/3"])
    }

    func testSweepIsByteIdenticalForAnyThreadCount() throws {
        try assertThreadIndependent(["sweep", "--builtin", "toy", "--runs", "13", "--seed", "5",
                                     "--vary", "funding.city_share=0.4,0.6", "--format", "json"])
    }

    func testCompareIsByteIdenticalForAnyThreadCount() throws {
        try assertThreadIndependent(["compare", "\(jinan)/scenarios/baseline.toml", "\(jinan)/scenarios/city60.toml",
                                     "--data", jinan, "--runs", "4", "--seed", "9", "--format", "json"])
    }

    func testRobustnessIsByteIdenticalForAnyThreadCount() throws {
        let m = try folder.write("m.csv", WeightsCommandTests.matrixCSV)
        let w = try folder.write("w.json", #"{"criteria":["staff","coverage","cost","satisfaction"],"weights":[0.3,0.25,0.2,0.25]}"#)
        try assertThreadIndependent(["robustness", m, "--weights", w, "--cost", "cost", "--draws", "5001",
                                     "--concentration", "20", "--seed", "7", "--batch-size", "100", "--format", "json"])
    }

    func testOutputFilesAreByteIdenticalForAnyThreadCount() throws {
        var contents: [Data] = []
        for threads in ["1", "2"] {
            let out = dir.appendingPathComponent("sim-\(threads).json")
            let r = try CLIRunner.run(["simulate", "--builtin", "toy", "--runs", "21", "--seed", "4", "--threads", threads,
                                       "--quiet", "--format", "json", "--output", out.path])
            XCTAssertEqual(r.status, 0, r.stderr)
            XCTAssertEqual(r.stdout, "")
            contents.append(try Data(contentsOf: out))
        }
        XCTAssertFalse(contents[0].isEmpty)
        XCTAssertEqual(contents[0], contents[1])
    }

    func testDiDBootstrapIsByteIdenticalAcrossRuns() throws {
        // `did` has no --threads: its multiplier bootstrap must still repeat exactly for a seed.
        let path = RepositoryPaths.fixture("ModelsTests", "mpdta.csv").path
        let args = ["did", path, "--outcome", "lemp", "--unit", "countyreal", "--time", "year", "--cohort", "first_treat",
                    "--bootstrap", "199", "--seed", "7", "--format", "json"]
        let a = try CLIRunner.run(args)
        let b = try CLIRunner.run(args)
        XCTAssertEqual(a.status, 0, a.stderr)
        XCTAssertEqual(a.stdout, b.stdout)
    }
}
