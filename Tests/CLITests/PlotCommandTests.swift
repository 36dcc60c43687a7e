import Foundation
import FoundationXML
import TestSupport
import XCTest

/// `stationkit plot <kind>` end to end: SVG files from real command outputs, errors, and PNG without rsvg-convert.
final class PlotCommandTests: XCTestCase {
    private func tempPath(_ name: String) -> String {
        FileManager.default.temporaryDirectory.appendingPathComponent("plot-\(UUID().uuidString)-\(name)").path
    }

    private func texts(_ svgPath: String) throws -> [String] {
        let doc = try XMLDocument(contentsOf: URL(fileURLWithPath: svgPath), options: [])
        return try doc.nodes(forXPath: "//*[local-name()='text']").compactMap(\.stringValue)
    }

    /// A toy simulation written by `stationkit simulate --format json`.
    private func simulation() throws -> String {
        let out = tempPath("sim.json")
        let r = try CLIRunner.run(["simulate", "--builtin", "toy", "--runs", "20", "--seed", "3", "--threads", "1",
                                   "--format", "json", "--output", out])
        XCTAssertEqual(r.status, 0, r.stderr)
        return out
    }

    func testFanHeatmapBarsAndSmallMultiplesFromASimulation() throws {
        let sim = try simulation()
        defer { try? FileManager.default.removeItem(atPath: sim) }
        for (kind, extra, expected) in [
            ("fan", ["--metric", "coverage"], "覆盖率 (%)"),
            ("heatmap", ["--metric", "coverage"], "区县"),
            ("stacked-bars", [], "费用 (万元)"),
            ("grouped-bars", ["--metric", "coverage"], "覆盖率 (%)"),
            ("small-multiples", ["--metric", "coverage"], "年份"),
        ] {
            let out = tempPath("\(kind).svg")
            defer { try? FileManager.default.removeItem(atPath: out) }
            let r = try CLIRunner.run(["plot", kind, sim, "--title", "模拟 <toy>", "--output", out] + extra)
            XCTAssertEqual(r.status, 0, "\(kind): \(r.stderr)")
            XCTAssertTrue(r.stdout.isEmpty)
            let t = try texts(out)
            XCTAssertTrue(t.contains("模拟 <toy>"), kind)
            XCTAssertTrue(t.contains(expected), "\(kind) lacks \(expected)")
        }
        // Same input → same bytes, on stdout too.
        let a = try CLIRunner.run(["plot", "fan", sim, "--lang", "en"]), b = try CLIRunner.run(["plot", "fan", sim, "--lang", "en"])
        XCTAssertEqual(a.status, 0, a.stderr)
        XCTAssertEqual(a.stdout, b.stdout)
        XCTAssertTrue(a.stdout.contains(">Year</text>"))
    }

    func testEventStudyFromDidReport() throws {
        let did = tempPath("did.json"), out = tempPath("es.svg")
        defer { for p in [did, out] { try? FileManager.default.removeItem(atPath: p) } }
        let mpdta = RepositoryPaths.fixture("ModelsTests", "mpdta.csv").path
        let d = try CLIRunner.run(["did", mpdta, "--outcome", "lemp", "--unit", "countyreal", "--time", "year", "--cohort", "first_treat",
                                   "--format", "json", "--output", did])
        XCTAssertEqual(d.status, 0, d.stderr)
        let r = try CLIRunner.run(["plot", "event-study", did, "--reference", "-1", "--lang", "en", "--output", out])
        XCTAssertEqual(r.status, 0, r.stderr)
        let t = try texts(out)
        for label in ["Reference period", "-3", "-2", "-1", "0", "1", "2", "3"] { XCTAssertTrue(t.contains(label), label) }
    }

    func testUnknownMetricFailsWithDataErrorAndNoOutput() throws {
        let sim = try simulation()
        let out = tempPath("bad.svg")
        defer { try? FileManager.default.removeItem(atPath: sim) }
        let r = try CLIRunner.run(["plot", "fan", sim, "--metric", "nonsense", "--output", out])
        XCTAssertEqual(r.status, 65)
        XCTAssertTrue(r.stderr.contains("no metric \"nonsense\""), r.stderr)
        XCTAssertFalse(FileManager.default.fileExists(atPath: out))
    }

    func testPNGWithoutRsvgConvertExitsUsageWithAdvice() throws {
        let w = tempPath("w.json"), out = tempPath("w.png")
        try #"{"method": "entropy", "criteria": ["a", "b"], "weights": [0.4, 0.6]}"#.write(toFile: w, atomically: true, encoding: .utf8)
        defer { try? FileManager.default.removeItem(atPath: w) }
        let p = Process()
        p.executableURL = CLIRunner.productsDirectory.appendingPathComponent("stationkit")
        p.arguments = ["plot", "weights", w, "--output", out]
        p.environment = ["PATH": "/nonexistent"]
        let err = Pipe()
        p.standardError = err
        try p.run()
        let message = String(decoding: err.fileHandleForReading.readDataToEndOfFile(), as: UTF8.self)
        p.waitUntilExit()
        XCTAssertEqual(p.terminationStatus, 64)
        XCTAssertTrue(message.contains("rsvg-convert") && message.contains("librsvg2-bin"), message)
        XCTAssertFalse(FileManager.default.fileExists(atPath: out))
    }

    func testPNGAndPDFThroughRsvgConvert() throws {
        let hasRsvg = (ProcessInfo.processInfo.environment["PATH"] ?? "").split(separator: ":")
            .contains { FileManager.default.isExecutableFile(atPath: "\($0)/rsvg-convert") }
        try XCTSkipUnless(hasRsvg, "rsvg-convert is not installed")
        let w = tempPath("w.json"), png = tempPath("w.png"), pdf = tempPath("w.pdf")
        try #"{"method": "entropy", "criteria": ["覆盖率", "社工"], "weights": [0.4, 0.6]}"#.write(toFile: w, atomically: true, encoding: .utf8)
        defer { for p in [w, png, pdf] { try? FileManager.default.removeItem(atPath: p) } }
        for (path, magic) in [(png, [UInt8](arrayLiteral: 0x89, 0x50, 0x4E, 0x47)), (pdf, Array("%PDF".utf8))] {
            let r = try CLIRunner.run(["plot", "weights", w, "--output", path])
            XCTAssertEqual(r.status, 0, r.stderr)
            XCTAssertEqual(Array(try Foundation.Data(contentsOf: URL(fileURLWithPath: path)).prefix(4)), magic)
        }
    }

    func testScatterFromCSVAndMissingColumn() throws {
        let csv = tempPath("d.csv"), out = tempPath("s.svg")
        try "staff,score\n1,2.1\n2,3.9\n3,6.2\n4,7.8\n".write(toFile: csv, atomically: true, encoding: .utf8)
        defer { for p in [csv, out] { try? FileManager.default.removeItem(atPath: p) } }
        let ok = try CLIRunner.run(["plot", "scatter", csv, "--x", "staff", "--y", "score", "--lang", "en", "--output", out])
        XCTAssertEqual(ok.status, 0, ok.stderr)
        XCTAssertTrue(try texts(out).contains("Fitted line"))
        let bad = try CLIRunner.run(["plot", "scatter", csv, "--x", "staff", "--y", "nope"])
        XCTAssertEqual(bad.status, 65)
        XCTAssertTrue(bad.stderr.contains("no column \"nope\""), bad.stderr)
    }
}
