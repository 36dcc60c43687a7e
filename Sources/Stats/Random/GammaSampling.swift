import RealModule

/// Gamma-family samplers: gamma, beta and Dirichlet.
extension RandomNumberGenerator {
    /// A gamma variate with density `x^(k−1) e^(−x/θ) / (Γ(k) θ^k)`, x > 0 (mean kθ, variance kθ²).
    ///
    /// Method: Marsaglia and Tsang's squeeze-and-reject transform of a normal variate. For
    /// shape k ≥ 1, with d = k − 1/3 and c = 1/√(9d): draw Z ~ N(0,1) and U ~ U(0,1), set
    /// V = (1 + cZ)³ and accept dV if V > 0 and either U < 1 − 0.0331 Z⁴ (squeeze) or
    /// ln U < Z²/2 + d(1 − V + ln V). For k < 1 the shape is boosted: G(k) = G(k + 1) · U^(1/k).
    ///
    /// Reference: G. Marsaglia and W. W. Tsang, "A simple method for generating gamma
    /// variables", ACM TOMS 26(3), 363–372, 2000 (boost: their §6).
    /// - Parameters:
    ///   - shape: k > 0, finite.
    ///   - scale: θ > 0, finite.
    /// - Returns: a draw from Gamma(k, θ). For very small k the draw can underflow to 0.
    /// - Throws: `StatsError.invalidParameter` if k or θ is not positive and finite.
    public mutating func nextGamma(shape: Double, scale: Double = 1) throws -> Double {
        try Self.checkPositive(shape, "gamma shape")
        try Self.checkPositive(scale, "gamma scale")
        if shape >= 1 { return scale * marsagliaTsang(shape) }
        return scale * Double.exp(logGammaVariate(shape))
    }

    /// A beta variate with density `x^(a−1)(1−x)^(b−1) / B(a, b)` on (0, 1): X/(X + Y) for
    /// independent X ~ Gamma(a, 1), Y ~ Gamma(b, 1).
    ///
    /// The ratio is formed as 1/(1 + exp(ln Y − ln X)) from the logarithms of the gamma
    /// variates, so tiny shapes (where X and Y underflow) still give a valid draw.
    ///
    /// Reference: L. Devroye, Non-Uniform Random Variate Generation, Springer 1986, §IX.4.1;
    /// gamma draws by Marsaglia and Tsang (2000).
    /// - Parameters:
    ///   - a: first shape, > 0 and finite.
    ///   - b: second shape, > 0 and finite.
    /// - Returns: a draw from Beta(a, b), in [0, 1].
    /// - Throws: `StatsError.invalidParameter` if a shape is not positive and finite.
    public mutating func nextBeta(_ a: Double, _ b: Double) throws -> Double {
        try Self.checkPositive(a, "beta shape a")
        try Self.checkPositive(b, "beta shape b")
        let lx = logGammaVariate(a)
        let ly = logGammaVariate(b)
        return 1 / (1 + Double.exp(ly - lx))
    }

    /// A Dirichlet vector: `G_i / Σ_j G_j` with independent `G_i ~ Gamma(α_i, 1)`.
    ///
    /// Normalised in log space (log-sum-exp of the log gamma variates), so components with
    /// tiny α do not turn the whole vector into 0/0.
    ///
    /// Reference: L. Devroye, Non-Uniform Random Variate Generation, Springer 1986, §XI.4.1.
    /// - Parameter alpha: concentration parameters, each > 0 and finite; at least one.
    /// - Returns: a probability vector (non-negative, summing to 1 up to rounding) of `alpha.count` entries.
    /// - Throws: `StatsError.invalidParameter` for an empty `alpha` or a non-positive/non-finite entry.
    public mutating func nextDirichlet(_ alpha: [Double]) throws -> [Double] {
        guard !alpha.isEmpty else { throw StatsError.invalidParameter("Dirichlet needs at least one concentration") }
        for (i, a) in alpha.enumerated() { try Self.checkPositive(a, "Dirichlet alpha[\(i)]") }
        let logs = alpha.map { logGammaVariate($0) }
        let top = logs.max() ?? 0
        let weights = logs.map { Double.exp($0 - top) }
        let total = weights.reduce(0, +)
        return weights.map { $0 / total }
    }

    /// ln of a Gamma(shape, 1) variate; for shape < 1 uses the boost ln G(k+1) + ln(U)/k,
    /// which stays finite where G(k) itself would underflow.
    internal mutating func logGammaVariate(_ shape: Double) -> Double {
        if shape >= 1 { return Double.log(marsagliaTsang(shape)) }
        let g = marsagliaTsang(shape + 1)
        var u = nextUniform()
        while u == 0 { u = nextUniform() }
        return Double.log(g) + Double.log(u) / shape
    }

    /// Marsaglia–Tsang (2000) Gamma(shape, 1) for shape ≥ 1.
    internal mutating func marsagliaTsang(_ shape: Double) -> Double {
        let d = shape - 1.0 / 3.0
        let c = 1 / (9 * d).squareRoot()
        while true {
            var z: Double
            var v: Double
            repeat {
                z = nextStandardNormal()
                v = 1 + c * z
            } while v <= 0
            v = v * v * v
            let u = nextUniform()
            let z2 = z * z
            if u < 1 - 0.0331 * z2 * z2 { return d * v }
            if Double.log(u) < 0.5 * z2 + d * (1 - v + Double.log(v)) { return d * v }
        }
    }

    /// Throws unless `value` is positive and finite.
    internal static func checkPositive(_ value: Double, _ name: String) throws {
        guard value > 0 && value.isFinite else {
            throw StatsError.invalidParameter("\(name) must be positive and finite, got \(value)")
        }
    }
}
