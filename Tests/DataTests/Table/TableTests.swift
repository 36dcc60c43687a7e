import Data
import Linalg
import XCTest

final class TableTests: XCTestCase {
    private func sample() throws -> Table {
        try Table(name: "s", [
            ("district", .string(StringColumn(["D1", "D2", "D1", "D2", "D1"]))),
            ("year", .int([2020, 2020, 2021, 2021, 2021])),
            ("score", .double([80, 70, .nan, 60, 90])),
        ])
    }

    // Expected values: pandas 3.1.1, Tests/References/Data/table_ops.py
    func testGroupByAggregatesSkipMissing() throws {
        let g = try sample().grouped(by: ["district"], [
            Aggregation(.sum, "score"), Aggregation(.mean, "score"), Aggregation(.count, "score"),
            Aggregation(.min, "score"), Aggregation(.max, "score"),
        ])
        XCTAssertEqual(try g.strings("district"), ["D1", "D2"])
        XCTAssertEqual(try g.doubles("sum_score"), [170, 130])
        XCTAssertEqual(try g.doubles("mean_score"), [85, 65])
        XCTAssertEqual(try g.column("count_score"), .int([2, 2]))
        XCTAssertEqual(try g.doubles("min_score"), [80, 60])
        XCTAssertEqual(try g.doubles("max_score"), [90, 70])
    }

    func testGroupByTwoKeysThenSort() throws {
        let g = try sample().grouped(by: ["district", "year"], [Aggregation(.count, "score", as: "n")])
            .sorted(by: ["year", "district"])
        XCTAssertEqual(try g.strings("district"), ["D1", "D2", "D1", "D2"])
        XCTAssertEqual(try g.column("year"), .int([2020, 2020, 2021, 2021]))
        XCTAssertEqual(try g.column("n"), .int([1, 1, 1, 1]))
    }

    // Expected: pandas merge(how="inner"/"left"), Tests/References/Data/table_ops.py
    func testInnerAndLeftJoinOnTwoKeys() throws {
        let right = try Table(name: "r", [
            ("district", .string(StringColumn(["D1", "D1", "D2"]))),
            ("year", .double([2020, 2021, 2020])),
            ("budget", .double([5, 6, 7])),
        ])
        let inner = try sample().joined(with: right, on: ["district", "year"])
        XCTAssertEqual(try inner.doubles("budget"), [5, 7, 6, 6])
        XCTAssertEqual(try inner.doubles("score").map { $0.isNaN ? -1 : $0 }, [80, 70, -1, 90])
        let left = try sample().joined(with: right, on: ["district", "year"], kind: .left)
        XCTAssertEqual(left.rowCount, 5)
        XCTAssertEqual(try left.doubles("budget").map { $0.isNaN ? -1 : $0 }, [5, 7, 6, -1, 6])
    }

    func testFilterSelectAndMatrixAreColumnMajor() throws {
        let t = try sample().filtered([true, false, true, true, false])
        XCTAssertEqual(try t.strings("district"), ["D1", "D1", "D2"])
        let m = try t.matrix(["year", "score"])
        XCTAssertEqual(m.rows, 3)
        XCTAssertEqual(m.storage[0..<3], [2020, 2021, 2021])
        XCTAssertEqual(m[2, 1], 60)
        XCTAssertThrowsError(try t.matrix(["district"]))
        XCTAssertThrowsError(try t.selecting(["nope"])) { e in
            XCTAssertEqual((e as? DataError)?.message, "no column 'nope'")
        }
    }
}
