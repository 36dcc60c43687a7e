import Linalg

/// Weighted least squares by rank-revealing (column-pivoted) Householder QR, dropping collinear columns
/// the way R's `lm` does: columns are taken in order and a column in the span of the columns already
/// kept is dropped (its coefficient is reported as not estimable, R's `NA`).
///
/// With Xw = W^½X, yw = W^½y and Xw[:, kept]·P = QR: β = P R⁻¹ Qᵀ yw, (XwᵀXw)⁻¹ = P R⁻¹R⁻ᵀ Pᵀ,
/// leverage hᵢᵢ = ‖Qᵢ‖². QR avoids forming XᵀX, so the accuracy is governed by cond(X), not cond(X)²
/// (the Longley data, cond ≈ 5·10⁹, keeps 8–9 correct digits).
/// Reference: Golub & Van Loan, Matrix Computations, 4th ed., §5.4.1 (QR with column pivoting), §5.3.
/// Complexity: O(n p²) for a full-rank design; O(n p³) extra when columns must be dropped.
struct LeastSquaresSolution: Sendable {
    /// Indices of the design columns kept (ascending).
    let kept: [Int]
    /// Coefficients of the kept columns.
    let beta: [Double]
    /// (XwᵀXw)⁻¹ over the kept columns (the "normalized covariance").
    let xtxInverse: Matrix
    /// The whitened kept design W^½X[:, kept].
    let whitenedX: Matrix
    /// Diagonal of the hat matrix of the whitened design.
    let leverage: [Double]
    /// Whether the constant vector lies in the span of the kept columns (an explicit or implicit intercept).
    let spansConstant: Bool

    /// - Parameters:
    ///   - x: n × p design.
    ///   - y: response, length n.
    ///   - weights: positive weights, length n (nil = OLS).
    /// - Throws: `ModelError.invalidData` for non-positive weights; `ModelError.tooFewObservations` when
    ///   n ≤ rank; `LinalgError` from the factorization.
    init(x: Matrix, y: [Double], weights: [Double]?) throws {
        if let weights, let bad = weights.firstIndex(where: { !($0 > 0 && $0.isFinite) }) {
            throw ModelError.invalidData(
                "weights must be positive and finite; row \(bad + 1) of the rows used has \(weights[bad])")
        }
        let sqrtWeights = (weights ?? [Double](repeating: 1, count: x.rows)).map { $0.squareRoot() }
        try self.init(x: x, y: y, sqrtWeights: sqrtWeights)
    }

    private init(x: Matrix, y: [Double], sqrtWeights sw: [Double]) throws {
        let n = x.rows, p = x.columns
        var storage = x.storage
        for j in 0..<p { for i in 0..<n { storage[i + j * n] *= sw[i] } }
        let xw = try Matrix(rows: n, columns: p, columnMajor: storage)
        let yw = zip(y, sw).map(*)
        let full = try PivotedQR(xw)
        let rank = full.rank()
        var kept = Array(0..<p)
        if rank < p {
            // Sequential selection in column order (R's behaviour), with the same rank rule.
            kept = []
            for j in 0..<p where kept.count < rank {
                let candidate = kept + [j]
                if try PivotedQR(try LeastSquaresSolution.columns(xw, candidate)).rank() == candidate.count {
                    kept = candidate
                }
            }
        }
        let r = kept.count
        guard n > r else { throw ModelError.tooFewObservations(needed: r, available: n) }
        let xk = rank < p ? try LeastSquaresSolution.columns(xw, kept) : xw
        let qr = rank < p ? try PivotedQR(xk) : full
        let q = try qr.q()                                        // n × r
        var rSquare = Matrix(rows: r, columns: r)
        for j in 0..<r { for i in 0...j { rSquare[i, j] = qr.r[i, j] } }
        let qty = try gemv(q, yw, transpose: .transpose)          // r
        let betaPermuted = try trsv(rSquare, qty, triangle: .upper)
        let rInverse = try trsm(rSquare, Matrix.identity(r), triangle: .upper)
        let inversePermuted = try gemm(rInverse, rInverse, transposeA: .none, transposeB: .transpose)
        var beta = [Double](repeating: 0, count: r)
        var inverse = Matrix(rows: r, columns: r)
        let perm = qr.permutation
        for a in 0..<r {
            beta[perm[a]] = betaPermuted[a]
            for b in 0..<r { inverse[perm[a], perm[b]] = inversePermuted[a, b] }
        }
        var leverage = [Double](repeating: 0, count: n)
        for j in 0..<r { for i in 0..<n { leverage[i] += q[i, j] * q[i, j] } }
        // Constant in span: residual of projecting √w (the whitened ones vector) on Q is ~0.
        let qts = try gemv(q, sw, transpose: .transpose)
        let projected = try gemv(q, qts)
        let residual = nrm2(zip(sw, projected).map { $0 - $1 })
        self.kept = kept
        self.beta = beta
        self.xtxInverse = inverse
        self.whitenedX = xk
        self.leverage = leverage
        self.spansConstant = residual <= 1e-8 * max(nrm2(sw), 1)
    }

    /// The sub-matrix of the listed columns.
    static func columns(_ m: Matrix, _ indices: [Int]) throws -> Matrix {
        try Matrix(rows: m.rows, columns: indices.count, columnMajor: indices.flatMap { m.column($0) })
    }
}
