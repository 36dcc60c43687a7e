@testable import Linalg
import TestSupport
import XCTest

// The translation layer (Sources/Linalg/LAPACK/LAPACKInt.swift): sizes, info codes, non-finite checks,
// BLAS β = 0 semantics. Expected values are the LAPACK/BLAS documentation's rules, not our outputs.
final class LAPACKErrorMappingTests: XCTestCase {
    func testSizesBeyondInt32Overflow() throws {
        XCTAssertEqual(try lapackInt(Int(Int32.max)), Int32.max)
        assertThrows(.sizeOverflow(Int(Int32.max) + 1)) { try lapackInt(Int(Int32.max) + 1) }
        assertThrows(.sizeOverflow(-1 + Int(Int32.min))) { try lapackInt(-1 + Int(Int32.min)) }
        XCTAssertEqual(try leadingDimension(0), 1, "LAPACK needs lda ≥ 1 even for empty matrices")
    }

    func testInfoCodesMapToTypedErrors() throws {
        XCTAssertNoThrow(try checkArguments(0, "dgetrf"))
        assertThrows(.illegalArgument(routine: "dgetrf", parameter: 4)) { try checkArguments(-4, "dgetrf") }
        assertThrows(.didNotConverge(routine: "dsyevd")) { try checkConvergence(3, "dsyevd") }
        assertThrows(.illegalArgument(routine: "dgesdd", parameter: 1)) { try checkConvergence(-1, "dgesdd") }
    }

    func testWorkspaceQueryResultsAreValidated() throws {
        XCTAssertEqual(try workspaceLength(0), 1)
        XCTAssertEqual(try workspaceLength(12.0), 12)
        XCTAssertThrowsError(try workspaceLength(.nan))
        XCTAssertThrowsError(try workspaceLength(1e12))
    }

    func testEveryLAPACKEntryPointRejectsNonFiniteInput() throws {
        let bad = try Matrix([[1, 2], [.nan, 4]])
        let good = Matrix.identity(2)
        let calls: [(String, () throws -> Any)] = [
            ("LU", { try LUFactorization(bad) }), ("solve", { try solve(good, bad) }),
            ("Cholesky", { try Cholesky(bad) }), ("QR", { try PivotedQR(bad) }),
            ("lstsq", { try leastSquares(bad, good) }), ("gelsd", { try MinimumNormLeastSquares(good, bad) }),
            ("eigh", { try SymmetricEigen(bad) }), ("eig", { try Eigen(bad) }),
            ("svd", { try SingularValueDecomposition(bad) }), ("inverse", { try inverse(bad) }),
            ("rcond", { try reciprocalConditionNumber(bad) }), ("slogdet", { try logDeterminant(bad) }),
            ("nnls", { try nonNegativeLeastSquares(bad, [1, 2]) }),
            ("LU solve", { try LUFactorization(good).solve([.infinity, 0]) }),
            ("Cholesky solve", { try Cholesky(good).solve([0, -.infinity]) }),
        ]
        for (name, call) in calls {
            XCTAssertThrowsError(try call(), name) { error in
                guard case LinalgError.nonFinite = error else { return XCTFail("\(name): \(error)") }
            }
        }
    }

    func testBetaZeroIgnoresTheOldContentsEvenNaN() throws {
        // BLAS: "when BETA is supplied as zero then Y (C) need not be set on input".
        var c = Matrix(rows: 2, columns: 2, repeating: .nan)
        try gemm(.identity(2), .identity(2), transposeA: .none, transposeB: .none, alpha: 1, beta: 0, c: &c)
        XCTAssertEqual(c, .identity(2))
        var y = [Double.nan, .nan]
        try gemv(.identity(2), [3, 4], transpose: .none, alpha: 1, beta: 0, y: &y)
        XCTAssertEqual(y, [3, 4])
    }

    func testEmptyFactorizationsDoNotCrash() throws {
        let empty = Matrix(rows: 0, columns: 0)
        XCTAssertEqual(try Cholesky(empty).logDeterminant, 0)
        XCTAssertEqual(try Cholesky(empty).inverse(), empty)
        XCTAssertEqual(try Cholesky(empty).solve([]), [])
        XCTAssertEqual(try logDeterminant(empty).logAbs, 0)
        XCTAssertEqual(try SingularValueDecomposition(Matrix(rows: 3, columns: 0), vectors: false).singularValues, [])
        XCTAssertEqual(try nonNegativeLeastSquares(Matrix(rows: 0, columns: 2), []), [0, 0])
        XCTAssertEqual(try nonNegativeLeastSquares(Matrix(rows: 2, columns: 0), [1, 2]), [])
        XCTAssertEqual(try trsm(empty, empty, triangle: .lower), empty)
    }
}
