import Data
import Linalg
import Models
import TestSupport
import XCTest

final class DesignMatrixTests: XCTestCase {
    // Expected: statsmodels 0.15.0 (patsy) column names, Tests/References/Models/ols_reference.py ("design_names").
    func testColumnNamesMatchStatsmodels() throws {
        let frame = try ReferenceFixture.frame("jinan_small.csv")
        let names = ReferenceFixture.object(["design_names"])
        XCTAssertEqual(names.count, 11)
        for (formula, expected) in names {
            let design = try DesignMatrix(formula: Formula(formula), frame: frame)
            XCTAssertEqual(design.columnNames, expected as? [String], formula)
            XCTAssertEqual(design.x.columns, (expected as? [String])?.count, formula)
        }
    }

    func testIndicatorAndInteractionValues() throws {
        let frame = try ModelFrame(numeric: ["y": [1, 2, 3, 4], "x": [10, 20, 30, 40]],
                                   text: ["g": ["b", "a", "c", "b"]])
        let d = try DesignMatrix(formula: Formula("y ~ x*C(g)"), frame: frame)
        XCTAssertEqual(d.columnNames, ["Intercept", "C(g)[T.b]", "C(g)[T.c]", "x", "x:C(g)[T.b]", "x:C(g)[T.c]"])
        XCTAssertEqual(d.x.rowArrays, [[1, 1, 0, 10, 10, 0], [1, 0, 0, 20, 0, 0], [1, 0, 1, 30, 0, 30], [1, 1, 0, 40, 40, 0]])
    }

    func testMissingAndUndefinedRowsAreDroppedAndCounted() throws {
        let frame = try ModelFrame(numeric: ["y": [1, .nan, 3, 4, 5], "x": [1, 2, -3, 4, 5]],
                                   text: ["g": ["a", "b", "a", nil, "b"]])
        let d = try DesignMatrix(formula: Formula("y ~ log(x) + g"), frame: frame)
        XCTAssertEqual(d.rows, [0, 4])
        XCTAssertEqual(d.droppedRowCount, 3)
        XCTAssertEqual(d.y, [1, 5])
    }

    func testUnknownColumnAndTextResponseAreDataErrors() throws {
        let frame = try ModelFrame(numeric: ["y": [1, 2]], text: ["g": ["a", "b"]])
        XCTAssertThrowsError(try DesignMatrix(formula: Formula("y ~ nope"), frame: frame)) {
            XCTAssertEqual(($0 as? ModelError).map { $0.exitStatus.rawValue }, 65)
        }
        XCTAssertThrowsError(try DesignMatrix(formula: Formula("g ~ y"), frame: frame))
        XCTAssertThrowsError(try DesignMatrix(formula: Formula("y ~ log(g)"), frame: frame))
        let empty = try ModelFrame(numeric: ["y": [1, 2], "x": [.nan, .nan]])
        XCTAssertThrowsError(try DesignMatrix(formula: Formula("y ~ x"), frame: empty)) {
            XCTAssertTrue("\($0)".contains("no complete rows"), "\($0)")
        }
    }

    func testFrameFromDataTableKeepsNumbersAndTextAndMissingCells() throws {
        let table = try CSVReader.parse(Array("a,b,c,d\n1,\"x, y\",,1.5\n2,\"say \"\"hi\"\"\",3,2.5\r\n,z,4,\n".utf8),
                                        file: "t.csv").checked()
        let frame = try ModelFrame(table)
        XCTAssertEqual(frame.rowCount, 3)
        XCTAssertEqual(frame.text["b"], ["x, y", "say \"hi\"", "z"])
        XCTAssertEqual(frame.numeric["a"]?.prefix(2).map { $0 }, [1, 2])
        XCTAssertTrue(frame.numeric["a"]?[2].isNaN ?? false, "IntMissing becomes NaN")
        XCTAssertEqual(frame.numeric["c"]?.dropFirst().map { $0 }, [3, 4])
        XCTAssertTrue(frame.numeric["c"]?[0].isNaN ?? false)
        XCTAssertEqual(frame.numeric["d"]?[0], 1.5)
        XCTAssertTrue(frame.numeric["d"]?[2].isNaN ?? false)
        XCTAssertNil(frame.numeric["b"])
    }
}
