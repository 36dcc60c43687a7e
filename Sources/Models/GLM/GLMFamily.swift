import Foundation

/// Exponential families of `GeneralizedLinearModel`.
///
/// | family | links | variance V(μ) | unit deviance d(y, μ) | scale φ |
/// |---|---|---|---|---|
/// | `.binomial` | logit (default), probit, cloglog | μ(1−μ) | 2[y log(y/μ) + (1−y) log((1−y)/(1−μ))] | 1 |
/// | `.poisson` | log | μ | 2[y log(y/μ) − (y − μ)] | 1 |
/// | `.negativeBinomial` (NB2) | log | μ + αμ² | 2[y log(y/μ) − (y + 1/α) log((1 + αy)/(1 + αμ))] | 1 |
/// | `.gamma` | log | μ² | 2[−log(y/μ) + (y − μ)/μ] | Pearson χ²/(n − k) |
///
/// Binomial responses are 0/1, proportions in [0, 1] (fractional responses, e.g. coverage rates: the
/// quasi-likelihood of Papke & Wooldridge 1996, statsmodels `GLM(Binomial())` on fractions), or success counts
/// with a trials column (prior weights nᵢ, as R's `cbind(successes, failures)`).
/// Reference: McCullagh & Nelder, Generalized Linear Models, 2nd ed. (1989), ch. 2, 4, 6, 8;
/// Cameron & Trivedi, Regression Analysis of Count Data, 2nd ed. (2013), §3.3 (NB2).
public enum GLMFamily: String, Sendable, Hashable, Codable, CaseIterable {
    /// Bernoulli / binomial outcomes (0/1, proportions, or successes out of trials).
    case binomial
    /// Counts y ∈ {0, 1, 2, …} (any y ≥ 0 is accepted, as pseudo-Poisson).
    case poisson
    /// Overdispersed counts, NB2 variance μ + αμ² (α estimated by maximum likelihood unless given).
    case negativeBinomial = "negative_binomial"
    /// Positive continuous outcomes with constant coefficient of variation (costs, durations).
    case gamma

    /// Fitted probabilities are kept in [ε, 1 − ε] (statsmodels clips the same way).
    static let epsilon = Double.ulpOfOne

    /// The family as statsmodels names it: `Binomial`, `Poisson`, `NegativeBinomial`, `Gamma`.
    public var displayName: String {
        switch self {
        case .binomial: return "Binomial"
        case .poisson: return "Poisson"
        case .negativeBinomial: return "NegativeBinomial"
        case .gamma: return "Gamma"
        }
    }

    /// The default link: logit for the binomial, log otherwise (statsmodels' Gamma default is the inverse
    /// power link, which StationKit does not offer; coverage and cost models use the log link).
    public var defaultLink: GLMLink { self == .binomial ? .logit : .log }

    /// The links this family accepts.
    public var allowedLinks: [GLMLink] { self == .binomial ? [.logit, .probit, .cloglog] : [.log] }

    /// The canonical link as statsmodels names it (kept for reports of the default link).
    public var linkName: String { defaultLink.displayName }

    /// Checks the response is in the family's support.
    /// - Parameter trials: binomial trials per row (nil: responses must lie in [0, 1]).
    /// - Throws: `ModelError.invalidData` naming the first bad row (1-based among the rows used).
    func validate(_ y: [Double], trials: [Double]?) throws {
        func bad(_ i: Int, _ what: String) -> ModelError {
            ModelError.invalidData("\(what); row \(i + 1) of the rows used has \(y[i])")
        }
        for (i, v) in y.enumerated() {
            switch self {
            case .binomial:
                if let trials {
                    let n = trials[i]
                    guard n > 0, n.isFinite else {
                        throw ModelError.invalidData("binomial trials must be positive; row \(i + 1) of the rows used has \(n)")
                    }
                    if v < 0 || v > n { throw bad(i, "binomial successes must lie between 0 and the trials (\(n))") }
                } else if v < 0 || v > 1 {
                    throw bad(i, "a binomial response must be 0/1 or a proportion in [0, 1] (give counts with trials)")
                }
            case .poisson, .negativeBinomial:
                if v < 0 { throw bad(i, "a \(displayName) response must be non-negative") }
            case .gamma:
                if !(v > 0) { throw bad(i, "a Gamma response must be positive") }
            }
        }
    }
}

