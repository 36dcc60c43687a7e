import Foundation
import Linalg

/// Joint maximum likelihood of the NB2 regression (μ = exp(xᵀβ + o), Var y = μ + αμ²) in (β, α), as
/// statsmodels' discrete `NegativeBinomial(loglike_method="nb2")`.
///
/// Log-likelihood per observation, with a = 1/α:
/// ℓ = y log(αμ) − (y + a) log(1 + αμ) + log Γ(y + a) − log Γ(a) − log Γ(y + 1).
/// Newton–Raphson on (β, log α) from the Poisson fit, with the analytic gradient and observed Hessian
/// (Levenberg damping when −H is not positive definite, step halving when ℓ would decrease); stops when
/// the largest step is below `tolerance`·(1 + |θ|). The covariance is the inverse observed information in
/// (β, α), statsmodels' `cov_params()`; `scores` gives the per-observation scores for robust covariances.
/// Reference: Cameron & Trivedi, Regression Analysis of Count Data, 2nd ed. (2013), §3.3;
/// Lawless (1987) Canadian Journal of Statistics 15:3.
/// Complexity: O(iterations · n k²).
struct NegativeBinomialML: Sendable {
    /// Columns of the design used (collinear ones dropped by the Poisson start).
    let kept: [Int]
    /// β̂ over the kept columns.
    let beta: [Double]
    /// α̂.
    let alpha: Double
    /// Inverse observed information, order (β, α).
    let covariance: Matrix
    /// Log-likelihood at the maximum.
    let logLikelihood: Double
    /// Newton iterations and the largest parameter change of the last one.
    let iterations: Int, lastChange: Double

    init(x: Matrix, y: [Double], offset: [Double], maxIterations: Int, tolerance: Double) throws {
        let n = y.count
        let poisson = try IRLS(x: x, y: y, offset: offset, priorWeights: [Double](repeating: 1, count: n),
                               distribution: GLMDistribution(family: .poisson, link: .log), maxIterations: maxIterations,
                               tolerance: 1e-10, method: "IRLS for the Poisson start of the negative binomial")
        let xk = try LeastSquaresSolution.columns(x, poisson.solution.kept)
        let k = xk.columns
        var moment = 0.0
        for i in 0..<n { moment += ((y[i] - poisson.mu[i]) * (y[i] - poisson.mu[i]) - poisson.mu[i]) / (poisson.mu[i] * poisson.mu[i]) }
        var theta = poisson.solution.beta + [Foundation.log(min(max(moment / Double(max(n - k, 1)), 0.01), 100))]
        var current = try NegativeBinomialML.evaluate(xk, y, offset, theta)
        var iterations = 0, change = Double.infinity
        while iterations < maxIterations {
            iterations += 1
            // τ = log α parameterization: g_τ = α g_α, H_ττ = α² H_αα + α g_α, H_βτ = α H_βα.
            let a = Foundation.exp(theta[k])
            var g = current.gradient, h = current.hessian
            g[k] *= a
            for j in 0..<k { h[j, k] *= a; h[k, j] *= a }
            h[k, k] = a * a * h[k, k] + a * current.gradient[k]
            var negH = Matrix(rows: k + 1, columns: k + 1)
            for i in 0...k { for j in 0...k { negH[i, j] = -h[i, j] } }
            var step: [Double]? = nil
            var damping = 0.0
            while step == nil, damping < 1e12 {
                var m = negH
                for i in 0...k { m[i, i] += damping * max(1, abs(negH[i, i])) }
                step = try? Cholesky(m).solve(g)
                damping = damping == 0 ? 1e-8 : damping * 10
            }
            guard var delta = step else { break }
            var trial = zip(theta, delta).map(+)
            var next = try NegativeBinomialML.evaluate(xk, y, offset, trial)
            var halvings = 0
            while !(next.logLikelihood >= current.logLikelihood - 1e-12 * abs(current.logLikelihood)), halvings < 40 {
                delta = delta.map { $0 / 2 }
                trial = zip(theta, delta).map(+)
                next = try NegativeBinomialML.evaluate(xk, y, offset, trial)
                halvings += 1
            }
            change = zip(delta, theta).map { abs($0) / (1 + abs($1)) }.max() ?? 0
            theta = trial
            current = next
            if change <= tolerance { break }
        }
        guard change <= tolerance else {
            throw ModelError.iterationLimit(method: "Newton for the negative binomial", iterations: iterations, lastChange: change)
        }
        var information = Matrix(rows: k + 1, columns: k + 1)
        for i in 0...k { for j in 0...k { information[i, j] = -current.hessian[i, j] } }
        self.kept = poisson.solution.kept
        self.beta = Array(theta.prefix(k))
        self.alpha = Foundation.exp(theta[k])
        self.covariance = try Cholesky(information).inverse()
        self.logLikelihood = current.logLikelihood
        self.iterations = iterations
        self.lastChange = change
    }

