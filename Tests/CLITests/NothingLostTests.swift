import Foundation
import TestSupport
import XCTest

/// Outputs are all-or-nothing: unwritable --output fails before any work, an input is never
/// overwritten, and Ctrl-C leaves no partial file.
final class NothingLostTests: XCTestCase {
    private var dir: URL!

    override func setUpWithError() throws {
        dir = FileManager.default.temporaryDirectory.appendingPathComponent("stationkit-lost-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: dir, withIntermediateDirectories: true)
    }

    override func tearDownWithError() throws {
        try? FileManager.default.removeItem(at: dir)
    }

    func testOutputInAMissingFolderExits73BeforeAnyWork() throws {
        // 10^7 runs would take hours: exiting at once shows the check comes first.
        let out = dir.appendingPathComponent("no/such/folder/out.json").path
        let start = Date()
        let r = try CLIRunner.run(["simulate", "--builtin", "toy", "--runs", "10000000", "--output", out])
        XCTAssertEqual(r.status, 73, r.stderr)
        XCTAssertTrue(r.stderr.hasPrefix("error: \(out)"), r.stderr)
        XCTAssertTrue(r.stderr.contains("does not exist"), r.stderr)
        XCTAssertLessThan(Date().timeIntervalSince(start), 20)
    }

    func testOutputThatIsAnInputIsRefusedAndTheInputKept() throws {
        let scenario = dir.appendingPathComponent("s.toml")
        let text = "[funding]\ncity_share = 0.6\n"
        try text.write(to: scenario, atomically: true, encoding: .utf8)
        let r = try CLIRunner.run(["simulate", scenario.path, "--builtin", "toy", "--runs", "2", "--output", scenario.path])
        XCTAssertEqual(r.status, 73, r.stderr)
        XCTAssertTrue(r.stderr.contains("refusing to overwrite the input file"), r.stderr)
        XCTAssertEqual(try String(contentsOf: scenario, encoding: .utf8), text)
    }

    func testInterruptedSimulationExits130AndLeavesNoOutput() throws {
        let out = dir.appendingPathComponent("out.json")
        let process = Process()
        process.executableURL = CLIRunner.productsDirectory.appendingPathComponent("stationkit")
        process.arguments = ["simulate", "--builtin", "toy", "--runs", "1000000", "--threads", "1", "--quiet",
                             "--format", "json", "--output", out.path]
        process.standardError = FileHandle.nullDevice
        process.standardOutput = FileHandle.nullDevice
        try process.run()
        Thread.sleep(forTimeInterval: 1.5)
        process.interrupt()  // SIGINT, as Ctrl-C
        process.waitUntilExit()
        XCTAssertEqual(process.terminationReason, .exit)
        XCTAssertEqual(process.terminationStatus, 130)
        XCTAssertEqual(try FileManager.default.contentsOfDirectory(atPath: dir.path), [])
    }
}
