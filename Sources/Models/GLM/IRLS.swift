import Foundation
import Linalg

/// Iteratively reweighted least squares for a GLM with any link and an offset.
///
/// Each step solves the weighted least-squares problem of the working response
/// z = (η − o) + (y − μ)·g′(μ) with weights w = pᵢ / (V(μ) g′(μ)²) (pᵢ: prior weights, e.g. binomial trials)
/// by pivoted QR, then η = Xβ + o. It stops when the deviance changes by less than tol·(|D| + 0.1)
/// (R's `glm.control` rule). Reference: McCullagh & Nelder (1989) §2.5; Green (1984) JRSS B 46:2.
/// Complexity: O(iterations · n p²).
struct IRLS: Sendable {
    /// The weighted least-squares solution of the last step (at the converged weights).
    let solution: LeastSquaresSolution
    /// Fitted means and linear predictor (including the offset).
    let mu: [Double], eta: [Double]
    /// Deviance Σ pᵢ d(yᵢ, μᵢ).
    let deviance: Double
    /// Iterations used.
    let iterations: Int
    /// |ΔD| of the last iteration.
    let lastChange: Double

    /// Runs IRLS to convergence.
    /// - Throws: `ModelError.iterationLimit` with the iterations and the last deviance change.
    init(x: Matrix, y: [Double], offset: [Double], priorWeights p: [Double], distribution d: GLMDistribution,
         maxIterations: Int, tolerance: Double, method: String) throws {
        let yBar = zip(y, p).reduce(0) { $0 + $1.0 * $1.1 } / p.reduce(0, +)
        var mu = y.map { d.startingMean($0, mean: yBar) }
        var eta = mu.map { d.link($0) }
        var deviance = IRLS.deviance(y, mu, p, d)
        var iterations = 0, change = Double.infinity
        // The first step runs the rank-revealing pivoted QR and fixes the kept columns; later steps solve the
        // weighted problem on those columns by unpivoted blocked QR (dgels: BLAS-3, no explicit Q, leverage or
        // inverse), which is several times faster on large designs, falling back to the full step if it reports
        // rank deficiency. The covariance always comes from the full step at the converged weights (below).
        var keptColumns: Matrix?
        while iterations < maxIterations {
            iterations += 1
            if let xk = keptColumns, let fast = try? IRLS.fastStep(xk, y: y, mu: mu, eta: eta, offset: offset,
                                                                     priorWeights: p, distribution: d) {
                eta = fast
            } else {
                let s = try IRLS.step(x, y: y, mu: mu, eta: eta, offset: offset, priorWeights: p, distribution: d)
                keptColumns = s.solution.kept.count == x.columns ? x : try LeastSquaresSolution.columns(x, s.solution.kept)
                eta = s.eta
            }
            mu = eta.map(d.mean)
            let newDeviance = IRLS.deviance(y, mu, p, d)
            change = abs(newDeviance - deviance)
            deviance = newDeviance
            if change <= tolerance * (abs(newDeviance) + 0.1) { break }
        }
        guard change <= tolerance * (abs(deviance) + 0.1), iterations > 0 else {
            throw ModelError.iterationLimit(method: method, iterations: iterations, lastChange: change)
        }
        // Weights and covariance at the converged mean.
        let last = try IRLS.step(x, y: y, mu: mu, eta: eta, offset: offset, priorWeights: p, distribution: d)
        self.solution = last.solution
        self.mu = mu
        self.eta = eta
        self.deviance = deviance
        self.iterations = iterations
        self.lastChange = change
    }

    /// Σ pᵢ d(yᵢ, μᵢ).
    static func deviance(_ y: [Double], _ mu: [Double], _ p: [Double], _ d: GLMDistribution) -> Double {
        var s = 0.0
        for i in y.indices { s += p[i] * d.unitDeviance(y[i], mu[i]) }
        return s
    }

    /// Working weights w and working response z at the current mean.
    static func working(y: [Double], mu: [Double], eta: [Double], offset: [Double], priorWeights p: [Double],
                        distribution d: GLMDistribution) -> (w: [Double], z: [Double]) {
        let n = y.count
        var w = [Double](repeating: 0, count: n), z = [Double](repeating: 0, count: n)
        for i in 0..<n {
            let dmu = max(d.link.meanDerivative(eta[i]), Double.leastNormalMagnitude)   // dμ/dη = 1/g′(μ)
            w[i] = max(p[i] * dmu * dmu / d.variance(mu[i]), 1e-300)
            z[i] = eta[i] - offset[i] + (y[i] - mu[i]) / dmu
        }
        return (w, z)
    }

    /// A step on full-rank kept columns by `leastSquares` (dgels) of W^½X on W^½z; returns the new η.
    /// - Throws: `LinalgError.rankDeficient` when the weighted columns are numerically dependent.
    static func fastStep(_ xk: Matrix, y: [Double], mu: [Double], eta: [Double], offset: [Double], priorWeights p: [Double],
                         distribution d: GLMDistribution) throws -> [Double] {
        let (w, z) = working(y: y, mu: mu, eta: eta, offset: offset, priorWeights: p, distribution: d)
        let sw = w.map { $0.squareRoot() }
        let xw = try SandwichCovariance.scaledRows(xk, sw)
        let zw = try Matrix(rows: z.count, columns: 1, columnMajor: zip(z, sw).map(*))
        let beta = try leastSquares(xw, zw).column(0)
        var newEta = try gemv(xk, beta)
        for i in newEta.indices { newEta[i] += offset[i] }
        return newEta
    }

    /// One step: the WLS fit of the working response and the new linear predictor (offset included).
    static func step(_ x: Matrix, y: [Double], mu: [Double], eta: [Double], offset: [Double], priorWeights p: [Double],
                     distribution d: GLMDistribution) throws -> (solution: LeastSquaresSolution, eta: [Double]) {
        let (w, z) = working(y: y, mu: mu, eta: eta, offset: offset, priorWeights: p, distribution: d)
        let solution = try LeastSquaresSolution(x: x, y: z, weights: w)
        var newEta = try gemv(try LeastSquaresSolution.columns(x, solution.kept), solution.beta)
        for i in newEta.indices { newEta[i] += offset[i] }
        return (solution, newEta)
    }
}
