import RealModule

/// The binomial distribution: successes in n independent trials with probability p,
/// P(X = k) = C(n, k) pᵏ (1 − p)ⁿ⁻ᵏ, k = 0…n.
///
/// - pmf: Loader's saddle-point algorithm (`dbinom`), relative accuracy ~1e-15 even for
///   n = 10⁹ and far tails.
/// - cdf(k) = I_{1−p}(n − k, k + 1) and survival(k) = I_p(k + 1, n − k), regularized incomplete
///   beta (DLMF 8.17.5, 8.17.22), each computed directly so both tails keep relative accuracy.
/// - Quantiles: smallest k with cdf(k) ≥ p (or survival(k) ≤ q), galloping search from a
///   Cornish–Fisher start.
public struct Binomial: DiscreteDistribution, Sendable, Equatable {
    /// n ≥ 0.
    public let trials: Int
    /// p in [0, 1].
    public let probability: Double

    /// Creates Binomial(n, p).
    /// - Parameters:
    ///   - trials: n ≥ 0.
    ///   - probability: p in [0, 1].
    /// - Throws: `StatsError.invalidParameter` if n < 0 or p is outside [0, 1] (or NaN).
    public init(trials: Int, probability: Double) throws {
        guard trials >= 0 else { throw StatsError.invalidParameter("binomial trials must be ≥ 0, got \(trials)") }
        try checkProbability(probability, "binomial probability")
        self.trials = trials
        self.probability = probability
    }

    /// np.
    public var mean: Double { Double(trials) * probability }
    /// np(1 − p).
    public var variance: Double { Double(trials) * probability * (1 - probability) }

    /// P(X = k); 0 outside 0…n.
    public func pmf(_ k: Int) -> Double { Double.exp(logPmf(k)) }

    /// ln P(X = k) by Loader's saddle-point form; −∞ outside 0…n.
    public func logPmf(_ k: Int) -> Double {
        guard k >= 0 && k <= trials else { return -.infinity }
        return SpecialFunctions.logBinomialTerm(Double(k), Double(trials - k), probability, 1 - probability)
    }

    /// (P(X ≤ k), P(X > k)).
    private func tails(_ k: Int) -> (lower: Double, upper: Double) {
        if k < 0 { return (0, 1) }
        if k >= trials { return (1, 0) }
        if probability == 0 { return (1, 0) }
        if probability == 1 { return (0, 1) }
        // P(X ≤ k) = I_{1−p}(n − k, k + 1).
        return SpecialFunctions.incompleteBeta(Double(trials - k), Double(k + 1), 1 - probability, probability)
    }

    /// P(X ≤ k).
    public func cdf(_ k: Int) -> Double { tails(k).lower }

    /// P(X > k), computed directly.
    public func survival(_ k: Int) -> Double { tails(k).upper }

    /// The smallest k with P(X ≤ k) ≥ p (p = 0 gives the lowest k with positive mass).
    /// - Throws: `StatsError.invalidParameter` unless 0 ≤ p ≤ 1.
    public func quantile(_ p: Double) throws -> Int {
        try checkProbability(p)
        if p <= 0.5 {
            return DiscreteInversion.smallest(from: guess(p), lower: 0, upper: trials) { cdf($0) >= p }
        }
        let q = 1 - p
        return DiscreteInversion.smallest(from: guess(p), lower: 0, upper: trials) { survival($0) <= q }
    }

    /// The smallest k with P(X > k) ≤ q.
    /// - Throws: `StatsError.invalidParameter` unless 0 ≤ q ≤ 1.
    public func inverseSurvival(_ q: Double) throws -> Int {
        try checkProbability(q)
        return DiscreteInversion.smallest(from: guess(1 - q), lower: 0, upper: trials) { survival($0) <= q }
    }

    private func guess(_ p: Double) -> Int {
        let sd = variance.squareRoot()
        let skew = sd > 0 ? (1 - 2 * probability) / sd : 0
        return DiscreteInversion.cornishFisherGuess(p: p, mean: mean, sd: sd, skewness: skew)
    }
}
