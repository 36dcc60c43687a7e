import Linalg
import TestSupport
import XCTest

// Expected: numpy.linalg.lstsq, Tests/References/Linalg/linalg_reference.py (group "lstsq").
final class LeastSquaresTests: XCTestCase {
    func testFullRankLeastSquaresMatchesNumpy() throws {
        let g = try ReferenceFixture.load().group("lstsq")
        assertMatrixClose(try leastSquares(try g.matrix("a"), try g.matrix("b")), try g.matrix("solution"),
                          relativeTolerance: 1e-10)
        // Underdetermined: dgels returns the minimum-norm solution, as lstsq.
        assertMatrixClose(try leastSquares(try g.matrix("under_a"), try g.matrix("under_b")),
                          try g.matrix("under_solution"), relativeTolerance: 1e-10)
    }

    func testExactlyRankDeficientDesignThrows() throws {
        let a = try Matrix([[1, 0, 2], [1, 0, 3], [1, 0, 5], [1, 0, 7]])  // second column is zero
        XCTAssertThrowsError(try leastSquares(a, Matrix(rows: 4, columns: 1, repeating: 1))) { error in
            guard case LinalgError.rankDeficient(_, let required) = error else { return XCTFail("\(error)") }
            XCTAssertEqual(required, 3)
        }
    }

    func testMinimumNormSolutionOfRankDeficientProblemMatchesNumpy() throws {
        let g = try ReferenceFixture.load().group("lstsq")
        let fit = try MinimumNormLeastSquares(try g.matrix("deficient_a"), try g.matrix("deficient_b"),
                                              rcond: try g.scalar("deficient_rcond"))
        XCTAssertEqual(fit.rank, try g.integer("deficient_rank"))
        let expected = try g.vector("deficient_singular_values")
        assertClose(fit.singularValues, expected, relativeTolerance: 1e-10, absoluteFloor: expected[0])
        assertMatrixClose(fit.solution, try g.matrix("deficient_solution"), relativeTolerance: 1e-9)
    }

    func testMinimumNormAgreesWithDgelsOnFullRankProblems() throws {
        let g = try ReferenceFixture.load().group("lstsq")
        let fit = try MinimumNormLeastSquares(try g.matrix("a"), try g.matrix("b"))
        XCTAssertEqual(fit.rank, 3)
        assertMatrixClose(fit.solution, try g.matrix("solution"), relativeTolerance: 1e-10)
    }

    func testEmptyProblemsDoNotCrash() throws {
        XCTAssertEqual(try leastSquares(Matrix(rows: 3, columns: 0), Matrix(rows: 3, columns: 1)),
                       Matrix(rows: 0, columns: 1))
        let fit = try MinimumNormLeastSquares(Matrix(rows: 0, columns: 2), Matrix(rows: 0, columns: 1))
        XCTAssertEqual(fit.rank, 0)
        XCTAssertEqual(fit.solution, Matrix(rows: 2, columns: 1))
        XCTAssertThrowsError(try leastSquares(Matrix(rows: 2, columns: 2), Matrix(rows: 3, columns: 1)))
    }
}
