import Linalg

/// SplitMix64 (Steele, Lea & Flood, "Fast splittable pseudorandom number generators", OOPSLA 2014):
/// a seeded source of test matrices inside LinalgTests, which does not depend on Stats.
struct TestGenerator {
    private var state: UInt64
    init(seed: UInt64) { state = seed }

    /// Uniform in [−0.5, 0.5).
    mutating func next() -> Double {
        state &+= 0x9E37_79B9_7F4A_7C15
        var z = state
        z = (z ^ (z >> 30)) &* 0xBF58_476D_1CE4_E5B9
        z = (z ^ (z >> 27)) &* 0x94D0_49BB_1331_11EB
        z ^= z >> 31
        return Double(z >> 11) * 0x1.0p-53 - 0.5
    }

    mutating func matrix(_ m: Int, _ n: Int) -> Matrix {
        var a = Matrix(rows: m, columns: n)
        for j in 0..<n { for i in 0..<m { a[i, j] = next() } }
        return a
    }
}

/// The seeds every property test loops over.
let testSeeds: [UInt64] = [1, 2, 3, 42, 2026]

/// max |A(i, j) − B(i, j)|.
func maxAbsDifference(_ a: Matrix, _ b: Matrix) -> Double {
    zip(a.storage, b.storage).map { abs($0 - $1) }.max() ?? 0
}
