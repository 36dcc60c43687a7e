import Foundation
import TestSupport
import XCTest

/// Peak memory of `simulate` does not grow with the number of runs: per-run outputs are reduced as runs
/// finish (with --district-percentiles none only the city's 7 × 26 values per run are kept, 1.5 KB).
final class SimulateMemoryTests: XCTestCase {
    /// Peak resident set size (KB) of one `stationkit` run, measured by `/usr/bin/time -f %M`.
    private func peakKilobytes(_ arguments: [String]) throws -> Int {
        let report = FileManager.default.temporaryDirectory.appendingPathComponent("sk-rss-\(UUID().uuidString)")
        defer { try? FileManager.default.removeItem(at: report) }
        let process = Process()
        process.executableURL = URL(fileURLWithPath: "/usr/bin/time")
        process.arguments = ["-f", "%M", "-o", report.path,
                             CLIRunner.productsDirectory.appendingPathComponent("stationkit").path] + arguments
        process.standardOutput = FileHandle.nullDevice
        process.standardError = FileHandle.nullDevice
        try process.run()
        process.waitUntilExit()
        XCTAssertEqual(process.terminationStatus, 0, arguments.joined(separator: " "))
        let text = try String(contentsOf: report, encoding: .utf8)
        return Int(text.split(separator: "\n").last.map(String.init) ?? "") ?? -1
    }

    /// 1,000 streets in 74 districts × 7 years: the former engine kept 7 × 75 × 26 doubles (109 KB) per run,
    /// 11 MB more for 120 runs than for 20; the streaming one must stay within 4 MB.
    func testPeakMemoryDoesNotGrowWithRuns() throws {
        guard FileManager.default.isExecutableFile(atPath: "/usr/bin/time") else { throw XCTSkip("no /usr/bin/time") }
        let dir = FileManager.default.temporaryDirectory.appendingPathComponent("sk-memory-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: dir, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(at: dir) }
        let bundle = dir.appendingPathComponent("mid").path
        let synth = try CLIRunner.run(["synth", "--preset", "national", "--streets", "1000", "--years", "2020-2021",
                                       "--seed", "3", "--out", bundle])
        XCTAssertEqual(synth.status, 0, synth.stderr)
        let scenario = RepositoryPaths.root.appendingPathComponent("Datasets/scenarios/default.toml").path
        func peak(_ runs: Int) throws -> Int {
            try peakKilobytes(["simulate", scenario, "--data", bundle, "--initial-state", "scenario",
                               "--district-percentiles", "none", "--runs", String(runs), "--threads", "2",
                               "--format", "json", "--output", dir.appendingPathComponent("r\(runs).json").path])
        }
        let few = try peak(20), many = try peak(120)
        XCTAssertGreaterThan(few, 0)
        XCTAssertLessThan(many - few, 4 * 1024, "peak RSS \(few) KB for 20 runs, \(many) KB for 120 runs")
    }
}