/// A family with its link and (negative binomial) α: the IRLS ingredients and likelihood.
struct GLMDistribution: Sendable {
    let family: GLMFamily
    let link: GLMLink
    /// NB2 dispersion α (unused by other families).
    var alpha: Double = 0

    /// μ = g⁻¹(η), clipped to the family's open support.
    func mean(_ eta: Double) -> Double {
        let mu = link.inverse(eta)
        if family == .binomial { return min(max(mu, GLMFamily.epsilon), 1 - GLMFamily.epsilon) }
        return max(mu, Double.leastNormalMagnitude)
    }

    /// V(μ).
    func variance(_ mu: Double) -> Double {
        switch family {
        case .binomial: return mu * (1 - mu)
        case .poisson: return mu
        case .negativeBinomial: return mu + alpha * mu * mu
        case .gamma: return mu * mu
        }
    }

    /// V′(μ).
    func varianceDerivative(_ mu: Double) -> Double {
        switch family {
        case .binomial: return 1 - 2 * mu
        case .poisson: return 1
        case .negativeBinomial: return 1 + 2 * alpha * mu
        case .gamma: return 2 * mu
        }
    }

    /// Unit deviance d(y, μ) (0·log 0 = 0).
    func unitDeviance(_ y: Double, _ mu: Double) -> Double {
        switch family {
        case .binomial: return 2 * (xlogy(y, y / mu) + xlogy(1 - y, (1 - y) / (1 - mu)))
        case .poisson: return 2 * (xlogy(y, y / mu) - (y - mu))
        case .negativeBinomial:
            return 2 * (xlogy(y, y / mu) - (y + 1 / alpha) * Foundation.log((1 + alpha * y) / (1 + alpha * mu)))
        case .gamma: return 2 * (-Foundation.log(y / mu) + (y - mu) / mu)
        }
    }

    /// Log-likelihood of one observation with prior weight (binomial trials) `n` and scale φ, as statsmodels'
    /// `loglike_obs` (binomial: log C(n, ny) + ny log μ + n(1−y) log(1−μ) for a proportion y).
    func logLikelihood(_ y: Double, _ mu: Double, n: Double, scale: Double) -> Double {
        switch family {
        case .binomial:
            let s = n * y
            return Foundation.lgamma(n + 1) - Foundation.lgamma(s + 1) - Foundation.lgamma(n - s + 1)
                + xlogy(s, mu) + xlogy(n - s, 1 - mu)
        case .poisson: return xlogy(y, mu) - mu - Foundation.lgamma(y + 1)
        case .negativeBinomial:
            let a = 1 / alpha
            return xlogy(y, alpha * mu) - (y + a) * Foundation.log1p(alpha * mu) + Foundation.lgamma(y + a)
                - Foundation.lgamma(a) - Foundation.lgamma(y + 1)
        case .gamma:
            let w = 1 / scale, r = y / mu
            return w * Foundation.log(w * r) - w * r - Foundation.lgamma(w) - Foundation.log(y)
        }
    }

    /// Starting mean for IRLS (statsmodels: (y + ½)/2 for binomial, (y + ȳ)/2 otherwise).
    func startingMean(_ y: Double, mean yBar: Double) -> Double {
        family == .binomial ? (y + 0.5) / 2 : (y + yBar) / 2
    }

    /// a·log b with 0·log b = 0.
    func xlogy(_ a: Double, _ b: Double) -> Double { a == 0 ? 0 : a * Foundation.log(b) }
}
