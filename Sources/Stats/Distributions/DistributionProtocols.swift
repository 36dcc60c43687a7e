/// A univariate continuous distribution with accurate tails.
///
/// `survival(x)` is P(X > x) computed directly (not as 1 − cdf), and `inverseSurvival(q)`
/// solves survival(x) = q, so upper-tail probabilities down to 1e-300 keep their digits.
public protocol ContinuousDistribution: Sendable {
    /// The probability density f(x).
    func pdf(_ x: Double) -> Double
    /// ln f(x), finite far into the tails where f(x) underflows.
    func logPdf(_ x: Double) -> Double
    /// The distribution function F(x) = P(X ≤ x).
    func cdf(_ x: Double) -> Double
    /// The survival function S(x) = P(X > x) = 1 − F(x), accurate in the upper tail.
    func survival(_ x: Double) -> Double
    /// The quantile F⁻¹(p) = inf{x : F(x) ≥ p}; throws `StatsError.invalidParameter` unless 0 ≤ p ≤ 1.
    func quantile(_ p: Double) throws -> Double
    /// The x with S(x) = q; throws `StatsError.invalidParameter` unless 0 ≤ q ≤ 1.
    func inverseSurvival(_ q: Double) throws -> Double
    /// E[X] (NaN or ∞ where it does not exist).
    var mean: Double { get }
    /// Var[X] (NaN or ∞ where it does not exist).
    var variance: Double { get }
}

/// A distribution on the integers with accurate tails.
public protocol DiscreteDistribution: Sendable {
    /// The probability mass P(X = k).
    func pmf(_ k: Int) -> Double
    /// ln P(X = k).
    func logPmf(_ k: Int) -> Double
    /// P(X ≤ k).
    func cdf(_ k: Int) -> Double
    /// P(X > k), computed directly.
    func survival(_ k: Int) -> Double
    /// The smallest k with cdf(k) ≥ p; throws `StatsError.invalidParameter` unless 0 ≤ p ≤ 1.
    func quantile(_ p: Double) throws -> Int
    /// The smallest k with survival(k) ≤ q; throws `StatsError.invalidParameter` unless 0 ≤ q ≤ 1.
    func inverseSurvival(_ q: Double) throws -> Int
    /// E[X].
    var mean: Double { get }
    /// Var[X].
    var variance: Double { get }
}

/// Throws unless `p` is a probability in [0, 1].
func checkProbability(_ p: Double, _ name: String = "probability") throws {
    guard p >= 0 && p <= 1 else {
        throw StatsError.invalidParameter("\(name) must be in [0, 1], got \(p)")
    }
}
