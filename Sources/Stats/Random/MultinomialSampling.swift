/// Multinomial sampler by conditional binomials.
extension RandomNumberGenerator {
    /// A multinomial count vector: `trials` balls dropped independently into categories with
    /// the given probabilities.
    ///
    /// Conditional-binomial method: N₁ ~ Bin(n, p₁), then Nᵢ ~ Bin(n − Σ_{j<i} Nⱼ, pᵢ / Σ_{j≥i} pⱼ),
    /// and the last category takes the remainder. Stops early once no trials remain.
    ///
    /// Reference: L. Devroye, Non-Uniform Random Variate Generation, Springer 1986, §XI.1.4.
    /// - Parameters:
    ///   - trials: n ≥ 0.
    ///   - probabilities: non-negative, finite, summing to 1 within 1e-9 (they are used
    ///     as given, divided by their sum).
    /// - Returns: counts, one per category, summing to `trials`.
    /// - Throws: `StatsError.invalidParameter` for n < 0, an empty, negative or non-finite
    ///   probability vector, or one whose sum is not 1 within 1e-9.
    public mutating func nextMultinomial(trials: Int, probabilities: [Double]) throws -> [Int] {
        guard trials >= 0 else { throw StatsError.invalidParameter("multinomial trials must be ≥ 0, got \(trials)") }
        guard !probabilities.isEmpty else {
            throw StatsError.invalidParameter("multinomial needs at least one category")
        }
        for (i, p) in probabilities.enumerated() where !(p >= 0 && p.isFinite) {
            throw StatsError.invalidParameter("multinomial probabilities[\(i)] must be non-negative and finite, got \(p)")
        }
        let total = probabilities.reduce(0, +)
        guard abs(total - 1) <= 1e-9 else {
            throw StatsError.invalidParameter("multinomial probabilities must sum to 1, got \(total)")
        }
        // Suffix sums Σ_{j≥i} p_j, computed backwards so each conditional probability is exact-ish.
        var tail = [Double](repeating: 0, count: probabilities.count + 1)
        for i in stride(from: probabilities.count - 1, through: 0, by: -1) {
            tail[i] = tail[i + 1] + probabilities[i]
        }
        var counts = [Int](repeating: 0, count: probabilities.count)
        var remaining = trials
        for i in 0..<(probabilities.count - 1) where remaining > 0 {
            let conditional = tail[i] > 0 ? min(1, probabilities[i] / tail[i]) : 0
            let k = try nextBinomial(trials: remaining, probability: conditional)
            counts[i] = k
            remaining -= k
        }
        counts[probabilities.count - 1] += remaining
        return counts
    }
}
