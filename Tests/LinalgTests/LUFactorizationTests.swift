import Linalg
import TestSupport
import XCTest

// Expected: numpy.linalg (solve, det, inv, slogdet) and scipy.linalg.lapack.dgetrf (info of the singular case),
// Tests/References/Linalg/linalg_reference.py (group "lu").
final class LUFactorizationTests: XCTestCase {
    func testSolveDeterminantAndInverseMatchNumpy() throws {
        let g = try ReferenceFixture.load().group("lu")
        let a = try g.matrix("a"), b = try g.matrix("b")
        let lu = try LUFactorization(a)
        assertMatrixClose(try lu.solve(b), try g.matrix("solve"), relativeTolerance: 1e-10)
        assertClose(try lu.solve(b.column(1)), try g.matrix("solve").column(1), relativeTolerance: 1e-10)
        assertMatrixClose(try solve(a, b), try g.matrix("solve"), relativeTolerance: 1e-10)
        assertClose(lu.determinant, try g.scalar("det"), relativeTolerance: 1e-12)
        assertMatrixClose(try lu.inverse(), try g.matrix("inverse"), relativeTolerance: 1e-10)
        assertMatrixClose(try inverse(a), try g.matrix("inverse"), relativeTolerance: 1e-10)
        let (sign, logAbs) = try logDeterminant(a)
        XCTAssertEqual(sign, try g.scalar("sign"))
        assertClose(logAbs, try g.scalar("logabs"), relativeTolerance: 1e-12)
    }

    func testSingularMatrixThrowsTheLAPACKPivot() throws {
        let g = try ReferenceFixture.load().group("lu")
        let pivot = try g.integer("singular_pivot")  // 2, from scipy's dgetrf
        let s = try g.matrix("singular")
        assertThrows(.singular(pivot: pivot)) { try LUFactorization(s) }
        assertThrows(.singular(pivot: pivot)) { try solve(s, Matrix.identity(3)) }
        assertThrows(.singular(pivot: pivot)) { try inverse(s) }
        let (sign, logAbs) = try logDeterminant(s)
        XCTAssertEqual(sign, 0)
        XCTAssertEqual(logAbs, -.infinity)
    }

    func testLogDeterminantDoesNotOverflowWhereTheDeterminantDoes() throws {
        let g = try ReferenceFixture.load().group("lu")
        // Same formula as linalg_reference.py: ((37 i + 91 j) mod 101) / 101 − 0.5 + 10 [i == j].
        var big = Matrix(rows: 400, columns: 400)
        for i in 0..<400 {
            for j in 0..<400 { big[i, j] = Double((37 * i + 91 * j) % 101) / 101 - 0.5 + (i == j ? 10 : 0) }
        }
        XCTAssertEqual(try LUFactorization(big).determinant, .infinity)
        let (sign, logAbs) = try logDeterminant(big)
        XCTAssertEqual(sign, try g.scalar("big_sign"))
        assertClose(logAbs, try g.scalar("big_logabs"), relativeTolerance: 1e-11)
    }

    func testShapeAndNonFiniteInputsAreRejected() throws {
        XCTAssertThrowsError(try LUFactorization(Matrix(rows: 2, columns: 3))) { error in
            guard case LinalgError.dimensionMismatch = error else { return XCTFail("\(error)") }
        }
        let nan = try Matrix([[1, .nan], [0, 1]])
        XCTAssertThrowsError(try LUFactorization(nan)) { error in
            guard case LinalgError.nonFinite = error else { return XCTFail("\(error)") }
        }
        let lu = try LUFactorization(Matrix.identity(2))
        XCTAssertThrowsError(try lu.solve([1, 2, 3]))
    }

    func testEmptyMatrixHasUnitDeterminantAndEmptySolution() throws {
        let lu = try LUFactorization(Matrix(rows: 0, columns: 0))
        XCTAssertEqual(lu.determinant, 1)
        XCTAssertEqual(try lu.solve([]), [])
        XCTAssertEqual(try inverse(Matrix(rows: 0, columns: 0)), Matrix(rows: 0, columns: 0))
        XCTAssertEqual(try solve(Matrix(rows: 0, columns: 0), Matrix(rows: 0, columns: 2)), Matrix(rows: 0, columns: 2))
    }
}
