import Foundation
import StationKit
import XCTest

/// The round trip on the Jinan preset, through the command line: synth → validate →
/// describe → panel. The rollout that describe and panel see must be the one the generator
/// planted and recorded in dataset.toml (`[planted.rollout] opened_by_year`).
final class SynthRoundTripTests: XCTestCase {
    func testJinanSynthValidateDescribePanelMatchesPlantedRollout() throws {
        for seed in ["5", "77"] {
            let root = FileManager.default.temporaryDirectory.appendingPathComponent("roundtrip-\(UUID().uuidString)")
            try FileManager.default.createDirectory(at: root, withIntermediateDirectories: true)
            defer { try? FileManager.default.removeItem(at: root) }
            let bundle = root.appendingPathComponent("jinan").path

            let synth = try CLIRunner.run(["synth", "--preset", "jinan", "--seed", seed, "--out", bundle])
            XCTAssertEqual(synth.status, 0, synth.stderr)

            let validate = try CLIRunner.run(["validate", bundle])
            XCTAssertEqual(validate.status, 0, validate.stderr)
            XCTAssertTrue(validate.stdout.hasPrefix("ok: 9 tables, "), validate.stdout)

            // Expected: the generator's own record of what it planted (dataset.toml).
            let manifest = try String(contentsOfFile: bundle + "/dataset.toml", encoding: .utf8)
            let planted = try XCTUnwrap(Self.intArray("opened_by_year", in: manifest), "seed \(seed)")
            XCTAssertEqual(planted.count, 6)

            let describe = try CLIRunner.run(["describe", bundle, "--by", "year", "--format", "csv"])
            XCTAssertEqual(describe.status, 0, describe.stderr)
            let rows = describe.stdout.split(separator: "\n").map { $0.split(separator: ",", omittingEmptySubsequences: false) }
            let header = try XCTUnwrap(rows.first).map(String.init)
            let year = try XCTUnwrap(header.firstIndex(of: "year"))
            let open = try XCTUnwrap(header.firstIndex(of: "stations_open"))
            let coverage = try XCTUnwrap(header.firstIndex(of: "coverage"))
            XCTAssertEqual(rows.count, 1 + 6)
            for (k, row) in rows.dropFirst().enumerated() {
                XCTAssertEqual(Int(row[year]), 2020 + k)
                XCTAssertEqual(Double(row[open]), Double(planted[k]), "seed \(seed), year \(2020 + k)")
                let share = try XCTUnwrap(Double(row[coverage]))
                XCTAssertEqual(share, Double(planted[k]) / 161, accuracy: 1e-12, "seed \(seed), year \(2020 + k)")
            }

            let panelPath = root.appendingPathComponent("panel.csv").path
            let panel = try CLIRunner.run(["panel", bundle, "--level", "street", "--output", panelPath])
            XCTAssertEqual(panel.status, 0, panel.stderr)
            let table = try CSVReader.table(panelPath)
            XCTAssertEqual(table.rowCount, 161 * 6)
            let years = try table.ints("year"), opened = try table.ints("open")
            for k in 0..<6 {
                let n = zip(years, opened).filter { $0.0 == 2020 + k && $0.1 == 1 }.count
                XCTAssertEqual(n, planted[k], "seed \(seed): open streets in the panel, \(2020 + k)")
            }
            // Each street's cohort in the panel is its station's opening year in stations.csv.
            let stations = try CSVReader.table(bundle + "/stations.csv")
            var openedByStreet: [String: Int] = [:]
            for (street, y) in zip(try stations.strings("street_id"), try stations.ints("opened")) {
                if let street { openedByStreet[street] = y }
            }
            for (street, cohort) in zip(try table.strings("street_id"), try table.ints("cohort")) {
                XCTAssertEqual(cohort, openedByStreet[street ?? ""] ?? IntMissing)
            }
        }
    }

    /// `name = [1, 2, 3]` from TOML text.
    static func intArray(_ name: String, in text: String) -> [Int]? {
        guard let line = text.split(separator: "\n").first(where: { $0.hasPrefix(name + " = [") }) else { return nil }
        let inner = line.drop { $0 != "[" }.dropFirst().prefix { $0 != "]" }
        return inner.split(separator: ",").compactMap { Int($0.trimmingCharacters(in: .whitespaces)) }
    }
}
