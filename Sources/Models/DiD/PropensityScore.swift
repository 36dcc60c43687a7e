import Linalg

/// The propensity-score logit of one 2×2 DiD comparison: P(treated | x) by maximum likelihood, with what
/// the influence functions of the IPW and doubly robust ATT need.
///
/// Fitted by the IRLS core of `GeneralizedLinearModel` (`IRLS.step`, binomial family, logit link) to a
/// relative deviance change below 10⁻¹², then one more step. As DRDID (Sant'Anna & Zhao 2020) and R did:
/// fitted probabilities are capped at 1 − 10⁻⁶, and the inverse information is rebuilt from the capped
/// probabilities, H = m (Xᵀ diag(w p(1−p)) X)⁻¹ for m units with sampling weights w (1 without), so the
/// estimator's asymptotic linear representation is w_i (D_i − p_i) x_iᵀ H.
/// Reference: Sant'Anna, P. H. C. and Zhao, J. (2020), "Doubly robust difference-in-differences
/// estimators", Journal of Econometrics 219(1), 101–122; R package DRDID (`drdid_panel`, `std_ipw_did_panel`).
struct PropensityScore {
    /// Capped fitted probabilities p_i, one per row of the design.
    let probabilities: [Double]
    /// Cholesky factor of the information Xᵀ diag(p(1−p)) X (for products with H = m · info⁻¹).
    private let information: Cholesky

    /// Fits the logit of `treated` (0/1) on the rows of `x` (which include the intercept column), by weighted
    /// maximum likelihood when `weights` are given (R's `glm(..., weights = i.weights)`).
    /// - Throws: `DiDError(.design)` when the covariates are collinear, the treated units are separated
    ///   from the comparison units (probabilities numerically 0 or 1), or IRLS does not converge.
    init(x: Matrix, treated: [Double], weights: [Double]? = nil, cell: (Int, Int)) throws {
        let family = GLMDistribution(family: .binomial, link: .logit)
        let n = treated.count
        let noOffset = [Double](repeating: 0, count: n)
        let unitWeights = weights ?? [Double](repeating: 1, count: n)
        var mu = treated.map { family.startingMean($0, mean: 0) }
        var eta = mu.map { family.link($0) }
        var deviance = IRLS.deviance(treated, mu, unitWeights, family)
        var converged = false
        let place = "cohort \(cell.0) in period \(cell.1)"
        let interceptOnly = x.columns == 1 && (0..<n).allSatisfy { x[$0, 0] == 1 }
        if interceptOnly {
            // The unconditional estimators: the MLE is the weighted treated share (what IRLS converges to).
            let total = unitWeights.reduce(0, +)
            let share = zip(treated, unitWeights).reduce(0) { $0 + $1.0 * $1.1 } / total
            mu = [Double](repeating: share, count: n)
            converged = total > 0
        }
        for _ in 0..<(interceptOnly ? 0 : 100) {
            let step = try IRLS.step(x, y: treated, mu: mu, eta: eta, offset: noOffset, priorWeights: unitWeights,
                                     distribution: family)
            guard step.solution.kept.count == x.columns else {
                throw DiDError(.design, "the covariates are collinear in the propensity score of \(place)")
            }
            eta = step.eta
            mu = eta.map(family.mean)
            let next = IRLS.deviance(treated, mu, unitWeights, family)
            let change = abs(next - deviance)
            deviance = next
            if converged { break }
            if change <= 1e-12 * (abs(next) + 0.1) { converged = true }   // one more step, then stop
        }
        guard converged else {
            throw DiDError(.design, "the propensity-score logit of \(place) did not converge")
        }
        if zip(mu, unitWeights).contains(where: { $1 > 0 && ($0 < 1e-10 || 1 - $0 < 1e-10) }) {
            throw DiDError(.design, "the covariates separate treated from comparison units in \(place): "
                + "propensity scores are numerically 0 or 1 (no overlap)")
        }
        let p = mu.map { min($0, 1 - 1e-6) }
        let k = x.columns
        var info = Matrix(rows: k, columns: k)
        for i in 0..<n {
            let w = unitWeights[i] * p[i] * (1 - p[i])
            for a in 0..<k {
                let xa = w * x[i, a]
                for c in 0...a { info[a, c] += xa * x[i, c] }
            }
        }
        for a in 0..<k { for c in 0..<a { info[c, a] = info[a, c] } }
        guard (try? reciprocalConditionNumber(info)) ?? 0 >= Double.ulpOfOne, let chol = try? Cholesky(info) else {
            throw DiDError(.design, "the propensity-score information of \(place) is singular")
        }
        probabilities = p
        information = chol
    }

    /// H·v = m (Xᵀ diag(w p(1−p)) X)⁻¹ v for m = number of rows.
    func inverseHessianTimes(_ v: [Double]) throws -> [Double] {
        try information.solve(v).map { $0 * Double(probabilities.count) }
    }
}
