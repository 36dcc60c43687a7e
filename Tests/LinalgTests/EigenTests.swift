import Linalg
import TestSupport
import XCTest

// Expected: numpy.linalg.eigh / numpy.linalg.eig, Tests/References/Linalg/linalg_reference.py (group "eigen").
final class EigenTests: XCTestCase {
    func testSymmetricEigenMatchesNumpyUpToSign() throws {
        let g = try ReferenceFixture.load().group("eigen")
        let e = try SymmetricEigen(try g.matrix("symmetric"))
        let values = try g.vector("values")
        assertClose(e.values, values, relativeTolerance: 1e-12, absoluteFloor: values.map(abs).max() ?? 1)
        assertColumnsCloseUpToSign(e.vectors, try g.matrix("vectors"), relativeTolerance: 1e-10)
    }

    func testGeneralEigenvaluesIncludeTheComplexPairOfNumpy() throws {
        let g = try ReferenceFixture.load().group("eigen")
        let a = try g.matrix("general")
        let e = try Eigen(a)
        // numpy's values are sorted by (real, imag); sort ours the same way.
        let ours = zip(e.realParts, e.imaginaryParts).sorted { ($0.0, $0.1) < ($1.0, $1.1) }
        assertClose(ours.map(\.0), try g.vector("real"), relativeTolerance: 1e-12, absoluteFloor: 1)
        assertClose(ours.map(\.1), try g.vector("imag"), relativeTolerance: 1e-12, absoluteFloor: 1)
        XCTAssertTrue(e.imaginaryParts.contains { $0 != 0 }, "the fixture must have a complex pair")
        // Each packed eigenvector satisfies A v = λ v (complex pairs: A (x + iy) = (α + iβ)(x + iy)).
        let v = try XCTUnwrap(e.vectors)
        var j = 0
        while j < 4 {
            let alpha = e.realParts[j], beta = e.imaginaryParts[j]
            let x = v.column(j)
            if beta == 0 {
                assertClose(try a * x, x.map { alpha * $0 }, relativeTolerance: 1e-12, absoluteFloor: 1)
                j += 1
            } else {
                let y = v.column(j + 1)
                assertClose(try a * x, zip(x, y).map { alpha * $0 - beta * $1 }, relativeTolerance: 1e-12, absoluteFloor: 1)
                assertClose(try a * y, zip(x, y).map { beta * $0 + alpha * $1 }, relativeTolerance: 1e-12, absoluteFloor: 1)
                j += 2
            }
        }
    }

    func testPrincipalEigenvectorOfSaatyMatrixMatchesNumpy() throws {
        let g = try ReferenceFixture.load().group("eigen")
        let ahp = try g.matrix("ahp")
        for computeVectors in [true, false] {
            let (lambda, w) = try Eigen(ahp, computeVectors: computeVectors).principal()
            assertClose(lambda, try g.scalar("ahp_lambda"), relativeTolerance: 1e-12)
            assertClose(w, try g.vector("ahp_vector"), relativeTolerance: 1e-10)
            assertClose(w.reduce(0, +), 1, relativeTolerance: 1e-14)
        }
    }

    func testNonFiniteAndEmptyInputs() throws {
        XCTAssertThrowsError(try SymmetricEigen(Matrix([[1, .nan], [.nan, 1]])))
        XCTAssertThrowsError(try Eigen(Matrix([[1, .infinity], [0, 1]])))
        XCTAssertEqual(try SymmetricEigen(Matrix(rows: 0, columns: 0)).values, [])
        XCTAssertEqual(try Eigen(Matrix(rows: 0, columns: 0)).realParts, [])
        XCTAssertThrowsError(try Eigen(Matrix(rows: 0, columns: 0)).principal())
        // A rotation has no real eigenvalue.
        XCTAssertThrowsError(try Eigen(Matrix([[0, -1], [1, 0]])).principal())
    }
}
