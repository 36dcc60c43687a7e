import Linalg

extension CallawaySantAnna {
    /// ATT(g,t) and its influence function by inverse probability weighting (DRDID's `std_ipw_did_panel`,
    /// the normalized Hájek form) or the locally efficient doubly robust estimator (`drdid_panel`, R did's
    /// `est_method = "dr"`), with sampling weights s (1 without; the formulas are invariant to their scale).
    ///
    /// Over the m units of the comparison (D = 1 treated, 0 comparison), with propensity scores p̂ (logit on x,
    /// `PropensityScore`; comparison units with p̂ ≥ 0.995 are trimmed, as DRDID), outcome regression
    /// μ̂(x) = x'β̂ from comparison units (weighted by s; DR only; μ̂ = 0 for IPW), w₁ = sD, w₀ = s p̂(1 − D)/(1 − p̂):
    ///
    ///     ATT = Σ w₁(ΔY − μ̂)/Σ w₁ − Σ w₀(ΔY − μ̂)/Σ w₀.
    ///
    /// Influence (Sant'Anna & Zhao 2020, Theorem 3.1, with the estimation effect of p̂ and β̂):
    /// ψ = [w₁(ΔY − μ̂ − η₁) − l_β'M₁]/w̄₁ − [w₀(ΔY − μ̂ − η₀) + l_p'M₂ − l_β'M₃]/w̄₀, where l_p, l_β are the
    /// asymptotic linear representations of the logit and of the OLS fit, M₁ = mean(w₁x),
    /// M₂ = mean(w₀(ΔY − μ̂ − η₀)x), M₃ = mean(w₀x); then rescaled by n/m to the full sample as R did.
    static func propensityWeighted(doublyRobust: Bool, role: [Int8], delta: [Double], weight: [Double],
                                   covariates x: (Int) -> [Double], cell: (Int, Int)) throws -> (Double, [Double]) {
        let n = role.count
        let (rows, design, d, dy, sw) = try comparisonSample(role: role, delta: delta, weight: weight, covariates: x)
        let m = rows.count, k = design.columns
        let score = try PropensityScore(x: design, treated: d, weights: sw, cell: cell)
        let p = score.probabilities

        // Outcome regression among comparison units (DR); the residual ΔY − x'β̂ for every unit.
        var residual = dy
        var ols: Cholesky? = nil
        if doublyRobust {
            var xtx = Matrix(rows: k, columns: k)
            var xty = [Double](repeating: 0, count: k)
            for r in 0..<m where d[r] == 0 {
                for a in 0..<k {
                    xty[a] += sw[r] * design[r, a] * dy[r]
                    for c in 0..<k { xtx[a, c] += sw[r] * design[r, a] * design[r, c] }
                }
            }
            guard (try? reciprocalConditionNumber(xtx)) ?? 0 >= Double.ulpOfOne, let chol = try? Cholesky(xtx) else {
                throw DiDError(.design, "the covariates are collinear among the comparison units of cohort \(cell.0) "
                    + "in period \(cell.1); the outcome regression cannot be run")
            }
            let beta = try chol.solve(xty)
            for r in 0..<m {
                var fit = 0.0
                for a in 0..<k { fit += design[r, a] * beta[a] }
                residual[r] -= fit
            }
            ols = chol
        }
        let w1 = zip(d, sw).map { $0 * $1 }
        let w0 = (0..<m).map { r in d[r] == 0 && p[r] < 0.995 ? sw[r] * p[r] / (1 - p[r]) : 0 }
        let mean: ([Double]) -> Double = { $0.reduce(0, +) / Double(m) }
        let w1Bar = mean(w1), w0Bar = mean(w0)
        guard w0Bar > 0 else {
            throw DiDError(.design, "every comparison unit of cohort \(cell.0) in period \(cell.1) is trimmed "
                + "(propensity score ≥ 0.995)")
        }
        let eta1 = mean((0..<m).map { w1[$0] * residual[$0] }) / w1Bar
        let eta0 = mean((0..<m).map { w0[$0] * residual[$0] }) / w0Bar
        var m1 = [Double](repeating: 0, count: k), m2 = m1, m3 = m1
        for r in 0..<m {
            for a in 0..<k {
                m1[a] += w1[r] * design[r, a] / Double(m)
                m2[a] += w0[r] * (residual[r] - eta0) * design[r, a] / Double(m)
                m3[a] += w0[r] * design[r, a] / Double(m)
            }
        }
        // l_p(i)'M₂ = (D_i − p_i) x_i' H M₂; l_β(i)'M = (1 − D_i) e_i x_i' m (XᵀX)_C⁻¹ M.
        let hM2 = try score.inverseHessianTimes(m2)
        let aM1 = try ols.map { try $0.solve(m1).map { $0 * Double(m) } }
        let aM3 = try ols.map { try $0.solve(m3).map { $0 * Double(m) } }
        let dot: (Int, [Double]) -> Double = { r, v in (0..<k).reduce(0) { $0 + design[r, $1] * v[$1] } }
        var psi = [Double](repeating: 0, count: n)
        let scale = Double(n) / Double(m)
        for (r, i) in rows.enumerated() {
            let olsRep = sw[r] * (1 - d[r]) * residual[r]
            var treat = w1[r] * (residual[r] - eta1)
            var control = w0[r] * (residual[r] - eta0) + sw[r] * (d[r] - p[r]) * dot(r, hM2)
            if let aM1, let aM3 {
                treat -= olsRep * dot(r, aM1)
                control -= olsRep * dot(r, aM3)
            }
            psi[i] = scale * (treat / w1Bar - control / w0Bar)
        }
        return (eta1 - eta0, psi)
    }

    /// The units of one comparison (role ≠ 0): their indices, the design (intercept and covariates), the
    /// treatment indicator D, the outcome change ΔY and the sampling weights.
    static func comparisonSample(role: [Int8], delta: [Double], weight: [Double], covariates x: (Int) -> [Double])
        throws -> (rows: [Int], design: Matrix, treated: [Double], delta: [Double], weight: [Double]) {
        let rows = role.indices.filter { role[$0] != 0 }
        return (rows, try Matrix(rows.map(x)), rows.map { role[$0] == 1 ? 1.0 : 0.0 }, rows.map { delta[$0] },
                rows.map { weight[$0] })
    }
}
