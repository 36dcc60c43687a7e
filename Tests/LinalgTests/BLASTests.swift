import Linalg
import TestSupport
import XCTest

// Expected: numpy/scipy.linalg.solve_triangular, Tests/References/Linalg/linalg_reference.py (group "blas").
final class BLASTests: XCTestCase {
    func testLevel1MatchesNumpy() throws {
        let g = try ReferenceFixture.load().group("blas")
        let x = try g.vector("x"), y = try g.vector("y")
        assertClose(try dot(x, y), try g.scalar("dot"), relativeTolerance: 1e-12)
        assertClose(nrm2(x), try g.scalar("nrm2"), relativeTolerance: 1e-12)
        var z = y
        try axpy(try g.scalar("alpha"), x, &z)
        assertClose(z, try g.vector("axpy"), relativeTolerance: 1e-12)
        var s = x
        scal(-2.5, &s)
        assertClose(s, try g.vector("scal"), relativeTolerance: 1e-15)
    }

    func testLevel1RejectsDifferentLengths() {
        assertThrows(.dimensionMismatch("dot: vectors of length 2 and 3")) { try dot([1, 2], [1, 2, 3]) }
        var y = [1.0]
        XCTAssertThrowsError(try axpy(1, [1, 2], &y))
    }

    func testGemvMatchesNumpy() throws {
        let g = try ReferenceFixture.load().group("blas")
        let a = try g.matrix("a"), v3 = try g.vector("v3"), v4 = try g.vector("v4")
        assertClose(try gemv(a, v3), try g.vector("gemv_a"), relativeTolerance: 1e-12)
        assertClose(try a * v3, try g.vector("gemv_a"), relativeTolerance: 1e-12)
        assertClose(try gemv(a, v4, transpose: .transpose, alpha: -1), try g.vector("gemv_at"), relativeTolerance: 1e-12)
        var y = v4
        try gemv(a, v3, transpose: .none, alpha: 2, beta: 3, y: &y)
        assertClose(y, try g.vector("gemv_beta"), relativeTolerance: 1e-12)
        XCTAssertThrowsError(try gemv(a, v4))
    }

    func testGemmMatchesNumpy() throws {
        let g = try ReferenceFixture.load().group("blas")
        let a = try g.matrix("a"), b = try g.matrix("b"), c = try g.matrix("c")
        assertMatrixClose(try gemm(a, b), try g.matrix("gemm_ab"), relativeTolerance: 1e-12)
        assertMatrixClose(try a * b, try g.matrix("gemm_ab"), relativeTolerance: 1e-12)
        assertMatrixClose(try gemm(a, c, transposeA: .transpose, alpha: 1.5), try g.matrix("gemm_atc"),
                          relativeTolerance: 1e-12)
        assertMatrixClose(try gemm(b, b, transposeB: .transpose), try g.matrix("gemm_bbt"), relativeTolerance: 1e-12)
        // C <- 2 AᵀC + 0.5 B[:, :2]
        var out = try Matrix(rows: 3, columns: 2, columnMajor: Array(b.storage[0..<6]))
        try gemm(a, c, transposeA: .transpose, transposeB: .none, alpha: 2, beta: 0.5, c: &out)
        assertMatrixClose(out, try g.matrix("gemm_beta"), relativeTolerance: 1e-12)
        XCTAssertThrowsError(try a * a)
    }

    func testSyrkFillsBothTrianglesOfTheGramMatrix() throws {
        let g = try ReferenceFixture.load().group("blas")
        let a = try g.matrix("a")
        assertMatrixClose(syrk(a), try g.matrix("syrk_ata"), relativeTolerance: 1e-12)
        assertMatrixClose(syrk(a, transpose: .none, alpha: 0.5), try g.matrix("syrk_aat"), relativeTolerance: 1e-12)
    }

    func testTriangularSolvesMatchScipy() throws {
        let g = try ReferenceFixture.load().group("blas")
        let l = try g.matrix("lower"), u = try g.matrix("upper"), v4 = try g.vector("v4"), r = try g.matrix("rhs")
        assertClose(try trsv(l, v4, triangle: .lower), try g.vector("trsv_lower"), relativeTolerance: 1e-12)
        assertClose(try trsv(u, v4, triangle: .upper, transpose: .transpose), try g.vector("trsv_upper_t"),
                    relativeTolerance: 1e-12)
        assertClose(try trsv(l, v4, triangle: .lower, unitDiagonal: true), try g.vector("trsv_lower_unit"),
                    relativeTolerance: 1e-12)
        assertMatrixClose(try trsm(l, r, triangle: .lower), try g.matrix("trsm_lower"), relativeTolerance: 1e-12)
        assertMatrixClose(try trsm(u, r, triangle: .upper), try g.matrix("trsm_upper"), relativeTolerance: 1e-12)
        assertMatrixClose(try trsm(l, r, triangle: .lower, transpose: .transpose), try g.matrix("trsm_lower_t"),
                          relativeTolerance: 1e-12)
    }

    func testTriangularSolveWithZeroDiagonalThrowsSingular() throws {
        let u = try Matrix([[1, 2, 3], [0, 4, 5], [0, 0, 0]])
        assertThrows(.singular(pivot: 3)) { try trsv(u, [1, 2, 3], triangle: .upper) }
        assertThrows(.singular(pivot: 3)) { try trsm(u, Matrix.identity(3), triangle: .upper) }
    }

    func testOperatorsMatchNumpy() throws {
        let g = try ReferenceFixture.load().group("blas")
        let l = try g.matrix("lower"), u = try g.matrix("upper"), a = try g.matrix("a")
        assertMatrixClose(try l + u, try g.matrix("sum"), relativeTolerance: 1e-15)
        assertMatrixClose(try l - u, try g.matrix("difference"), relativeTolerance: 1e-15)
        assertMatrixClose(-3 * a, try g.matrix("scaled"), relativeTolerance: 1e-15)
        XCTAssertThrowsError(try l + a)
    }

    func testEmptyOperandsGiveEmptyOrZeroResults() throws {
        XCTAssertEqual(try dot([], []), 0)
        XCTAssertEqual(nrm2([]), 0)
        let empty = Matrix(rows: 0, columns: 3)
        XCTAssertEqual(try gemv(empty, [1, 2, 3]), [])
        // (3×0)(0×2) is the 3×2 zero matrix.
        XCTAssertEqual(try gemm(Matrix(rows: 3, columns: 0), Matrix(rows: 0, columns: 2)), Matrix(rows: 3, columns: 2))
        XCTAssertEqual(syrk(empty), Matrix(rows: 3, columns: 3))
        XCTAssertEqual(syrk(empty, transpose: .none), Matrix(rows: 0, columns: 0))
    }
}
