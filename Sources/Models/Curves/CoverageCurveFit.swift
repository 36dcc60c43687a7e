import Foundation
import Linalg
import Stats

/// A diffusion curve fitted to coverage over time by least squares (`CoverageCurveModel`).
///
/// Standard errors as `scipy.optimize.curve_fit(absolute_sigma=False)`: cov(θ̂) = σ̂²(JᵀJ)⁻¹ with
/// σ̂² = SSR/(n − p) and J the Jacobian at θ̂. The year coverage reaches a target c* solves c(t*) = c*
/// (closed form for logistic and Gompertz, bisection for Bass); its standard error is the delta method
/// through the implicit function theorem, ∇t* = −∇_θ c(t*) / c′(t*), and the interval is t* ± z·se.
/// Reference: Seber & Wild, Nonlinear Regression (1989), §2.1, §5.1 (delta method).
public struct CoverageCurveFit: Sendable, Codable {
    /// The curve.
    public let curve: DiffusionCurve
    /// Group label (nil when pooled).
    public let group: String?
    /// Parameter names and estimates (order of `curve.parameterNames`).
    public let parameterNames: [String]
    public let estimates: [Double]
    /// Standard errors √diag(σ̂²(JᵀJ)⁻¹).
    public let standardErrors: [Double]
    /// Parameter covariance, row arrays.
    public let covarianceRows: [[Double]]
    /// σ̂² = SSR/(n − p) and the residual sum of squares.
    public let residualVariance: Double, ssr: Double
    /// Observations used.
    public let observationCount: Int
    /// Bass time origin (c = 0 there); unused by the other curves.
    public let origin: Double
    /// Levenberg–Marquardt iterations and the largest relative step of the last one.
    public let iterations: Int, lastChange: Double

    /// Fitted coverage at time t.
    public func predict(_ t: Double) -> Double { curve.evaluate(t, estimates, origin: origin).value }

    /// The time coverage reaches `target`, with a delta-method interval at `level`.
    /// - Returns: nil when the fitted ceiling is at or below the target (never reached).
    /// - Throws: `ModelError.invalidData` unless 0 < target and 0 < level < 1.
    public func timeToTarget(_ target: Double, level: Double = 0.95) throws
        -> (time: Double, standardError: Double, low: Double, high: Double)? {
        guard target > 0, level > 0, level < 1 else {
            throw ModelError.invalidData("the target must be positive and the level in (0, 1)")
        }
        let ceiling = estimates[0]
        guard ceiling > target else { return nil }
        let t: Double
        switch curve {
        case .logistic: t = estimates[2] - Foundation.log(ceiling / target - 1) / estimates[1]
        case .gompertz: t = estimates[2] - Foundation.log(-Foundation.log(target / ceiling)) / estimates[1]
        case .bass:
            var lo = origin, hi = origin + 1
            while predict(hi) < target, hi - origin < 1e4 { hi = origin + 2 * (hi - origin) }
            guard predict(hi) >= target else { return nil }
            for _ in 0..<200 {
                let mid = (lo + hi) / 2
                if predict(mid) < target { lo = mid } else { hi = mid }
            }
            t = (lo + hi) / 2
        }
        let e = curve.evaluate(t, estimates, origin: origin)
        let grad = e.gradient.map { -$0 / e.slope }
        var variance = 0.0
        for a in grad.indices { for b in grad.indices { variance += grad[a] * covarianceRows[a][b] * grad[b] } }
        let se = variance.squareRoot()
        let z = try Normal().quantile(0.5 + level / 2)
        return (t, se, t - z * se, t + z * se)
    }

    init(curve: DiffusionCurve, group: String?, time: [Double], coverage: [Double], origin: Double) throws {
        let n = time.count, p = curve.parameterNames.count
        guard n > p else { throw ModelError.tooFewObservations(needed: p, available: n) }
        let start = curve.start(time: time, coverage: coverage, origin: origin)
        let lm = try LevenbergMarquardt(start: start) { theta in
            var r = [Double](repeating: 0, count: n), j = Matrix(rows: n, columns: p)
            for i in 0..<n {
                let e = curve.evaluate(time[i], theta, origin: origin)
                r[i] = e.value - coverage[i]
                for k in 0..<p { j[i, k] = e.gradient[k] }
            }
            return (r, j)
        }
        let sigma2 = lm.ssr / Double(n - p)
        let cov = sigma2 * (try Cholesky(lm.jtj).inverse())
        self.curve = curve
        self.group = group
        self.parameterNames = curve.parameterNames
        self.estimates = lm.theta
        self.standardErrors = cov.diagonalElements.map { $0.squareRoot() }
        self.covarianceRows = cov.rowArrays
        self.residualVariance = sigma2
        self.ssr = lm.ssr
        self.observationCount = n
        self.origin = origin
        self.iterations = lm.iterations
        self.lastChange = lm.lastChange
    }
}
