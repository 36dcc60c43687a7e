import Foundation

/// Link functions η = g(μ) of `GeneralizedLinearModel`.
///
/// | link | g(μ) | μ = g⁻¹(η) | dμ/dη |
/// |---|---|---|---|
/// | `.logit` | log(μ/(1−μ)) | 1/(1+e^−η) | μ(1−μ) |
/// | `.probit` | Φ⁻¹(μ) | Φ(η) | φ(η) |
/// | `.cloglog` | log(−log(1−μ)) | 1 − exp(−e^η) | exp(η − e^η) |
/// | `.log` | log μ | e^η | e^η |
///
/// Reference: McCullagh & Nelder, Generalized Linear Models, 2nd ed. (1989), §4.3; statsmodels 0.15
/// `genmod.families.links` (names as statsmodels prints them: Logit, Probit, CLogLog, Log).
public enum GLMLink: String, Sendable, Hashable, Codable, CaseIterable {
    /// Logistic (canonical for the binomial).
    case logit
    /// Inverse standard normal CDF.
    case probit
    /// Complementary log-log (asymmetric; a proportional-hazards model of grouped time to coverage).
    case cloglog
    /// Natural logarithm (canonical for the Poisson; used for the negative binomial and Gamma).
    case log

    /// The link as statsmodels names it in summaries.
    public var displayName: String {
        switch self {
        case .logit: return "Logit"
        case .probit: return "Probit"
        case .cloglog: return "CLogLog"
        case .log: return "Log"
        }
    }

    /// μ = g⁻¹(η) (unclipped).
    func inverse(_ eta: Double) -> Double {
        switch self {
        case .logit: return 1 / (1 + Foundation.exp(-eta))
        case .probit: return 0.5 * Foundation.erfc(-eta / 2.0.squareRoot())
        case .cloglog: return -Foundation.expm1(-Foundation.exp(eta))
        case .log: return Foundation.exp(min(eta, 700))
        }
    }

    /// dμ/dη at η.
    func meanDerivative(_ eta: Double) -> Double {
        switch self {
        case .logit:
            let m = inverse(eta)
            return m * (1 - m)
        case .probit: return Foundation.exp(-eta * eta / 2) / (2 * Double.pi).squareRoot()
        case .cloglog: return Foundation.exp(eta - Foundation.exp(eta))
        case .log: return Foundation.exp(min(eta, 700))
        }
    }

    /// d²μ/dη² at η.
    func meanSecondDerivative(_ eta: Double) -> Double {
        switch self {
        case .logit:
            let m = inverse(eta)
            return m * (1 - m) * (1 - 2 * m)
        case .probit: return -eta * meanDerivative(eta)
        case .cloglog: return (1 - Foundation.exp(eta)) * meanDerivative(eta)
        case .log: return Foundation.exp(min(eta, 700))
        }
    }

    /// η = g(μ).
    func callAsFunction(_ mu: Double) -> Double {
        switch self {
        case .logit: return Foundation.log(mu / (1 - mu))
        case .probit: return GLMLink.normalQuantile(mu)
        case .cloglog: return Foundation.log(-Foundation.log1p(-mu))
        case .log: return Foundation.log(mu)
        }
    }

    /// Φ⁻¹(p) by Acklam's rational approximation refined by one Halley step (|error| < 1e-15 relative),
    /// only used for IRLS starting values and the null model.
    static func normalQuantile(_ p: Double) -> Double {
        let a = [-3.969683028665376e+01, 2.209460984245205e+02, -2.759285104469687e+02, 1.383577518672690e+02,
                 -3.066479806614716e+01, 2.506628277459239e+00]
        let b = [-5.447609879822406e+01, 1.615858368580409e+02, -1.556989798598866e+02, 6.680131188771972e+01,
                 -1.328068155288572e+01]
        let c = [-7.784894002430293e-03, -3.223964580411365e-01, -2.400758277161838e+00, -2.549732539343734e+00,
                 4.374664141464968e+00, 2.938163982698783e+00]
        let d = [7.784695709041462e-03, 3.224671290700398e-01, 2.445134137142996e+00, 3.754408661907416e+00]
        let low = 0.02425
        var x: Double
        if p < low {
            let q = (-2 * Foundation.log(p)).squareRoot()
            x = (((((c[0] * q + c[1]) * q + c[2]) * q + c[3]) * q + c[4]) * q + c[5]) / ((((d[0] * q + d[1]) * q + d[2]) * q + d[3]) * q + 1)
        } else if p <= 1 - low {
            let q = p - 0.5, r = q * q
            x = (((((a[0] * r + a[1]) * r + a[2]) * r + a[3]) * r + a[4]) * r + a[5]) * q
                / (((((b[0] * r + b[1]) * r + b[2]) * r + b[3]) * r + b[4]) * r + 1)
        } else {
            let q = (-2 * Foundation.log1p(-p)).squareRoot()
            x = -(((((c[0] * q + c[1]) * q + c[2]) * q + c[3]) * q + c[4]) * q + c[5]) / ((((d[0] * q + d[1]) * q + d[2]) * q + d[3]) * q + 1)
        }
        let e = 0.5 * Foundation.erfc(-x / 2.0.squareRoot()) - p
        let u = e * (2 * Double.pi).squareRoot() * Foundation.exp(x * x / 2)
        return x - u / (1 + x * u / 2)
    }
}
