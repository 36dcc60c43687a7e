import Foundation
import Linalg

extension CallawaySantAnna {
    /// ATT(g,t) and its influence function by the improved, locally efficient doubly robust estimator of
    /// Sant'Anna & Zhao (2020, §3.1; DRDID's `drdid_imp_panel`), with sampling weights s (1 without).
    ///
    /// Over the m units of the comparison (D = 1 treated, 0 comparison):
    /// 1. Propensity score by inverse probability tilting (Graham, Pinto & Egel 2012):
    ///    γ̂ = argmax Σ s [D x'γ − (1 − D) exp(x'γ)], by Newton's method (the objective is strictly concave
    ///    when the comparison units' covariates have full rank); p̂ = Λ(x'γ̂) clipped to [10⁻⁶, 1 − 10⁻⁶].
    ///    Its first-order condition balances the covariates: Σ_{D=1} s x = Σ_{D=0} s p̂/(1 − p̂) x.
    /// 2. Outcome regression μ̂(x) = x'β̂ by weighted least squares among comparison units with weights
    ///    s p̂/(1 − p̂).
    /// 3. ATT = Σ s (D − (1 − D) p̂/(1 − p̂)) (ΔY − μ̂) / Σ s D (comparison units with p̂ ≥ 0.995 trimmed).
    ///
    /// Thanks to the balancing first-order conditions the nuisance estimates have no first-order effect, so
    /// the influence function is ψ = s (D − (1 − D) p̂/(1 − p̂)) (ΔY − μ̂) − s D ATT, over mean(s D), rescaled
    /// by n/m to the full sample as R did. This estimator is not R did's `est_method = "dr"` (that is
    /// `drdid_panel`, `doublyRobust` here); R did runs it only as a user-supplied `est_method` function.
    /// Reference: Sant'Anna, P. H. C. and Zhao, J. (2020), "Doubly robust difference-in-differences
    /// estimators", Journal of Econometrics 219(1), 101–122; Graham, B. S., Pinto, C. C. and Egel, D. (2012),
    /// "Inverse probability tilting for moment condition models with missing data", Review of Economic
    /// Studies 79(3), 1053–1079; R package DRDID (`drdid_imp_panel`, `pscore.cal`).
    static func improvedDoublyRobust(role: [Int8], delta: [Double], weight: [Double],
                                     covariates x: (Int) -> [Double], cell: (Int, Int)) throws -> (Double, [Double]) {
        let n = role.count
        let (rows, design, d, dy, sw) = try comparisonSample(role: role, delta: delta, weight: weight, covariates: x)
        let m = rows.count, k = design.columns
        let gamma = try tiltingScore(design: design, treated: d, weights: sw, cell: cell)
        var odds = [Double](repeating: 0, count: m)
        var trim = [Double](repeating: 1, count: m)
        for r in 0..<m {
            var eta = 0.0
            for a in 0..<k { eta += design[r, a] * gamma[a] }
            let p = min(max(1 / (1 + exp(-eta)), 1e-6), 1 - 1e-6)
            odds[r] = p / (1 - p)
            if d[r] == 0, p >= 0.995 { trim[r] = 0 }
        }
        let ols = try MaskedWeightedLeastSquares(
            x: design, y: dy, weights: (0..<m).map { sw[$0] * odds[$0] }, mask: d.map { $0 == 0 },
            what: "the comparison units of cohort \(cell.0) in period \(cell.1) (tilting weights)")
        var numerator = [Double](repeating: 0, count: m)
        var sum = 0.0, treatedWeight = 0.0
        for r in 0..<m {
            numerator[r] = trim[r] * (d[r] - (1 - d[r]) * odds[r]) * (dy[r] - ols.fitted[r])
            sum += sw[r] * numerator[r]
            treatedWeight += sw[r] * d[r]
        }
        guard treatedWeight > 0 else { throw DiDError(.design, "the treated units of cohort \(cell.0) weigh 0") }
        let att = sum / treatedWeight
        var psi = [Double](repeating: 0, count: n)
        for (r, i) in rows.enumerated() {
            psi[i] = Double(n) * sw[r] * trim[r] * (numerator[r] - d[r] * att) / treatedWeight
        }
        return (att, psi)
    }

    /// γ̂ of inverse probability tilting for the ATT: minimizes L(γ) = −Σ s [D x'γ − (1 − D) e^{x'γ}] / Σ s by
    /// Newton steps with step halving, from the intercept-only solution, until the step is below 10⁻¹¹
    /// (relative) — the optimum is unique, so any convergent optimizer (DRDID uses `trust`) finds the same.
    static func tiltingScore(design: Matrix, treated d: [Double], weights s: [Double], cell: (Int, Int)) throws -> [Double] {
        let m = design.rows, k = design.columns
        let total = s.reduce(0, +)
        var treatedWeight = 0.0, controlWeight = 0.0
        for r in 0..<m { if d[r] == 1 { treatedWeight += s[r] } else { controlWeight += s[r] } }
        let place = "cohort \(cell.0) in period \(cell.1)"
        guard treatedWeight > 0, controlWeight > 0 else {
            throw DiDError(.design, "the tilting propensity score of \(place) needs treated and comparison units")
        }
        func loss(_ g: [Double]) -> Double {
            var l = 0.0
            for r in 0..<m {
                var eta = 0.0
                for a in 0..<k { eta += design[r, a] * g[a] }
                l -= s[r] * (d[r] == 1 ? eta : -exp(eta))
            }
            return l / total
        }
        var gamma = [Double](repeating: 0, count: k)
        gamma[0] = log(treatedWeight / controlWeight)   // the first column is the intercept
        var current = loss(gamma)
        for _ in 0..<200 {
            var gradient = [Double](repeating: 0, count: k)
            var hessian = Matrix(rows: k, columns: k)
            for r in 0..<m {
                var eta = 0.0
                for a in 0..<k { eta += design[r, a] * gamma[a] }
                let e = d[r] == 1 ? 0 : exp(eta)
                for a in 0..<k {
                    gradient[a] -= s[r] * (d[r] - e) * design[r, a] / total
                    for c in 0...a { hessian[a, c] += s[r] * e * design[r, a] * design[r, c] / total }
                }
            }
            for a in 0..<k { for c in 0..<a { hessian[c, a] = hessian[a, c] } }
            guard (try? reciprocalConditionNumber(hessian)) ?? 0 >= Double.ulpOfOne, let chol = try? Cholesky(hessian) else {
                throw DiDError(.design, "the covariates are collinear among the comparison units of \(place) "
                    + "(tilting propensity score)")
            }
            let step = try chol.solve(gradient)
            var t = 1.0
            var next = gamma, nextLoss = current
            while t > 1e-10 {
                next = (0..<k).map { gamma[$0] - t * step[$0] }
                nextLoss = loss(next)
                if nextLoss.isFinite, nextLoss <= current + 1e-15 * abs(current) { break }
                t /= 2
            }
            let size = (0..<k).map { abs(next[$0] - gamma[$0]) / (1 + abs(gamma[$0])) }.max() ?? 0
            gamma = next
            current = nextLoss
            if size < 1e-11 { return gamma }
        }
        throw DiDError(.design, "the tilting propensity score of \(place) did not converge (no overlap?)")
    }
}
