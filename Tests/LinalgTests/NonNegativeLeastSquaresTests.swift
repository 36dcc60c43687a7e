import Linalg
import TestSupport
import XCTest

// Expected: scipy.optimize.nnls, Tests/References/Linalg/linalg_reference.py (group "nnls").
final class NonNegativeLeastSquaresTests: XCTestCase {
    func testMatchesScipyNNLS() throws {
        let g = try ReferenceFixture.load().group("nnls")
        for (a, b, x) in [("a", "b", "x"), ("doc_a", "doc_b", "doc_x"), ("a2", "b2", "x2"), ("a3", "b3", "x3")] {
            let expected = try g.vector(x)
            let ours = try nonNegativeLeastSquares(try g.matrix(a), try g.vector(b))
            assertClose(ours, expected, relativeTolerance: 1e-10, absoluteFloor: expected.max() ?? 1, a)
            // Active constraints are exactly zero in both.
            XCTAssertEqual(ours.map { $0 == 0 }, expected.map { $0 == 0 }, a)
        }
        XCTAssertGreaterThan(try g.integer("active"), 0, "the fixture must have active constraints")
    }

    func testIterationLimitThrows() throws {
        let g = try ReferenceFixture.load().group("nnls")
        // Case 3 needs `step_backs3` (≥ 2) inner iterations of Lawson–Hanson.
        let a = try g.matrix("a3"), b = try g.vector("b3"), steps = try g.integer("step_backs3")
        assertThrows(.didNotConverge(routine: "nnls")) {
            try nonNegativeLeastSquares(a, b, maxIterations: steps - 1)
        }
        assertClose(try nonNegativeLeastSquares(a, b, maxIterations: steps), try g.vector("x3"),
                    relativeTolerance: 1e-10, absoluteFloor: 1)
    }

    func testAllNegativeTargetGivesZero() throws {
        XCTAssertEqual(try nonNegativeLeastSquares(Matrix([[1, 0], [1, 0], [0, 1]]), [-1, -1, -1]), [0, 0])
        XCTAssertThrowsError(try nonNegativeLeastSquares(Matrix([[1, 0]]), [.nan]))
    }
}
