import Linalg
import TestSupport
import XCTest

final class MatrixTests: XCTestCase {
    func testRowArraysAreStoredColumnMajor() throws {
        let a = try Matrix([[1, 2, 3], [4, 5, 6]])
        XCTAssertEqual(a.storage, [1, 4, 2, 5, 3, 6])
        XCTAssertEqual(a[1, 2], 6)
        XCTAssertEqual(a.transposed.rowArrays, [[1, 4], [2, 5], [3, 6]])
    }

    func testRaggedRowsAreRejected() {
        XCTAssertThrowsError(try Matrix([[1, 2], [3]])) { error in
            guard case LinalgError.dimensionMismatch = error else { return XCTFail("\(error)") }
        }
    }

    func testCopiesAreIndependent() throws {
        let a = try Matrix([[1, 2], [3, 4]])
        var b = a
        b[0, 0] = 9
        XCTAssertEqual(a[0, 0], 1)
        XCTAssertEqual(b[0, 0], 9)
    }
}
