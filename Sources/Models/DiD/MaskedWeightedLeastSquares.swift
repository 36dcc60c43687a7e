import Linalg

/// A weighted least-squares fit on a subset of the rows of one 2×2 DiD comparison, with what the influence
/// functions of DRDID's estimators need (Sant'Anna & Zhao 2020; R package DRDID, `wols_rc`/`asy.lin.rep.ols`).
///
/// β̂ = (Σ_{i∈S} w_i x_i x_iᵀ)⁻¹ Σ_{i∈S} w_i x_i y_i over the rows S where `mask` holds. The asymptotic linear
/// representation of β̂ is ℓ_i = w_i 1{i∈S} (y_i − x_iᵀβ̂) x_iᵀ (XᵀW_S X / n)⁻¹ for n rows in all, so the
/// influence of β̂ on a smooth functional with derivative M is ℓ_i M (`representation(times:)`).
/// - Complexity: O(n k²) to fit, O(n k) per product.
struct MaskedWeightedLeastSquares {
    /// Coefficients, one per column of the design.
    let beta: [Double]
    /// Fitted value x_iᵀβ̂ of every row (also outside the mask).
    let fitted: [Double]
    private let residualWeight: [Double]   // w_i 1{i∈S} (y_i − x_iᵀβ̂)
    private let gram: Cholesky
    private let design: Matrix

    /// - Parameters:
    ///   - x: the n × k design (with the intercept column).
    ///   - y: responses, one per row.
    ///   - weights: weights, one per row.
    ///   - mask: the rows that enter the fit.
    ///   - what: a phrase naming the fit, for the error message.
    /// - Throws: `DiDError(.design)` when the weighted Gram matrix of the masked rows is singular
    ///   (reciprocal condition number below ε, R DRDID's check).
    init(x: Matrix, y: [Double], weights: [Double], mask: [Bool], what: String) throws {
        let n = x.rows, k = x.columns
        var xtx = Matrix(rows: k, columns: k)
        var xty = [Double](repeating: 0, count: k)
        for i in 0..<n where mask[i] && weights[i] > 0 {
            for a in 0..<k {
                let wa = weights[i] * x[i, a]
                xty[a] += wa * y[i]
                for c in 0...a { xtx[a, c] += wa * x[i, c] }
            }
        }
        for a in 0..<k { for c in 0..<a { xtx[c, a] = xtx[a, c] } }
        guard (try? reciprocalConditionNumber(xtx)) ?? 0 >= Double.ulpOfOne, let chol = try? Cholesky(xtx) else {
            throw DiDError(.design, "the covariates are collinear (or there are too few observations) in the "
                + "outcome regression of \(what)")
        }
        beta = try chol.solve(xty)
        var fit = [Double](repeating: 0, count: n)
        var rw = [Double](repeating: 0, count: n)
        for i in 0..<n {
            var f = 0.0
            for a in 0..<k { f += x[i, a] * beta[a] }
            fit[i] = f
            if mask[i] { rw[i] = weights[i] * (y[i] - f) }
        }
        fitted = fit
        residualWeight = rw
        gram = chol
        design = x
    }

    /// ℓ_i M for every row i: w_i 1{i∈S} (y_i − x_iᵀβ̂) x_iᵀ n (XᵀW_S X)⁻¹ M.
    func representation(times m: [Double]) throws -> [Double] {
        let n = design.rows
        let v = try gram.solve(m).map { $0 * Double(n) }
        return (0..<n).map { i in
            guard residualWeight[i] != 0 else { return 0 }
            var s = 0.0
            for a in v.indices { s += design[i, a] * v[a] }
            return residualWeight[i] * s
        }
    }
}
