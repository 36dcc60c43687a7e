import Linalg
import Stats

/// Seeded random inputs for benchmarks (the Python side draws from the same distributions, not the same
/// numbers: timings do not depend on the values).
enum BenchmarkInputs {
    /// An m × n matrix with independent uniform(−0.5, 0.5) elements.
    static func uniformMatrix(_ m: Int, _ n: Int, seed: UInt64) throws -> Matrix {
        var g = Xoshiro256StarStar(seed: seed)
        return try Matrix(rows: m, columns: n, columnMajor: (0..<(m * n)).map { _ in g.nextUniform() - 0.5 })
    }

    /// A length-n vector with uniform(−0.5, 0.5) elements.
    static func uniformVector(_ n: Int, seed: UInt64) -> [Double] {
        var g = Xoshiro256StarStar(seed: seed)
        return (0..<n).map { _ in g.nextUniform() - 0.5 }
    }

    /// A well-conditioned symmetric positive definite n × n matrix: XᵀX / n + I with X uniform n × n.
    static func spdMatrix(_ n: Int, seed: UInt64) throws -> Matrix {
        let x = try uniformMatrix(n, n, seed: seed)
        return try syrk(x, alpha: 1 / Double(n)) + Matrix.identity(n)
    }
}