    /// ∂ℓᵢ/∂a and ∂²ℓᵢ/∂a² for a = 1/α (ψ, ψ′: digamma, trigamma).
    static func alphaTerms(_ y: Double, _ mu: Double, _ a: Double, digammaA: Double, trigammaA: Double)
        -> (Double, Double) {
        let dA = Polygamma.digamma(y + a) - digammaA + Foundation.log(a / (a + mu)) + (mu - y) / (a + mu)
        let d2A = Polygamma.trigamma(y + a) - trigammaA + 1 / a - 1 / (a + mu) - (mu - y) / ((a + mu) * (a + mu))
        return (dA, d2A)
    }

    /// Per-observation scores at the estimate, n × (k + 1): ∂ℓᵢ/∂β = xᵢ(yᵢ − μᵢ)/(1 + αμᵢ) and
    /// ∂ℓᵢ/∂α = −a²·∂ℓᵢ/∂a (statsmodels' `NegativeBinomial.score_obs`, nb2).
    /// - Parameter x: the kept design columns (`kept`).
    func scores(x: Matrix, y: [Double], offset: [Double]) throws -> Matrix {
        let n = y.count, k = x.columns, a = 1 / alpha
        let eta = try gemv(x, beta)
        let digammaA = Polygamma.digamma(a), trigammaA = Polygamma.trigamma(a)
        var columnMajor = [Double](repeating: 0, count: n * (k + 1))
        for i in 0..<n {
            let mu = Foundation.exp(min(eta[i] + offset[i], 700))
            let r = (y[i] - mu) / (1 + alpha * mu)
            for j in 0..<k { columnMajor[i + j * n] = x[i, j] * r }
            columnMajor[i + k * n] = -a * a * NegativeBinomialML.alphaTerms(y[i], mu, a, digammaA: digammaA,
                                                                             trigammaA: trigammaA).0
        }
        return try Matrix(rows: n, columns: k + 1, columnMajor: columnMajor)
    }

    /// Log-likelihood, gradient and Hessian in (β, α) at θ = (β, log α).
    static func evaluate(_ x: Matrix, _ y: [Double], _ offset: [Double], _ theta: [Double]) throws
        -> (logLikelihood: Double, gradient: [Double], hessian: Matrix) {
        let n = y.count, k = x.columns
        let alpha = Foundation.exp(theta[k]), a = 1 / alpha
        var eta = try gemv(x, Array(theta.prefix(k)))
        var ll = 0.0, gAlpha = 0.0, hAlpha = 0.0
        var score = [Double](repeating: 0, count: n), curvature = [Double](repeating: 0, count: n)
        var cross = [Double](repeating: 0, count: n)
        let digammaA = Polygamma.digamma(a), trigammaA = Polygamma.trigamma(a)
        let lgammaA: Double = Foundation.lgamma(a)
        for i in 0..<n {
            eta[i] += offset[i]
            let mu = Foundation.exp(min(eta[i], 700)), yi = y[i]
            let d = 1 + alpha * mu
            ll += (yi == 0 ? 0 : yi * Foundation.log(alpha * mu)) - (yi + a) * Foundation.log1p(alpha * mu)
                + Foundation.lgamma(yi + a) - lgammaA - Foundation.lgamma(yi + 1)
            score[i] = (yi - mu) / d
            curvature[i] = mu * (1 + alpha * yi) / (d * d)
            cross[i] = mu * (yi - mu) / (d * d)
            let (dA, d2A) = alphaTerms(yi, mu, a, digammaA: digammaA, trigammaA: trigammaA)
            gAlpha += -a * a * dA
            hAlpha += a * a * a * a * d2A + 2 * a * a * a * dA
        }
        var gradient = try gemv(x, score, transpose: .transpose)
        gradient.append(gAlpha)
        let xtc = try gemv(x, cross, transpose: .transpose)
        let weighted = try SandwichCovariance.scaledRows(x, curvature.map { $0.squareRoot() })
        let xwx = syrk(weighted, transpose: .transpose)
        var hessian = Matrix(rows: k + 1, columns: k + 1)
        for i in 0..<k {
            for j in 0..<k { hessian[i, j] = -xwx[i, j] }
            hessian[i, k] = -xtc[i]
            hessian[k, i] = -xtc[i]
        }
        hessian[k, k] = hAlpha
        return (ll, gradient, hessian)
    }
}
