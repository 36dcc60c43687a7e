import Linalg

/// Linalg benchmarks: BLAS/LAPACK-bound large sizes, and small sizes where per-call overhead dominates.
/// Python equivalents: Scripts/bench.d/linalg.py (same names and sizes).
enum LinalgBenchmarks {
    static var cases: [BenchmarkCase] {
        [
            BenchmarkCase(name: "gemm_2000", group: "linalg", summary: "C = A B, 2000 × 2000 (dgemm)",
                          samples: 3, inner: 1) {
                let a = try BenchmarkInputs.uniformMatrix(2000, 2000, seed: 1)
                let b = try BenchmarkInputs.uniformMatrix(2000, 2000, seed: 2)
                return { blackHole(try a * b) }
            },
            BenchmarkCase(name: "cholesky_solve_2000", group: "linalg",
                          summary: "Cholesky factor + solve, SPD 2000 × 2000, 1 rhs (dpotrf + dpotrs)",
                          samples: 3, inner: 1) {
                let a = try BenchmarkInputs.spdMatrix(2000, seed: 3)
                let b = BenchmarkInputs.uniformVector(2000, seed: 4)
                return { blackHole(try Cholesky(a).solve(b)) }
            },
            BenchmarkCase(name: "lstsq_100000x50", group: "linalg",
                          summary: "least squares, 100000 × 50, 1 rhs (dgels, QR)", samples: 3, inner: 1) {
                let a = try BenchmarkInputs.uniformMatrix(100_000, 50, seed: 5)
                let b = try BenchmarkInputs.uniformMatrix(100_000, 1, seed: 6)
                return { blackHole(try leastSquares(a, b)) }
            },
            BenchmarkCase(name: "lstsq_svd_100000x50", group: "linalg",
                          summary: "minimum-norm least squares, 100000 × 50 (dgelsd; numpy.linalg.lstsq)",
                          samples: 3, inner: 1) {
                let a = try BenchmarkInputs.uniformMatrix(100_000, 50, seed: 5)
                let b = try BenchmarkInputs.uniformMatrix(100_000, 1, seed: 6)
                return { blackHole(try MinimumNormLeastSquares(a, b)) }
            },
            BenchmarkCase(name: "eigh_1000", group: "linalg",
                          summary: "symmetric eigenvalues + vectors, 1000 × 1000 (dsyevd)", samples: 3, inner: 1) {
                let a = try BenchmarkInputs.spdMatrix(1000, seed: 7)
                return { blackHole(try SymmetricEigen(a)) }
            },
            BenchmarkCase(name: "gemm_50", group: "linalg", summary: "C = A B, 50 × 50 (dgemm)",
                          samples: 7, inner: 2000) {
                let a = try BenchmarkInputs.uniformMatrix(50, 50, seed: 8)
                let b = try BenchmarkInputs.uniformMatrix(50, 50, seed: 9)
                return { blackHole(try a * b) }
            },
            BenchmarkCase(name: "solve_20", group: "linalg", summary: "solve A x = b, 20 × 20 (dgesv)",
                          samples: 7, inner: 5000) {
                let a = try BenchmarkInputs.uniformMatrix(20, 20, seed: 10) + Matrix.identity(20)
                let b = try BenchmarkInputs.uniformMatrix(20, 1, seed: 11)
                return { blackHole(try solve(a, b)) }
            },
            BenchmarkCase(name: "lstsq_200x5", group: "linalg",
                          summary: "least squares, 200 × 5, a small regression (dgels)", samples: 7, inner: 5000) {
                let a = try BenchmarkInputs.uniformMatrix(200, 5, seed: 12)
                let b = try BenchmarkInputs.uniformMatrix(200, 1, seed: 13)
                return { blackHole(try leastSquares(a, b)) }
            },
            BenchmarkCase(name: "eigh_10", group: "linalg",
                          summary: "symmetric eigen, 10 × 10 (dsyevd; AHP-sized)", samples: 7, inner: 5000) {
                let a = try BenchmarkInputs.spdMatrix(10, seed: 14)
                return { blackHole(try SymmetricEigen(a)) }
            },
        ]
    }
}
