import Foundation

/// Diffusion curves of station coverage c(t) over time (t in years), with parameters θ:
///
/// | curve | c(t) | θ |
/// |---|---|---|
/// | `.logistic` | K / (1 + e^{−r(t − t₀)}) | (K, r, t₀): ceiling, growth rate per year, midpoint year |
/// | `.gompertz` | K·exp(−e^{−r(t − t₀)}) | (K, r, t₀): ceiling, rate, inflection year |
/// | `.bass` | m (1 − e^{−(p+q)s}) / (1 + (q/p) e^{−(p+q)s}), s = t − origin | (m, p, q): ceiling, innovation, imitation |
///
/// The Bass curve is cumulative adoption starting from 0 at `origin` (by default one year before the first
/// observation). Reference: Bass (1969) Management Science 15:5; Meade & Islam (2006) Int. J. Forecasting 22:3.
public enum DiffusionCurve: String, Sendable, Hashable, Codable, CaseIterable {
    case logistic, gompertz, bass

    /// Parameter names in order.
    public var parameterNames: [String] {
        switch self {
        case .logistic, .gompertz: return ["K", "r", "t0"]
        case .bass: return ["m", "p", "q"]
        }
    }

    /// c(t; θ) and its gradient with respect to θ and to t.
    func evaluate(_ t: Double, _ theta: [Double], origin: Double) -> (value: Double, gradient: [Double], slope: Double) {
        switch self {
        case .logistic:
            let (k, r, t0) = (theta[0], theta[1], theta[2])
            let e = Foundation.exp(-r * (t - t0)), f = 1 / (1 + e)
            let df = f * f * e                       // d f / d(r(t − t₀))
            return (k * f, [f, k * df * (t - t0), -k * df * r], k * df * r)
        case .gompertz:
            let (k, r, t0) = (theta[0], theta[1], theta[2])
            let e = Foundation.exp(-r * (t - t0)), g = Foundation.exp(-e)
            return (k * g, [g, k * g * e * (t - t0), -k * g * e * r], k * g * e * r)
        case .bass:
            let (m, p, q) = (theta[0], theta[1], theta[2])
            let s = t - origin, b = p + q, e = Foundation.exp(-b * s)
            let num = 1 - e, den = 1 + (q / p) * e, f = num / den
            // ∂f/∂p and ∂f/∂q through b and q/p.
            let dNumDb = s * e, dDenDb = -(q / p) * s * e
            let dfDb = (dNumDb * den - num * dDenDb) / (den * den)
            let dfDratio = -num * e / (den * den)
            let dfDp = dfDb + dfDratio * (-q / (p * p)), dfDq = dfDb + dfDratio / p
            let dfDs = (b * e * den - num * (-(q / p) * b * e)) / (den * den)
            return (m * f, [f, m * dfDp, m * dfDq], m * dfDs)
        }
    }

    /// Starting values from the data: ceiling a little above the largest coverage, midpoint where coverage
    /// is nearest half the ceiling.
    func start(time: [Double], coverage: [Double], origin: Double) -> [Double] {
        let top = (coverage.max() ?? 1) * 1.05
        let mid = zip(time, coverage).min { abs($0.1 - top / 2) < abs($1.1 - top / 2) }?.0 ?? (time.first ?? 0)
        switch self {
        case .logistic, .gompertz: return [top, 1, mid]
        case .bass: return [top, 0.03, 0.4]
        }
    }
}
