import RealModule

/// Draws Dirichlet vectors without allocating: the parameters are checked once, the Marsaglia–Tsang constants
/// are computed once per component, and each draw is written into a caller's buffer.
///
/// Every draw equals `nextDirichlet(alpha)` on the same generator state, bit for bit, and consumes the same random
/// numbers (same gamma variates in log space, same log-sum-exp normalisation); only the per-call parameter check,
/// its message, the three temporary arrays and the per-component `d`, `c` constants are gone. Use it in loops that
/// draw many vectors with one α (e.g. `WeightRobustness`).
///
/// Reference: G. Marsaglia and W. W. Tsang, ACM TOMS 26(3), 363–372, 2000 (gamma, with the shape boost for
/// α < 1); L. Devroye, Non-Uniform Random Variate Generation, Springer 1986, §XI.4.1 (Dirichlet from gammas).
public struct DirichletSampler: Sendable {
    /// Per component: Marsaglia–Tsang d = k − 1/3 and c = 1/√(9d) of k = α (α ≥ 1) or α + 1 (α < 1, boosted),
    /// and α itself (the boost exponent).
    struct Component: Sendable {
        let d: Double
        let c: Double
        let alpha: Double
        let boosted: Bool
    }

    let components: [Component]

    /// The concentration parameters.
    public let alpha: [Double]

    /// Number of components (the length of each draw).
    public var count: Int { alpha.count }

    /// - Parameter alpha: concentration parameters, each > 0 and finite; at least one.
    /// - Throws: `StatsError.invalidParameter` for an empty `alpha` or a non-positive/non-finite entry
    ///   (the same checks as `nextDirichlet`, done once here).
    public init(alpha: [Double]) throws {
        guard !alpha.isEmpty else { throw StatsError.invalidParameter("Dirichlet needs at least one concentration") }
        for (i, a) in alpha.enumerated() where !(a > 0 && a.isFinite) {
            throw StatsError.invalidParameter("Dirichlet alpha[\(i)] must be positive and finite, got \(a)")
        }
        self.alpha = alpha
        components = alpha.map { a in
            let shape = a >= 1 ? a : a + 1
            let d = shape - 1.0 / 3.0
            return Component(d: d, c: 1 / (9 * d).squareRoot(), alpha: a, boosted: a < 1)
        }
    }

    /// Writes one draw (non-negative, summing to 1 up to rounding) into `out[0..<count]`.
    /// - Parameters:
    ///   - generator: the random stream; advanced exactly as `nextDirichlet` advances it.
    ///   - out: a buffer of at least `count` elements (only the first `count` are written; a shorter buffer
    ///     gets nothing written).
    /// - Complexity: O(count) time, no allocation.
    public func sample<G: RandomNumberGenerator>(_ generator: inout G, into out: UnsafeMutableBufferPointer<Double>) {
        guard out.count >= components.count else { return }
        components.withUnsafeBufferPointer { comps in
            var top = -Double.infinity
            for k in 0..<comps.count {
                let p = comps[k]
                let g = Self.gamma(&generator, d: p.d, c: p.c)
                var l = Double.log(g)
                if p.boosted {
                    var u = generator.nextUniform()
                    while u == 0 { u = generator.nextUniform() }
                    l += Double.log(u) / p.alpha
                }
                out[k] = l
                if k == 0 || l > top { top = l }
            }
            var total = 0.0
            for k in 0..<comps.count {
                out[k] = Double.exp(out[k] - top)
                total += out[k]
            }
            for k in 0..<comps.count { out[k] /= total }
        }
    }

    /// Marsaglia–Tsang Gamma(d + 1/3, 1) from precomputed d and c (the loop of `marsagliaTsang`).
    @inline(__always)
    static func gamma<G: RandomNumberGenerator>(_ g: inout G, d: Double, c: Double) -> Double {
        while true {
            var z: Double
            var v: Double
            repeat {
                z = g.nextStandardNormal()
                v = 1 + c * z
            } while v <= 0
            v = v * v * v
            let u = g.nextUniform()
            let z2 = z * z
            if u < 1 - 0.0331 * z2 * z2 { return d * v }
            if Double.log(u) < 0.5 * z2 + d * (1 - v + Double.log(v)) { return d * v }
        }
    }
}
