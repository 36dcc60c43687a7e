import RealModule

/// The Poisson distribution with mean λ: P(X = k) = e^(−λ) λᵏ / k!, k = 0, 1, ….
///
/// - pmf: Loader's saddle-point algorithm (`dpois`), accurate for λ from 1e-300 to 1e15.
/// - cdf(k) = Q(k + 1, λ) and survival(k) = P(k + 1, λ), regularized incomplete gamma
///   (DLMF 8.4.10), each computed directly.
/// - Quantiles: smallest k with cdf(k) ≥ p (or survival(k) ≤ q), galloping search from a
///   Cornish–Fisher start.
public struct Poisson: DiscreteDistribution, Sendable, Equatable {
    /// λ ≥ 0.
    public let mean: Double

    /// Creates Poisson(λ).
    /// - Parameter mean: λ ≥ 0 and finite (λ = 0 is the point mass at 0).
    /// - Throws: `StatsError.invalidParameter` if λ is negative, NaN or infinite.
    public init(mean: Double) throws {
        guard mean >= 0 && mean.isFinite else {
            throw StatsError.invalidParameter("Poisson mean must be non-negative and finite, got \(mean)")
        }
        self.mean = mean
    }

    /// λ.
    public var variance: Double { mean }

    /// P(X = k); 0 for k < 0.
    public func pmf(_ k: Int) -> Double { Double.exp(logPmf(k)) }

    /// ln P(X = k) = −δ(k) − bd0(k, λ) − ½ ln(2πk) (Loader); −∞ for k < 0.
    public func logPmf(_ k: Int) -> Double {
        guard k >= 0 else { return -.infinity }
        return SpecialFunctions.logPoissonTerm(Double(k), mean)
    }

    private func tails(_ k: Int) -> (lower: Double, upper: Double) {
        if k < 0 { return (0, 1) }
        if mean == 0 { return (1, 0) }
        let pq = SpecialFunctions.incompleteGamma(Double(k) + 1, mean)
        return (pq.upper, pq.lower)  // P(X ≤ k) = Q(k + 1, λ)
    }

    /// P(X ≤ k).
    public func cdf(_ k: Int) -> Double { tails(k).lower }

    /// P(X > k), computed directly.
    public func survival(_ k: Int) -> Double { tails(k).upper }

    /// The smallest k with P(X ≤ k) ≥ p; p = 1 gives `Int.max` (the support is unbounded).
    /// - Throws: `StatsError.invalidParameter` unless 0 ≤ p ≤ 1.
    public func quantile(_ p: Double) throws -> Int {
        try checkProbability(p)
        if p == 1 { return mean == 0 ? 0 : Int.max }
        if p <= 0.5 {
            return DiscreteInversion.smallest(from: guess(p), lower: 0, upper: Int.max) { cdf($0) >= p }
        }
        let q = 1 - p
        return DiscreteInversion.smallest(from: guess(p), lower: 0, upper: Int.max) { survival($0) <= q }
    }

    /// The smallest k with P(X > k) ≤ q; q = 0 gives `Int.max`.
    /// - Throws: `StatsError.invalidParameter` unless 0 ≤ q ≤ 1.
    public func inverseSurvival(_ q: Double) throws -> Int {
        try checkProbability(q)
        if q == 0 { return mean == 0 ? 0 : Int.max }
        return DiscreteInversion.smallest(from: guess(1 - q), lower: 0, upper: Int.max) { survival($0) <= q }
    }

    private func guess(_ p: Double) -> Int {
        let sd = mean.squareRoot()
        return DiscreteInversion.cornishFisherGuess(p: p, mean: mean, sd: sd, skewness: sd > 0 ? 1 / sd : 0)
    }
}
