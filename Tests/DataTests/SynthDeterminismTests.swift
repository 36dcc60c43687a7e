import Data
import Foundation
import XCTest

final class SynthDeterminismTests: XCTestCase {
    private static let files = [
        "dataset.toml", "planted.json", "README.md", "districts.csv", "streets.csv", "stations.csv", "staffing.csv",
        "funding.csv", "services.csv", "evaluations.csv", "framework.csv", "grades.csv",
    ]

    private func write(_ options: SynthOptions) throws -> URL {
        let root = try SynthFixtures.temporaryDirectory()
        let out = root.appendingPathComponent("bundle")
        try SyntheticGenerator(options: options).generate().write(to: out.path)
        return out
    }

    private func contents(_ dir: URL, _ name: String) throws -> Foundation.Data {
        try Foundation.Data(contentsOf: dir.appendingPathComponent(name))
    }

    func testSameSeedWritesByteIdenticalBundles() throws {
        for options in [SynthOptions(preset: .jinan, seed: 11), SynthOptions(preset: .national, streets: 300, seed: 12)] {
            let a = try write(options), b = try write(options)
            XCTAssertEqual(try FileManager.default.contentsOfDirectory(atPath: a.path).sorted(), Self.files.sorted())
            for f in Self.files {
                XCTAssertEqual(try contents(a, f), try contents(b, f), "\(f) differs between two runs")
            }
        }
    }

    func testDifferentSeedsGiveDifferentNumbers() throws {
        let a = try write(SynthOptions(preset: .jinan, seed: 1)), b = try write(SynthOptions(preset: .jinan, seed: 2))
        for f in ["streets.csv", "stations.csv", "staffing.csv", "funding.csv", "services.csv", "evaluations.csv"] {
            XCTAssertNotEqual(try contents(a, f), try contents(b, f), f)
        }
        XCTAssertEqual(try contents(a, "framework.csv"), try contents(b, "framework.csv"))
    }

    func testComponentsDrawFromSeparateStreams() throws {
        // Shortening the panel changes the station-year tables but not the streets or the rollout.
        let long = try SyntheticGenerator(options: SynthOptions(preset: .jinan, years: 2020...2025, seed: 9)).generate()
        let short = try SyntheticGenerator(options: SynthOptions(preset: .jinan, years: 2020...2023, seed: 9)).generate()
        XCTAssertEqual(long.streets, short.streets)
        XCTAssertEqual(long.stations.map(\.cohort), short.stations.map(\.cohort))
        XCTAssertEqual(long.districts, short.districts)
        // A later first year keeps the simulated history: the 2022 rows are the same.
        let late = try SyntheticGenerator(options: SynthOptions(preset: .jinan, years: 2022...2025, seed: 9)).generate()
        XCTAssertEqual(late.stationYears, long.stationYears.filter { $0.year >= 2022 })
    }

    func testWriteRefusesANonEmptyFolderAndReplacesWithForce() throws {
        let root = try SynthFixtures.temporaryDirectory()
        let out = root.appendingPathComponent("b")
        try FileManager.default.createDirectory(at: out, withIntermediateDirectories: false)
        try Foundation.Data("keep".utf8).write(to: out.appendingPathComponent("note.txt"))
        let bundle = try SyntheticGenerator(options: SynthOptions(preset: .national, streets: 50, seed: 1)).generate()
        XCTAssertThrowsError(try bundle.write(to: out.path)) { error in
            XCTAssertEqual((error as? DataError)?.kind, .cannotCreate)
        }
        XCTAssertEqual(try FileManager.default.contentsOfDirectory(atPath: out.path), ["note.txt"])
        try bundle.write(to: out.path, replacing: true)
        XCTAssertEqual(try FileManager.default.contentsOfDirectory(atPath: out.path).sorted(), Self.files.sorted())
        XCTAssertEqual(try FileManager.default.contentsOfDirectory(atPath: root.path), ["b"], "no temporary folders left")
    }
}
