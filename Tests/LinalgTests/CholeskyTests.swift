import Linalg
import TestSupport
import XCTest

// Expected: numpy.linalg.cholesky/inv/slogdet, scipy.linalg.cho_solve, scipy.linalg.lapack.dpotrf (info),
// Tests/References/Linalg/linalg_reference.py (group "cholesky").
final class CholeskyTests: XCTestCase {
    func testFactorSolveInverseAndLogDeterminantMatchNumpy() throws {
        let g = try ReferenceFixture.load().group("cholesky")
        let a = try g.matrix("a"), b = try g.matrix("b")
        let c = try Cholesky(a)
        assertMatrixClose(c.factor, try g.matrix("factor"), relativeTolerance: 1e-12)
        for j in 1..<5 { for i in 0..<j { XCTAssertEqual(c.factor[i, j], 0) } }
        assertMatrixClose(try c.solve(b), try g.matrix("solve"), relativeTolerance: 1e-10)
        assertClose(try c.solve(b.column(0)), try g.matrix("solve").column(0), relativeTolerance: 1e-10)
        assertMatrixClose(try c.inverse(), try g.matrix("inverse"), relativeTolerance: 1e-10)
        assertClose(c.logDeterminant, try g.scalar("logdet"), relativeTolerance: 1e-12)
    }

    func testNotPositiveDefiniteReportsTheLAPACKMinor() throws {
        let g = try ReferenceFixture.load().group("cholesky")
        assertThrows(.notPositiveDefinite(minor: try g.integer("notpd_minor"))) { try Cholesky(try g.matrix("notpd")) }
        assertThrows(.notPositiveDefinite(minor: try g.integer("indefinite_minor"))) {
            try Cholesky(try g.matrix("indefinite"))
        }
    }

    func testNonFiniteInputIsRejectedBeforeLAPACK() throws {
        XCTAssertThrowsError(try Cholesky(Matrix([[1, 0], [.infinity, 1]]))) { error in
            guard case LinalgError.nonFinite = error else { return XCTFail("\(error)") }
        }
    }
}
