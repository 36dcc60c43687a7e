import Data
import TestSupport
import XCTest

/// One test per validation rule of BUNDLE.md. Each fixture is `valid/` with one edit, made by
/// Tests/References/Data/make_bundle_fixtures.py; the expected line and column are those of the
/// edited cell in that script (physical line, 1-based character column).
final class BundleValidationTests: XCTestCase {
    static func dir(_ name: String) -> String { RepositoryPaths.fixture("DataTests", "bundles/\(name)").path }

    /// The problems of a broken bundle as `FILE:LINE:COL: message`, file names relative to the bundle.
    private func problems(_ name: String, maxProblems: Int = 100) -> [String] {
        let d = Self.dir(name)
        do {
            _ = try DatasetBundle.load(at: d, maxProblems: maxProblems)
            return []
        } catch let e as DataErrors {
            return e.description.replacingOccurrences(of: d + "/", with: "").components(separatedBy: "\n")
        } catch {
            return ["\(error)".replacingOccurrences(of: d + "/", with: "")]
        }
    }

    private func check(_ name: String, _ expected: [String], file: StaticString = #filePath, line: UInt = #line) {
        XCTAssertEqual(problems(name), expected, file: file, line: line)
    }

    func testValidBundleLoadsWithTypedTables() throws {
        let b = try DatasetBundle.load(at: Self.dir("valid"))
        XCTAssertEqual(b.tableCount, 9)
        XCTAssertEqual(b.rowCount, 2 + 4 + 3 + 5 + 5 + 5 + 30 + 6 + 4)
        XCTAssertEqual(b.manifest.years, 2020...2022)
        XCTAssertEqual(try b.streets.strings("name")[1], "趵突泉街道, 老城")
        XCTAssertEqual(try b.stations.column("opened"), .int([2020, 2021, IntMissing]))
        XCTAssertEqual(b.streetIDs(inDistrict: "D2"), ["S3", "S4"])
        XCTAssertEqual(b.stationID(ofStreet: "S2"), "ST2")
        XCTAssertEqual(b.openingYear(ofStation: "ST3"), .some(nil))
    }

    func testLoadingNamedTablesReadsOnlyThemAndWhatTheirValidationNeeds() throws {
        let b = try DatasetBundle.load(at: Self.dir("valid"), tables: ["stations"])
        XCTAssertEqual(Set(b.tables.keys), ["districts", "streets", "stations"])
        XCTAssertEqual(b.rowCount, 2 + 4 + 3)
        // A bad evaluations.csv does not matter when only the region is read ...
        let region = try DatasetBundle.load(at: Self.dir("score_above_max"), tables: ["districts", "streets", "stations"])
        XCTAssertEqual(region.tableCount, 3)
        // ... and is still reported when evaluations are asked for (with stations and framework to check them).
        XCTAssertThrowsError(try DatasetBundle.load(at: Self.dir("score_above_max"), tables: ["evaluations"])) { e in
            XCTAssertTrue("\(e)".contains("evaluations.csv:2:13: score 25 exceeds max_score 20 of item 'A1'"), "\(e)")
        }
        // A reference into a table that was not asked for is still checked: streets bring districts.
        XCTAssertThrowsError(try DatasetBundle.load(at: Self.dir("unknown_district"), tables: ["streets"]))
        XCTAssertThrowsError(try DatasetBundle.load(at: Self.dir("valid"), tables: ["weather"])) { e in
            XCTAssertEqual((e as? DataError)?.exitStatus, .dataError)
        }
    }

    func testMissingRequiredColumnIsReportedOnLineOne() {
        check("missing_column", ["streets.csv:1:1: missing required column 'lat'"])
    }

    func testNonNumericCell() {
        check("non_numeric", ["districts.csv:3:15: expected an integer in column 'population', found 'lots'"])
    }

    func testThousandsSeparator() {
        check("thousands_separator", [
            "districts.csv:2:17: number '800,000' in column 'population' has thousands separators; write it without them (800000)",
        ])
    }

    func testUnknownIds() {
        check("unknown_district", ["streets.csv:5:4: unknown district_id 'D9' (not in districts.csv)"])
        check("unknown_street", ["stations.csv:4:5: unknown street_id 'S9' (not in streets.csv)"])
        check("unknown_station", ["staffing.csv:6:1: unknown station_id 'ST9' (not in stations.csv)"])
        check("unknown_item", ["evaluations.csv:7:10: unknown item 'Z9' (not in framework.csv)"])
    }

    func testDuplicateKeys() {
        check("duplicate_key", ["funding.csv:3:1: duplicate key (station_id, year) = (ST1, 2020), first at line 2"])
        check("two_stations_one_street", [
            "stations.csv:3:5: street_id 'S1' appears again (first at line 2): a street has at most one station",
        ])
    }

