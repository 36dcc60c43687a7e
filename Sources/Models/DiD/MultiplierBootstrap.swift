import Foundation
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
/// - Complexity: O(draws · C · k) for k estimators, spread over the available cores.
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
    func replicates(clusterSums sums: [Double], clusters: Int, columns k: Int, family: Int) -> [Double] {
        var base = Xoshiro256StarStar(seed: seed)
        for _ in 0..<family { base.longJump() }
        var streams: [Xoshiro256StarStar] = []
        streams.reserveCapacity(draws)
        for _ in 0..<draws {
            streams.append(base)
            base.jump()
        }
        let generators = streams
        let out = SharedDoubles(count: draws * k)
        let scale = 1 / Double(clusters).squareRoot()   // √C · (1/C)
        let weights = self.weights
        let chunk = 16
        let chunks = (draws + chunk - 1) / chunk
        sums.withUnsafeBufferPointer { s in
            let sp = SharedReadOnly(s)
            DispatchQueue.concurrentPerform(iterations: chunks) { c in
                var acc = [Double](repeating: 0, count: k)
                var v = [Double](repeating: 0, count: clusters)
                for b in (c * chunk)..<min(draws, (c + 1) * chunk) {
                    var g = generators[b]
                    Self.fill(&v, weights: weights, generator: &g)
                    for j in 0..<k { acc[j] = 0 }
                    acc.withUnsafeMutableBufferPointer { a in
                        for cl in 0..<clusters {
                            let w = v[cl]
                            let row = cl * k
                            for j in 0..<k { a[j] += w * sp.buffer[row + j] }
                        }
                    }
                    for j in 0..<k { out.pointer[b * k + j] = acc[j] * scale }
                }
            }
        }
        return out.array()
    }

    private static func fill(_ v: inout [Double], weights: Weights, generator g: inout Xoshiro256StarStar) {
        switch weights {
        case .rademacher:
            var bits: UInt64 = 0
            for i in 0..<v.count {
                if i & 63 == 0 { bits = g.next() }
                v[i] = (bits & 1) == 1 ? 1 : -1
                bits >>= 1
            }
        case .mammen:
            let s5 = 5.0.squareRoot()
            let p = (s5 + 1) / (2 * s5)
            let low = -(s5 - 1) / 2, high = (s5 + 1) / 2
            for i in 0..<v.count { v[i] = g.nextUniform() < p ? low : high }
        }
    }
}

/// A result buffer written by disjoint index ranges from `concurrentPerform` workers.
private final class SharedDoubles: @unchecked Sendable {
    let pointer: UnsafeMutablePointer<Double>
    let count: Int
    init(count: Int) {
        self.count = count
        pointer = .allocate(capacity: max(count, 1))
        pointer.initialize(repeating: 0, count: max(count, 1))
    }
    deinit { pointer.deallocate() }
    func array() -> [Double] { Array(UnsafeBufferPointer(start: pointer, count: count)) }
}

/// Read-only access to a buffer from `concurrentPerform` workers.
private struct SharedReadOnly: @unchecked Sendable {
    let buffer: UnsafeBufferPointer<Double>
    init(_ buffer: UnsafeBufferPointer<Double>) { self.buffer = buffer }
}
