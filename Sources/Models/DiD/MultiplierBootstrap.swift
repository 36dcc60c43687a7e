import Foundation
import Linalg
import Stats

/// The multiplier bootstrap of Callaway & Sant'Anna (2021, §4 and Remark 10), as R did's `mboot`:
/// each draw multiplies every cluster's summed influence function by an i.i.d. weight V_c with
/// mean 0 and variance 1, giving R_b = √C · (1/C) Σ_c V_c S_c for C clusters (units when not clustered).
///
/// - Standard error of estimator j: the interquartile range of R_{·j} (type-1 quantiles) divided by
///   z_{0.75} − z_{0.25}, times √C / n (R did's robust scale estimate).
/// - Uniform (simultaneous) bands: the critical value is the (1 − α) type-1 quantile of
///   max_j |R_bj / σ̂_j| over the non-degenerate estimators (the sup-t band), never below z_{1−α/2}.
///
/// Weights: Rademacher (±1 with probability ½), as R did ≥ 2.1 (BMisc::multiplier_bootstrap), or
/// Mammen's two-point weights (as did < 2.0 and moderndid).
///
/// Reproducibility: every draw b of estimator family f uses its own xoshiro256** stream (the seeded
/// generator after f long jumps and b jumps), so results depend on the seed only, never on the
/// number of threads.
///
/// - Complexity: O(draws · C · k) for k estimators, as BLAS products over blocks of 64 draws.
public struct MultiplierBootstrap: Sendable, Equatable, Codable {
    /// The distribution of the multipliers.
    public enum Weights: String, Sendable, Codable, CaseIterable {
        /// ±1 with probability ½ each (R did's default).
        case rademacher
        /// Mammen (1993): −(√5−1)/2 with probability (√5+1)/(2√5), else (√5+1)/2.
        case mammen
    }

    /// Number of bootstrap draws (R did's `biters`, default 1000 there).
    public var draws: Int
    /// Seed of the random streams.
    public var seed: UInt64
    /// Multiplier distribution.
    public var weights: Weights
    /// Whether to report simultaneous (sup-t) bands instead of pointwise intervals (R did's `cband`).
    public var uniformBands: Bool

    /// Creates bootstrap settings.
    /// - Parameters:
    ///   - draws: number of draws, at least 2 (999 gives stable 95% bands).
    ///   - seed: seed of the xoshiro256** streams.
    ///   - weights: multiplier distribution (default Rademacher, as R did).
    ///   - uniformBands: simultaneous bands over the reported estimators (default true, as R did).
    public init(draws: Int = 999, seed: UInt64 = 20201001, weights: Weights = .rademacher, uniformBands: Bool = true) {
        self.draws = draws
        self.seed = seed
        self.weights = weights
        self.uniformBands = uniformBands
    }

    /// The B × k matrix (row-major) of bootstrap draws R_b for cluster sums `sums` (C × k, row-major).
    ///
    /// Blocks of draws are one BLAS product: Sᵀ (k × C) times the C × b block of multipliers (one column
    /// per draw, filled in parallel, each from its own stream), which lands directly in row-major B × k.
    func replicates(clusterSums sums: [Double], clusters: Int, columns k: Int, family: Int) throws -> [Double] {
        var base = Xoshiro256StarStar(seed: seed)
        for _ in 0..<family { base.longJump() }
        var streams: [Xoshiro256StarStar] = []
        streams.reserveCapacity(draws)
        for _ in 0..<draws {
            streams.append(base)
            base.jump()
        }
        let generators = streams
        let st = try Matrix(rows: k, columns: clusters, columnMajor: sums)
        let scale = 1 / Double(clusters).squareRoot()   // √C · (1/C)
        let weights = self.weights
        let block = 64
        var out: [Double] = []
        out.reserveCapacity(draws * k)
        var first = 0
        // One multiplier buffer for all blocks (the product's Matrix releases it before the next fill).
        var v = [Double](repeating: 0, count: clusters * min(block, draws))
        while first < draws {
            let width = min(block, draws - first)
            if v.count != clusters * width { v = [Double](repeating: 0, count: clusters * width) }
            let offset = first
            v.withUnsafeMutableBufferPointer { buffer in
                guard let start = buffer.baseAddress else { return }
                let target = SharedPointer(start)
                DispatchQueue.concurrentPerform(iterations: width) { r in
                    var g = generators[offset + r]
                    Self.fill(target.pointer + r * clusters, count: clusters, weights: weights, generator: &g)
                }
            }
            let multipliers = try Matrix(rows: clusters, columns: width, columnMajor: v)
            let product = try gemm(st, multipliers, alpha: scale)
            out.append(contentsOf: product.storage)
            first += width
        }
        return out
    }

    private static func fill(_ v: UnsafeMutablePointer<Double>, count: Int, weights: Weights,
                             generator g: inout Xoshiro256StarStar) {
        switch weights {
        case .rademacher:
            var bits: UInt64 = 0
            for i in 0..<count {
                if i & 63 == 0 { bits = g.next() }
                v[i] = (bits & 1) == 1 ? 1 : -1
                bits >>= 1
            }
        case .mammen:
            let s5 = 5.0.squareRoot()
            let p = (s5 + 1) / (2 * s5)
            let low = -(s5 - 1) / 2, high = (s5 + 1) / 2
            for i in 0..<count { v[i] = g.nextUniform() < p ? low : high }
        }
    }
}

/// A buffer that `concurrentPerform` workers write in disjoint ranges (one column per draw).
private struct SharedPointer: @unchecked Sendable {
    let pointer: UnsafeMutablePointer<Double>
    init(_ pointer: UnsafeMutablePointer<Double>) { self.pointer = pointer }
}
