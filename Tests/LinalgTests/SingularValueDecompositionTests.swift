import Linalg
import TestSupport
import XCTest

// Expected: numpy.linalg.svd(full_matrices=False), Tests/References/Linalg/linalg_reference.py (group "svd").
final class SingularValueDecompositionTests: XCTestCase {
    func testThinSVDMatchesNumpyUpToSigns() throws {
        let g = try ReferenceFixture.load().group("svd")
        for shape in ["tall", "wide"] {
            let svd = try SingularValueDecomposition(try g.matrix(shape))
            let s = try g.vector(shape + "_s")
            assertClose(svd.singularValues, s, relativeTolerance: 1e-12, absoluteFloor: s[0])
            let u = try XCTUnwrap(svd.u), vt = try XCTUnwrap(svd.vt)
            let eu = try g.matrix(shape + "_u"), evt = try g.matrix(shape + "_vt")
            assertColumnsCloseUpToSign(u, eu, relativeTolerance: 1e-10)
            assertColumnsCloseUpToSign(vt.transposed, evt.transposed, relativeTolerance: 1e-10)
            let valuesOnly = try SingularValueDecomposition(try g.matrix(shape), vectors: false)
            XCTAssertNil(valuesOnly.u)
            XCTAssertNil(valuesOnly.vt)
            assertClose(valuesOnly.singularValues, s, relativeTolerance: 1e-12, absoluteFloor: s[0])
        }
    }

    func testEmptyMatrixHasNoSingularValues() throws {
        let svd = try SingularValueDecomposition(Matrix(rows: 0, columns: 4))
        XCTAssertEqual(svd.singularValues, [])
        XCTAssertEqual(svd.u, Matrix(rows: 0, columns: 0))
        XCTAssertEqual(svd.vt, Matrix(rows: 0, columns: 4))
    }
}
