import Data
import TestSupport
import XCTest

// Expected: pandas 3.1.1 on the fixture CSVs, Tests/References/Data/describe_panel.py
final class DescribeTests: XCTestCase {
    private func bundle() throws -> DatasetBundle {
        try DatasetBundle.load(at: RepositoryPaths.fixture("DataTests", "bundles/valid").path)
    }

    func testDescribeByYearMatchesPandas() throws {
        let t = try Describe.table(bundle(), by: .year)
        XCTAssertEqual(try t.ints("year"), [2020, 2021, 2022])
        XCTAssertEqual(try t.doubles("streets"), [4, 4, 4])
        XCTAssertEqual(try t.doubles("stations_open"), [1, 2, 2])
        assertClose(try t.doubles("coverage"), [0.25, 0.5, 0.5], relativeTolerance: 1e-12)
        assertClose(try t.doubles("social_workers_per_station"), [4, 4, 5], relativeTolerance: 1e-12)
        assertClose(try t.doubles("certified_share"), [0.5, 0.5, 0.6], relativeTolerance: 1e-12)
        assertClose(try t.doubles("funding_per_station"), [32, 30, 36], relativeTolerance: 1e-12)
        assertClose(try t.doubles("city_share"), [0.625, 0.616666666666667, 0.597222222222222], relativeTolerance: 1e-12)
        assertClose(try t.doubles("people_served"), [800, 1700, 2200], relativeTolerance: 1e-12)
        assertClose(try t.doubles("mean_score"), [79, 73, 83.5], relativeTolerance: 1e-12)
        assertClose(try t.doubles("grade_A_share"), [0, 0, 0.5], relativeTolerance: 1e-12)
        assertClose(try t.doubles("grade_C_share"), [1, 0, 0.5], relativeTolerance: 1e-12)
        assertClose(try t.doubles("grade_D_share"), [0, 0.5, 0], relativeTolerance: 1e-12)
    }

    func testDescribeByDistrictPoolsYears() throws {
        let t = try Describe.table(bundle(), by: .district)
        XCTAssertEqual(try t.strings("district_id"), ["D1", "D2"])
        XCTAssertEqual(try t.strings("district_name"), ["历下区", "平阴县"])
        assertClose(try t.doubles("stations_open"), [1.666666666666667, 0], relativeTolerance: 1e-12)
        assertClose(try t.doubles("coverage"), [0.833333333333333, 0], relativeTolerance: 1e-12)
        assertClose(try t.doubles("social_workers_per_station"), [4.4, .nan], relativeTolerance: 1e-12)
        assertClose(try t.doubles("certified_share"), [0.545454545454545, .nan], relativeTolerance: 1e-12)
        assertClose(try t.doubles("funding_per_station"), [32.8, .nan], relativeTolerance: 1e-12)
        assertClose(try t.doubles("city_share"), [0.609756097560976, .nan], relativeTolerance: 1e-12)
        assertClose(try t.doubles("people_served"), [1566.666666666667, 0], relativeTolerance: 1e-12)
        assertClose(try t.doubles("mean_score"), [78.4, .nan], relativeTolerance: 1e-12)
        assertClose(try t.doubles("grade_C_share"), [0.4, .nan], relativeTolerance: 1e-12)
    }

    func testDescribeByDistrictYear() throws {
        let t = try Describe.table(bundle(), by: .districtYear)
        XCTAssertEqual(t.rowCount, 6)
        XCTAssertEqual(try t.ints("year"), [2020, 2021, 2022, 2020, 2021, 2022])
        assertClose(try t.doubles("coverage"), [0.5, 1, 1, 0, 0, 0], relativeTolerance: 1e-12)
        assertClose(try t.doubles("grade_B_share"), [0, 0.5, 0, .nan, .nan, .nan], relativeTolerance: 1e-12)
    }
}
