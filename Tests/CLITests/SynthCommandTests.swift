import Foundation
import StationKit
import XCTest

final class SynthCommandTests: XCTestCase {
    private func temporaryRoot() throws -> URL {
        let url = FileManager.default.temporaryDirectory.appendingPathComponent("synth-cli-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: url, withIntermediateDirectories: true)
        return url
    }

    private func listing(_ url: URL) -> [String] {
        ((try? FileManager.default.contentsOfDirectory(atPath: url.path)) ?? []).sorted()
    }

    func testHelpListsPresetsOptionsAndExamples() throws {
        let r = try CLIRunner.run(["synth", "--help"])
        XCTAssertEqual(r.status, 0)
        for text in ["jinan", "national", "--streets", "--years", "--seed", "--out", "--force", "Examples:",
                     "stationkit synth --preset jinan --seed 20201001 --out Datasets/jinan"] {
            XCTAssertTrue(r.stdout.contains(text), "help lacks \(text)")
        }
    }

    func testWritesABundleAndRefusesANonEmptyFolderWithoutForce() throws {
        let root = try temporaryRoot()
        let out = root.appendingPathComponent("jinan")
        let first = try CLIRunner.run(["synth", "--preset", "jinan", "--seed", "5", "--out", out.path])
        XCTAssertEqual(first.status, 0, first.stderr)
        XCTAssertTrue(first.stdout.contains("streets: 161"))
        XCTAssertTrue(listing(out).contains("dataset.toml"))
        XCTAssertEqual(listing(out).count, 12)
        let manifest = try String(contentsOf: out.appendingPathComponent("dataset.toml"), encoding: .utf8)
        XCTAssertTrue(manifest.contains("seed = 5\n"))
        XCTAssertTrue(manifest.contains("synthetic = true\n"))
        let before = try Foundation.Data(contentsOf: out.appendingPathComponent("evaluations.csv"))

        let again = try CLIRunner.run(["synth", "--preset", "jinan", "--seed", "6", "--out", out.path])
        XCTAssertEqual(again.status, 73)
        XCTAssertTrue(again.stderr.hasPrefix("error: "), again.stderr)
        XCTAssertTrue(again.stderr.contains("--force"))
        XCTAssertEqual(try Foundation.Data(contentsOf: out.appendingPathComponent("evaluations.csv")), before)
        XCTAssertEqual(listing(root), ["jinan"], "no temporary folder left")

        let forced = try CLIRunner.run(["synth", "--preset", "jinan", "--seed", "6", "--out", out.path, "--force"])
        XCTAssertEqual(forced.status, 0, forced.stderr)
        XCTAssertNotEqual(try Foundation.Data(contentsOf: out.appendingPathComponent("evaluations.csv")), before)
        XCTAssertEqual(listing(root), ["jinan"])
    }

    func testNationalStreetsAndYearsAreHonoured() throws {
        let root = try temporaryRoot()
        let out = root.appendingPathComponent("nat")
        let r = try CLIRunner.run(["synth", "--preset", "national", "--streets", "120", "--years", "2021-2023",
                                   "--seed", "3", "--out", out.path])
        XCTAssertEqual(r.status, 0, r.stderr)
        let streets = try String(contentsOf: out.appendingPathComponent("streets.csv"), encoding: .utf8)
        XCTAssertEqual(streets.split(separator: "\n").count, 121)
        let staffing = try String(contentsOf: out.appendingPathComponent("staffing.csv"), encoding: .utf8)
        let years = Set(staffing.split(separator: "\n").dropFirst().map { $0.split(separator: ",")[1] })
        XCTAssertTrue(years.isSubset(of: ["2021", "2022", "2023"]))
    }

    func testUsageErrorsExit64AndWriteNothing() throws {
        let root = try temporaryRoot()
        let out = root.appendingPathComponent("x")
        for args in [["--preset", "jinan", "--streets", "10"], ["--preset", "national", "--years", "2025-2020"],
                     ["--preset", "national", "--streets", "0"], ["--preset", "shanghai"]] {
            let r = try CLIRunner.run(["synth"] + args + ["--out", out.path])
            XCTAssertEqual(r.status, 64, "\(args): \(r.stderr)")
            XCTAssertFalse(r.stderr.isEmpty)
            XCTAssertEqual(listing(root), [], "\(args) left output")
        }
    }

    func testMissingParentFolderExits73() throws {
        let root = try temporaryRoot()
        let out = root.appendingPathComponent("no/such/dir")
        let r = try CLIRunner.run(["synth", "--preset", "jinan", "--out", out.path])
        XCTAssertEqual(r.status, 73)
        XCTAssertTrue(r.stderr.contains("does not exist"), r.stderr)
        XCTAssertEqual(listing(root), [])
    }
}
