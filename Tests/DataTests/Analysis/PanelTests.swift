import Data
import TestSupport
import XCTest

// Expected: pandas 3.1.1 merges of the fixture CSVs, Tests/References/Data/describe_panel.py
final class PanelTests: XCTestCase {
    private func bundle() throws -> DatasetBundle {
        try DatasetBundle.load(at: RepositoryPaths.fixture("DataTests", "bundles/valid").path)
    }

    func testStreetPanelHasEveryStreetYearWithStationsMapped() throws {
        let p = try Panel.build(bundle(), level: .street)
        XCTAssertEqual(p.rowCount, 12)
        XCTAssertEqual(try p.strings("street_id"), ["S1", "S1", "S1", "S2", "S2", "S2", "S3", "S3", "S3", "S4", "S4", "S4"])
        XCTAssertEqual(try p.strings("station_id").map { $0 ?? "" }, ["ST1", "ST1", "ST1", "ST2", "ST2", "ST2", "ST3", "ST3", "ST3", "", "", ""])
        XCTAssertEqual(try p.ints("open"), [1, 1, 1, 0, 1, 1, 0, 0, 0, 0, 0, 0])
        XCTAssertEqual(try p.ints("years_since_opening"), [0, 1, 2, -1, 0, 1] + Array(repeating: IntMissing, count: 6))
        XCTAssertEqual(try p.ints("cohort")[3], 2021)
        let total = try p.doubles("total_score")
        assertClose(Array(total[0..<6]), [79, 88, 93, .nan, 58, 74], relativeTolerance: 1e-12)
        assertClose(Array(try p.doubles("score_服务成效")[0..<6]), [11, 13, 14, .nan, 8, 11], relativeTolerance: 1e-12)
        XCTAssertEqual(Array(try p.strings("grade")[0..<6]), ["C", "B", "A", nil, "D", "C"])
        // 元 per person: (city + district + other) 万元 × 10⁴ / street population.
        assertClose(Array(try p.doubles("funding_per_capita")[0..<6]),
                    [5.333333333333333, 5.833333333333333, 6.666666666666667, .nan, 5.555555555555555, 7.111111111111111],
                    relativeTolerance: 1e-12)
        XCTAssertEqual(try p.strings("district_name")[11], "平阴县")
        XCTAssertEqual(try p.strings("street_name")[3], "趵突泉街道, 老城")
    }

    func testStationPanelHasEveryStationYear() throws {
        let p = try Panel.build(bundle(), level: .station)
        XCTAssertEqual(p.rowCount, 9)
        XCTAssertEqual(Array(p.columnNames.prefix(4)), ["station_id", "street_id", "district_id", "year"])
        XCTAssertEqual(try p.strings("station_id"), ["ST1", "ST1", "ST1", "ST2", "ST2", "ST2", "ST3", "ST3", "ST3"])
        XCTAssertEqual(try p.ints("social_workers"), [4, 5, 6, IntMissing, 3, 4, IntMissing, IntMissing, IntMissing])
        assertClose(try p.doubles("funding_total"), [32, 35, 40, .nan, 25, 32, .nan, .nan, .nan], relativeTolerance: 1e-12)
    }

    func testCSVOutputReadsBackAndJSONIsDeterministic() throws {
        let p = try Panel.build(bundle(), level: .station)
        let text = TableFormatter.csv(p)
        let back = CSVReader.parse(Array(text.utf8), file: "panel.csv")
        XCTAssertEqual(back.problems, [])
        XCTAssertEqual(back.table.columnNames, p.columnNames)
        XCTAssertEqual(try back.table.doubles("funding_per_capita").map(\.bitPattern), try p.doubles("funding_per_capita").map(\.bitPattern))
        XCTAssertEqual(try TableFormatter.json(p), try TableFormatter.json(Panel.build(bundle(), level: .station)))
        XCTAssertTrue(try TableFormatter.json(p).contains("\"grade\" : \"C\""))
    }

    // Expected: services.csv of the fixture (rows exist only for open station-years) plus the documented
    // untreated value 0 for street-years without an open station (S2 2020 before opening, S3 and S4 never).
    func testServiceCountsAreZeroWhereNoStationIsOpen() throws {
        let p = try Panel.build(bundle(), level: .street)
        XCTAssertEqual(try p.ints("open"), [1, 1, 1, 0, 1, 1, 0, 0, 0, 0, 0, 0])
        XCTAssertEqual(try p.ints("people_served"), [800, 1200, 1500, 0, 500, 700, 0, 0, 0, 0, 0, 0])
        XCTAssertEqual(try p.ints("cases"), [30, 45, 50, 0, 20, 28, 0, 0, 0, 0, 0, 0])
        XCTAssertEqual(try p.ints("villages_reached"), [5, 7, 8, 0, 4, 6, 0, 0, 0, 0, 0, 0])
        // Staffing is not an outcome with an untreated value: it stays missing.
        XCTAssertEqual(try p.ints("social_workers")[3], IntMissing)
        let s = try Panel.build(bundle(), level: .station)
        XCTAssertEqual(try s.ints("people_served"), [800, 1200, 1500, 0, 500, 700, 0, 0, 0])
    }

    // Expected: exact decimal sums, Tests/References/Data/decimal_totals.py (Python decimal: 73.8 and 31.9,
    // where floating-point sums give 73.80000000000001 and 31.900000000000002).
    func testTotalsAreExactDecimalSumsOfTheirInputs() throws {
        let b = try DatasetBundle.load(at: RepositoryPaths.fixture("DataTests", "bundles/decimal_totals").path)
        let p = try Panel.build(b, level: .station)
        XCTAssertEqual(try p.doubles("total_score")[0], 73.8)
        XCTAssertEqual(try p.doubles("score_服务成效")[0], 11.6)
        XCTAssertEqual(try p.doubles("funding_total")[0], 31.9)
        let csv = TableFormatter.csv(p)
        XCTAssertTrue(csv.contains(",73.8,") && csv.contains(",31.9,"), csv)
        XCTAssertFalse(csv.contains("73.80000000000001") || csv.contains("31.900000000000002"), csv)
        let d = try Describe.table(b, by: .year)
        XCTAssertEqual(try d.doubles("mean_score")[0], 73.8)
    }
}
