import Linalg
import TestSupport
import XCTest

// Expected: scipy.linalg.lapack.dgecon (the same estimator) and numpy 1 / cond(A, 1) (exact),
// Tests/References/Linalg/linalg_reference.py (group "rcond").
final class ConditionNumberTests: XCTestCase {
    func testHilbertMatrixIsIllConditionedAsNumpySays() throws {
        let g = try ReferenceFixture.load().group("rcond")
        let rcond = try reciprocalConditionNumber(try g.matrix("hilbert"))
        // Same LAPACK estimator on the same LU: agreement limited by the LU's round-off on κ ≈ 3e10.
        assertClose(rcond, try g.scalar("hilbert_dgecon"), relativeTolerance: 1e-4)
        // dgecon estimates ‖A⁻¹‖₁ from below, so rcond ≥ the exact value; here it is within a factor 1.01.
        assertClose(rcond, try g.scalar("hilbert_exact"), relativeTolerance: 1e-2)
        XCTAssertGreaterThanOrEqual(rcond, try g.scalar("hilbert_exact") * (1 - 1e-6))
    }

    func testWellConditionedMatrixMatchesDgecon() throws {
        let g = try ReferenceFixture.load().group("rcond")
        let rcond = try reciprocalConditionNumber(try g.matrix("random"))
        assertClose(rcond, try g.scalar("random_dgecon"), relativeTolerance: 1e-12)
        XCTAssertGreaterThanOrEqual(rcond, try g.scalar("random_exact") * (1 - 1e-12))
        XCTAssertLessThanOrEqual(rcond, 3 * (try g.scalar("random_exact")))
    }

    func testSingularMatrixHasZeroReciprocalCondition() throws {
        XCTAssertEqual(try reciprocalConditionNumber(Matrix([[1, 2], [2, 4]])), 0)
        XCTAssertEqual(try reciprocalConditionNumber(Matrix(rows: 0, columns: 0)), 1)
    }
}