    func testMissingKeyValueIsReportedOnce() {
        check("missing_key", ["staffing.csv:2:1: missing value in key column 'station_id'"])
    }

    func testScoresWithinZeroAndMaxScore() {
        check("score_above_max", ["evaluations.csv:2:13: score 25 exceeds max_score 20 of item 'A1'"])
        check("negative_score", ["evaluations.csv:3:13: score must not be negative, found -1"])
    }

    func testNegativeMoneyAndCounts() {
        check("negative_money", ["funding.csv:5:10: city must not be negative, found -15"])
        check("negative_count", ["services.csv:2:10: cases must not be negative, found -30"])
    }

    func testYearsOutsideManifest() {
        check("year_outside", ["services.csv:6:5: year 2023 is outside the manifest's years 2020–2022"])
    }

    func testStationOpenedBeforeThePanelIsValidButNotAfterIt() throws {
        XCTAssertEqual(problems("opened_before_panel"), [])
        let b = try DatasetBundle.load(at: Self.dir("opened_before_panel"))
        XCTAssertEqual(b.openingYear(ofStation: "ST1"), .some(2015))
        check("opened_after_panel", ["stations.csv:4:8: opened 2023 is after the manifest's last year 2022"])
    }

    func testRowsBeforeOpeningOrForNeverOpenedStations() {
        check("before_opening", ["staffing.csv:5:5: station 'ST2' opened in 2021 but has a row for 2020"])
        check("never_opened", ["funding.csv:6:5: station 'ST3' never opened but has a row for 2022"])
    }

    func testCertifiedAndVillagesLimits() {
        check("certified_exceeds", ["staffing.csv:3:12: certified 6 exceeds social_workers 5"])
        check("villages_exceeded", ["services.csv:4:23: villages_reached 9 exceeds the 8 villages of street 'S1'"])
    }

    func testEnumValues() {
        check("bad_kind", ["districts.csv:3:8: kind 'city' is not one of district, county, functional_zone"])
    }

    func testGradeThresholdsAndFrameworkTotal() {
        check("grades_not_decreasing", ["grades.csv:4:3: grade thresholds must strictly decrease: 85 follows 80"])
        let fw = problems("framework_total")
        XCTAssertTrue(fw.contains("framework.csv:1:1: max_score values sum to 0; the total must be positive"), "\(fw)")
        XCTAssertTrue(fw.contains("framework.csv:2:19: max_score must be positive, found 0"), "\(fw)")
    }

    func testCSVSyntaxProblemsAreReportedWithTheRest() {
        check("malformed_quote", [
            "streets.csv:3:14: unexpected text after a closing quote (quote the whole field and double quotes inside it)",
        ])
        check("ragged_row", ["grades.csv:3:5: too few fields: 2 of the header's 3 columns"])
    }

    func testManifestProblems() {
        let known = "name, description, synthetic, seed, generator, first_year, last_year, money_unit, tables, planted"
        let tables = "districts, streets, stations, staffing, funding, services, evaluations, framework, grades"
        check("manifest_unknown_keys", [
            "dataset.toml:7:1: unknown key 'currency' (known: \(known))",
            "dataset.toml:19:1: unknown table 'weather' (known: \(tables))",
        ])
        check("manifest_bad_values", [
            "dataset.toml:1:1: missing required key 'seed'",
            "dataset.toml:2:8: 'name' must be a string, found integer",
            "dataset.toml:6:13: last_year 2019 is before first_year 2020",
        ])
        check("missing_table_file", ["dataset.toml:15:12: table file 'services.csv' does not exist"])
    }

    func testReportIsLimitedAndCountsTheRest() {
        // 150 negative scores and 149 duplicate keys, sorted by location, first 100 kept.
        let p = problems("many_problems")
        XCTAssertEqual(p.count, 101)
        XCTAssertEqual(p.first, "evaluations.csv:2:13: score must not be negative, found -1")
        XCTAssertEqual(p[1], "evaluations.csv:3:1: duplicate key (station_id, year, item) = (ST1, 2020, A1), first at line 2")
        XCTAssertEqual(p.last, "… and 199 more problems")
    }

    func testMissingDirectoryAndManifestAreNoInput() {
        for d in [Self.dir("no_such_bundle"), RepositoryPaths.fixture("DataTests", "bundles").path] {
            XCTAssertThrowsError(try DatasetBundle.load(at: d)) { e in
                XCTAssertEqual((e as? DataError)?.exitStatus, .noInput)
            }
        }
    }
}
