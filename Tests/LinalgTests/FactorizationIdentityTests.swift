import Linalg
import TestSupport
import XCTest

// Identities every factorization must satisfy (Golub & Van Loan, Matrix Computations, 4th ed.), checked on
// seeded random matrices of several shapes. The fixture tests check the numbers; these check the shapes,
// the packing and that nothing depends on a lucky matrix.
final class FactorizationIdentityTests: XCTestCase {
    func testLUSolveLeavesASmallResidual() throws {
        for seed in testSeeds {
            var g = TestGenerator(seed: seed)
            let a = try g.matrix(7, 7) + Matrix.identity(7)
            let b = g.matrix(7, 3)
            let x = try LUFactorization(a).solve(b)
            XCTAssertLessThan(maxAbsDifference(try a * x, b), 1e-12, "seed \(seed)")
            XCTAssertLessThan(maxAbsDifference(try a * inverse(a), .identity(7)), 1e-12, "seed \(seed)")
        }
    }

    func testCholeskyReconstructsTheMatrix() throws {
        for seed in testSeeds {
            var g = TestGenerator(seed: seed)
            let a = try syrk(g.matrix(9, 6)) + Matrix.identity(6)
            let c = try Cholesky(a)
            XCTAssertLessThan(maxAbsDifference(try gemm(c.factor, c.factor, transposeB: .transpose), a), 1e-13)
            XCTAssertLessThan(maxAbsDifference(try a * c.inverse(), .identity(6)), 1e-12, "seed \(seed)")
            let (sign, logAbs) = try logDeterminant(a)
            XCTAssertEqual(sign, 1)
            assertClose(c.logDeterminant, logAbs, relativeTolerance: 1e-12, absoluteFloor: 1)
        }
    }

    func testPivotedQRHasOrthonormalQAndDecreasingDiagonal() throws {
        for seed in testSeeds {
            for (m, n) in [(8, 5), (5, 8), (6, 6)] {
                var g = TestGenerator(seed: seed)
                let a = g.matrix(m, n)
                let qr = try PivotedQR(a)
                let q = try qr.q()
                XCTAssertLessThan(maxAbsDifference(syrk(q), .identity(min(m, n))), 1e-13)
                XCTAssertEqual(qr.permutation.sorted(), Array(0..<n))
                let d = qr.r.diagonalElements.map(abs)
                XCTAssertEqual(d, d.sorted(by: >), "pivoting orders |R(k,k)|, seed \(seed)")
                var ap = Matrix(rows: m, columns: n)
                for (k, j) in qr.permutation.enumerated() { for i in 0..<m { ap[i, k] = a[i, j] } }
                XCTAssertLessThan(maxAbsDifference(try q * qr.r, ap), 1e-13, "seed \(seed), \(m)×\(n)")
            }
        }
    }

    func testSVDReconstructsTheMatrix() throws {
        for seed in testSeeds {
            for (m, n) in [(8, 5), (5, 8)] {
                var g = TestGenerator(seed: seed)
                let a = g.matrix(m, n)
                let svd = try SingularValueDecomposition(a)
                let u = try XCTUnwrap(svd.u), vt = try XCTUnwrap(svd.vt)
                let usv = try u * Matrix.diagonal(svd.singularValues) * vt
                XCTAssertLessThan(maxAbsDifference(usv, a), 1e-13, "seed \(seed)")
                XCTAssertEqual(svd.singularValues, svd.singularValues.sorted(by: >))
            }
        }
    }

    func testSymmetricEigenReconstructsTheMatrix() throws {
        for seed in testSeeds {
            var g = TestGenerator(seed: seed)
            let x = g.matrix(6, 6)
            let a = try x + x.transposed
            let e = try SymmetricEigen(a)
            let vlv = try gemm(e.vectors * Matrix.diagonal(e.values), e.vectors, transposeB: .transpose)
            XCTAssertLessThan(maxAbsDifference(vlv, a), 1e-13, "seed \(seed)")
            XCTAssertEqual(e.values, e.values.sorted())
        }
    }

    func testLeastSquaresResidualIsOrthogonalToTheColumns() throws {
        for seed in testSeeds {
            var g = TestGenerator(seed: seed)
            let a = g.matrix(20, 4), b = g.matrix(20, 2)
            let x = try leastSquares(a, b)
            let residual = try b - a * x
            XCTAssertLessThan(maxAbsDifference(try gemm(a, residual, transposeA: .transpose), Matrix(rows: 4, columns: 2)),
                              1e-13, "normal equations, seed \(seed)")
            let fit = try MinimumNormLeastSquares(a, b)
            XCTAssertLessThan(maxAbsDifference(fit.solution, x), 1e-12, "dgelsd = dgels on full rank, seed \(seed)")
        }
    }

    func testNNLSSatisfiesTheKKTConditions() throws {
        for seed in testSeeds {
            var g = TestGenerator(seed: seed)
            let a = g.matrix(12, 6), b = g.matrix(12, 1).storage
            let x = try nonNegativeLeastSquares(a, b)
            let w = try gemv(a, try b.enumerated().map { $1 - (try a * x)[$0] }, transpose: .transpose)
            for j in 0..<6 {
                XCTAssertGreaterThanOrEqual(x[j], 0)
                if x[j] > 0 { XCTAssertLessThan(abs(w[j]), 1e-12, "free variable \(j), seed \(seed)") }
                else { XCTAssertLessThanOrEqual(w[j], 1e-12, "bound variable \(j), seed \(seed)") }
            }
        }
    }
}
