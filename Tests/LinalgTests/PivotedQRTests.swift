import Linalg
import TestSupport
import XCTest

// Expected: scipy.linalg.qr(mode="economic", pivoting=True) (also dgeqp3) and numpy.linalg.matrix_rank,
// Tests/References/Linalg/linalg_reference.py (group "qr").
final class PivotedQRTests: XCTestCase {
    func testFactorsMatchScipyUpToSigns() throws {
        let g = try ReferenceFixture.load().group("qr")
        for prefix in ["", "wide_"] {
            let a = try g.matrix(prefix.isEmpty ? "a" : "wide")
            let qr = try PivotedQR(a)
            XCTAssertEqual(qr.permutation, try g.integers(prefix + "permutation"), prefix)
            let q = try qr.q()
            assertColumnsCloseUpToSign(q, try g.matrix(prefix + "q"), relativeTolerance: 1e-10)
            // R's rows carry the same signs as Q's columns.
            assertColumnsCloseUpToSign(qr.r.transposed, try g.matrix(prefix + "r").transposed, relativeTolerance: 1e-10)
            // A P = Q R.
            var ap = Matrix(rows: a.rows, columns: a.columns)
            for (k, j) in qr.permutation.enumerated() { for i in 0..<a.rows { ap[i, k] = a[i, j] } }
            assertMatrixClose(try q * qr.r, ap, relativeTolerance: 1e-12)
            XCTAssertEqual(qr.rank(), min(a.rows, a.columns))
        }
    }

    func testRankOfADependentColumnMatchesNumpy() throws {
        let g = try ReferenceFixture.load().group("qr")
        let qr = try PivotedQR(try g.matrix("deficient"))
        XCTAssertEqual(qr.rank(), try g.integer("deficient_rank"))
        XCTAssertEqual(qr.rank(tolerance: 0), 4, "with zero tolerance round-off counts as rank")
    }

    func testEmptyMatrixHasRankZero() throws {
        let qr = try PivotedQR(Matrix(rows: 0, columns: 3))
        XCTAssertEqual(qr.rank(), 0)
        XCTAssertEqual(qr.permutation, [0, 1, 2])
        XCTAssertEqual(qr.r, Matrix(rows: 0, columns: 3))
        XCTAssertEqual(try qr.q(), Matrix(rows: 0, columns: 0))
    }
}
