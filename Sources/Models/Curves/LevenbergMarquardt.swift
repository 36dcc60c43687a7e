import Foundation
import Linalg

/// Nonlinear least squares min ½‖r(θ)‖² by Levenberg–Marquardt with Moré's scaling and Nielsen's damping.
///
/// Each step solves (JᵀJ + λ·diag(JᵀJ)) δ = −Jᵀr by Cholesky (Moré 1978: the scaled damping makes the step
/// invariant to the units of θ). The gain ratio ρ = (actual reduction)/(predicted reduction) updates λ as
/// Nielsen (1999): if ρ > 0 accept, λ ← λ·max(⅓, 1 − (2ρ − 1)³), ν ← 2; else λ ← λν, ν ← 2ν.
/// Stops when the largest relative step is below `stepTolerance` or the gradient ‖Jᵀr‖∞ is below
/// `gradientTolerance`, or when a rejected step predicts a reduction below 1e-15·‖r‖² (rounding floor).
/// Reference: Moré, "The Levenberg–Marquardt algorithm: implementation and theory", Lecture Notes in
/// Mathematics 630 (1978); Nielsen, "Damping parameter in Marquardt's method", IMM-REP-1999-05, DTU;
/// Madsen, Nielsen & Tingleff, Methods for Non-Linear Least Squares Problems (2004), §3.2.
/// Complexity: O(iterations · n p²).
struct LevenbergMarquardt: Sendable {
    /// The minimizer.
    let theta: [Double]
    /// Residual sum of squares at θ.
    let ssr: Double
    /// JᵀJ at θ.
    let jtj: Matrix
    /// Iterations used and the largest relative step of the last accepted iteration.
    let iterations: Int, lastChange: Double

    /// - Parameters:
    ///   - residuals: θ ↦ (r, J) with r of length n and J n × p (column-major `Matrix`).
    /// - Throws: `ModelError.iterationLimit` with the iterations and last step; `LinalgError`.
    init(start: [Double], maxIterations: Int = 500, stepTolerance: Double = 1e-12, gradientTolerance: Double = 1e-14,
         residuals: ([Double]) throws -> (r: [Double], j: Matrix)) throws {
        var theta = start
        var (r, j) = try residuals(theta)
        var ssr = r.reduce(0) { $0 + $1 * $1 }
        var jtj = syrk(j, transpose: .transpose)
        var g = try gemv(j, r, transpose: .transpose)
        let p = theta.count
        var lambda = 1e-3 * ((0..<p).map { jtj[$0, $0] }.max() ?? 1)
        var nu = 2.0, iterations = 0, change = Double.infinity
        var converged = (g.map(abs).max() ?? 0) <= gradientTolerance
        while !converged, iterations < maxIterations {
            iterations += 1
            var a = jtj
            for i in 0..<p { a[i, i] += lambda * max(jtj[i, i], 1e-300) }
            guard let delta = try? Cholesky(a).solve(g.map { -$0 }) else {
                lambda *= nu
                nu *= 2
                continue
            }
            let trial = zip(theta, delta).map(+)
            let (rt, jt) = try residuals(trial)
            let ssrTrial = rt.reduce(0) { $0 + $1 * $1 }
            // Predicted reduction of ½‖r‖²: ½δᵀ(λ·D δ − g).
            var predicted = 0.0
            for i in 0..<p { predicted += 0.5 * delta[i] * (lambda * max(jtj[i, i], 1e-300) * delta[i] - g[i]) }
            let rho = ssrTrial.isFinite ? 0.5 * (ssr - ssrTrial) / predicted : -1
            if rho > 0 {
                change = zip(delta, theta).map { abs($0) / (abs($1) + 1e-12) }.max() ?? 0
                theta = trial
                r = rt
                j = jt
                ssr = ssrTrial
                jtj = syrk(j, transpose: .transpose)
                g = try gemv(j, r, transpose: .transpose)
                lambda *= max(1.0 / 3, 1 - Foundation.pow(2 * rho - 1, 3))
                nu = 2
                converged = change <= stepTolerance || (g.map(abs).max() ?? 0) <= gradientTolerance
            } else {
                // A rejected step whose predicted reduction is at the rounding floor of ½‖r‖² (MINPACK's ftol
                // test): the minimum is reached to working precision.
                if predicted <= 1e-15 * ssr, iterations > 1 {
                    converged = true
                    break
                }
                lambda *= nu
                nu *= 2
                if lambda > 1e300 { break }
            }
        }
        guard converged else {
            throw ModelError.iterationLimit(method: "Levenberg–Marquardt", iterations: iterations, lastChange: change)
        }
        self.theta = theta
        self.ssr = ssr
        self.jtj = jtj
        self.iterations = iterations
        self.lastChange = change
    }
}
