import Foundation

/// Exponential families with their canonical links, for `GeneralizedLinearModel`.
///
/// | family | link g(μ) | variance V(μ) | unit deviance d(y, μ) |
/// |---|---|---|---|
/// | `.binomial` (logit) | log(μ/(1−μ)) | μ(1−μ) | 2[y log(y/μ) + (1−y) log((1−y)/(1−μ))] |
/// | `.poisson` (log) | log μ | μ | 2[y log(y/μ) − (y − μ)] |
///
/// With a canonical link the IRLS weights are V(μ) and the working response η + (y − μ)/V(μ).
/// Reference: McCullagh & Nelder, Generalized Linear Models, 2nd ed. (1989), ch. 2 and 4.
public enum GLMFamily: String, Sendable, Hashable, Codable, CaseIterable {
    /// Bernoulli outcomes y ∈ {0, 1} with the logit link (logistic regression).
    case binomial
    /// Counts y ∈ {0, 1, 2, …} (any y ≥ 0 is accepted, as pseudo-Poisson) with the log link.
    case poisson

    /// Fitted probabilities are kept in [ε, 1 − ε] (statsmodels clips the same way).
    static let epsilon = Double.ulpOfOne

    /// The family as statsmodels names it: `Binomial` / `Poisson`.
    public var displayName: String { self == .binomial ? "Binomial" : "Poisson" }
    /// The canonical link as statsmodels names it: `Logit` / `Log`.
    public var linkName: String { self == .binomial ? "Logit" : "Log" }

    /// μ = g⁻¹(η).
    func mean(_ eta: Double) -> Double {
        switch self {
        case .binomial:
            let mu = 1 / (1 + Foundation.exp(-eta))
            return min(max(mu, GLMFamily.epsilon), 1 - GLMFamily.epsilon)
        case .poisson:
            return max(Foundation.exp(min(eta, 700)), Double.leastNormalMagnitude)
        }
    }

    /// η = g(μ).
    func link(_ mu: Double) -> Double {
        switch self {
        case .binomial: return Foundation.log(mu / (1 - mu))
        case .poisson: return Foundation.log(mu)
        }
    }

    /// V(μ).
    func variance(_ mu: Double) -> Double { self == .binomial ? mu * (1 - mu) : mu }

    /// Unit deviance d(y, μ) (0·log 0 = 0).
    func unitDeviance(_ y: Double, _ mu: Double) -> Double {
        func xlogy(_ a: Double, _ b: Double) -> Double { a == 0 ? 0 : a * Foundation.log(a / b) }
        switch self {
        case .binomial: return 2 * (xlogy(y, mu) + xlogy(1 - y, 1 - mu))
        case .poisson: return 2 * (xlogy(y, mu) - (y - mu))
        }
    }

    /// Log-likelihood contribution of one observation.
    func logLikelihood(_ y: Double, _ mu: Double) -> Double {
        switch self {
        case .binomial: return (y == 0 ? 0 : y * Foundation.log(mu)) + (y == 1 ? 0 : (1 - y) * Foundation.log(1 - mu))
        case .poisson: return (y == 0 ? 0 : y * Foundation.log(mu)) - mu - Foundation.lgamma(y + 1)
        }
    }

    /// Starting mean for IRLS (statsmodels: (y + ½)/2 for binomial, (y + ȳ)/2 otherwise).
    func startingMean(_ y: Double, mean yBar: Double) -> Double {
        self == .binomial ? (y + 0.5) / 2 : (y + yBar) / 2
    }

    /// Checks the response is in the family's support.
    /// - Throws: `ModelError.invalidData` naming the first bad row (1-based among the rows used).
    func validate(_ y: [Double]) throws {
        for (i, v) in y.enumerated() {
            switch self {
            case .binomial where v != 0 && v != 1:
                throw ModelError.invalidData("a logit/binomial response must be 0 or 1; row \(i + 1) of the rows used has \(v)")
            case .poisson where v < 0:
                throw ModelError.invalidData("a Poisson response must be non-negative; row \(i + 1) of the rows used has \(v)")
            default: continue
            }
        }
    }
}
