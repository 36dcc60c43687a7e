import Data
import Linalg
import Weighting
import XCTest

/// Weighting's CSV inputs (decision matrices, grades) go through Data's `CSVReader`: values, ids and
/// every error's file:line:column (positions counted by hand on the literal texts below).
final class CSVInputTests: XCTestCase {
    func testDecisionMatrixReadsIdsCriteriaAndCosts() throws {
        let path = try ReferenceData.temporaryFile("站点,staff,cost,score\n历下,4,2.5, 7\n\"市中, 老城\",6,3,8.5\n")
        let m = try DecisionMatrix.read(csv: path, costs: ["cost"])
        XCTAssertEqual(m.alternatives, ["历下", "市中, 老城"])
        XCTAssertEqual(m.criteria, ["staff", "cost", "score"])
        XCTAssertEqual(m.values[0, 2], 7)  // " 7" with a space is still a number
        XCTAssertEqual(m.values[1, 1], 3)
        XCTAssertEqual(m.directions, [.benefit, .cost, .benefit])
    }

    func testDecisionMatrixErrorsAreLocated() throws {
        let text = try ReferenceData.temporaryFile("id,a,b\nx,1,2\ny,abc,3\n")
        XCTAssertThrowsError(try DecisionMatrix.read(csv: text)) { error in
            XCTAssertEqual((error as? DataError)?.location, SourceLocation(file: text, line: 3, column: 3))
            XCTAssertEqual((error as? DataError)?.message, "criterion 'a': 'abc' is not a number")
        }
        let empty = try ReferenceData.temporaryFile("id,a,b\nx,1,2\ny,,3\n")
        XCTAssertThrowsError(try DecisionMatrix.read(csv: empty)) { error in
            XCTAssertEqual((error as? DataError)?.location, SourceLocation(file: empty, line: 3, column: 3))
        }
        // Ragged rows are reported by Data's reader, every one with its position.
        let ragged = try ReferenceData.temporaryFile("id,a,b\nx,1\ny,2,3,4\n")
        XCTAssertThrowsError(try DecisionMatrix.read(csv: ragged)) { error in
            XCTAssertEqual("\(error)", """
                \(ragged):2:4: too few fields: 2 of the header's 3 columns
                \(ragged):3:7: too many fields: the header has 3 columns
                """)
        }
    }

    func testGradeScaleFromCSV() throws {
        let path = try ReferenceData.temporaryFile("grade,min_score,label\nA,90,优秀\nB,80,良好\nC,0,合格\n")
        let g = try GradeScale.read(csv: path)
        XCTAssertEqual(g.grades.map(\.id), ["A", "B", "C"])
        XCTAssertEqual(g.grades.map(\.label), ["优秀", "良好", "合格"])
        let bad = try ReferenceData.temporaryFile("grade,min_score,label\nA,high,优秀\n")
        XCTAssertThrowsError(try GradeScale.read(csv: bad)) { error in
            XCTAssertEqual((error as? DataError)?.location, SourceLocation(file: bad, line: 2, column: 3))
        }
    }
}
