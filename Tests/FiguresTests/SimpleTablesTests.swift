import Figures
import XCTest

/// Descriptive and weight tables.
final class SimpleTablesTests: XCTestCase {
    func testDescriptiveTableRoundsNonIntegersAndKeepsChosenColumns() throws {
        let path = try temporaryFile("district,year,coverage\n历下区,2020,0.15384615384615385\n市中区,2020,0.5\n", ext: "csv")
        let g = try SimpleTables.descriptive(try RecordTable(path: path), columns: ["district", "coverage"], decimals: 2)
        XCTAssertEqual(TableRenderer.render(g, as: .markdown), "| district | coverage |\n|:---|---:|\n| 历下区 | 0.15 |\n| 市中区 | 0.50 |\n")
        XCTAssertThrowsError(try SimpleTables.descriptive(try RecordTable(path: path), columns: ["nope"]))
    }

    func testDescribeJSONRowsReadLikeCSV() throws {
        let path = try temporaryFile(#"[{"district": "A", "coverage": 0.25, "year": 2020}, {"district": "B", "coverage": null, "year": 2021}]"#, ext: "json")
        let t = try RecordTable(path: path)
        XCTAssertEqual(t.columns, ["coverage", "district", "year"])
        XCTAssertEqual(try t.numbers("coverage"), [0.25, nil])
        let p = try t.pivot(category: "year", group: "district", value: "coverage")
        XCTAssertEqual(p.categories, ["2020", "2021"])
        XCTAssertEqual(p.values, [[0.25, nil], [nil, nil]])
    }

    func testWeightsTableAlignsCriteriaAcrossFiles() throws {
        let a = try WeightsInput(path: try temporaryFile(#"{"method": "ahp", "criteria": ["x", "y"], "weights": [0.25, 0.75]}"#, ext: "json"))
        let b = try WeightsInput(path: try temporaryFile(#"{"method": "entropy", "criteria": ["y", "z"], "weights": [0.5, 0.5]}"#, ext: "json"))
        let g = SimpleTables.weights([a, b], language: .zh, decimals: 2)
        XCTAssertEqual(g.header, ["指标", "ahp", "entropy"])
        XCTAssertEqual(g.rows, [["x", "0.25", ""], ["y", "0.75", "0.50"], ["z", "", "0.50"]])
        XCTAssertThrowsError(try WeightsInput(path: try temporaryFile(#"{"criteria": ["x"], "weights": [1, 2]}"#, ext: "json")))
    }
}
