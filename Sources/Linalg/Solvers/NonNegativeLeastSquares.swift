/// Non-negative least squares: min ‖A x − b‖₂ subject to x ≥ 0, by the Lawson–Hanson active-set method
/// (the algorithm of `scipy.optimize.nnls`).
///
/// Variables move from the active set (held at 0) to the passive set while some has a positive dual
/// wᵢ = [Aᵀ(b − A x)]ᵢ; the unconstrained least-squares problem on the passive columns (`dgelsd`) is solved and,
/// when it leaves the feasible region, x steps back to the boundary and the variables that hit zero return to the
/// active set. At the end x satisfies the KKT conditions: x ≥ 0, w ≤ tol, xᵢ wᵢ = 0.
/// - Parameters:
///   - a: an m × n matrix with finite elements.
///   - b: length m, finite.
///   - maxIterations: the limit on inner (step-back) iterations; default 3n, as scipy.
/// - Returns: x, length n, with every element ≥ 0.
/// - Throws: `.dimensionMismatch` when `b.count != m`; `.nonFinite`; `.didNotConverge(routine: "nnls")` when the
///   iteration limit is reached; errors of `dgelsd`.
/// - Complexity: each iteration is one least-squares solve on at most n columns, O(m n²).
/// Reference: Lawson & Hanson, *Solving Least Squares Problems* (SIAM, 1995), chapter 23, algorithm NNLS.
public func nonNegativeLeastSquares(_ a: Matrix, _ b: [Double], maxIterations: Int? = nil) throws -> [Double] {
    guard b.count == a.rows else {
        throw LinalgError.dimensionMismatch("nnls: A is \(a.rows) × \(a.columns), b has \(b.count) elements")
    }
    try requireFinite(a, "the matrix of the NNLS problem")
    try requireFinite(b, "the right-hand side of the NNLS problem")
    let n = a.columns
    let limit = maxIterations ?? 3 * n
    var x = [Double](repeating: 0, count: n)
    var passive = [Bool](repeating: false, count: n)
    // Dual tolerance relative to the problem's scale (‖A‖₁ ‖b‖∞), as a few ulps of the entries of Aᵀb.
    let scale = a.oneNorm * (b.map { Swift.abs($0) }.max() ?? 0)
    let tolerance = 10 * Double(Swift.max(a.rows, n)) * Double.ulpOfOne * scale
    var inner = 0
    var outer = 0

    /// The least-squares solution on the passive columns, scattered into a length-n vector (0 elsewhere).
    func passiveSolution() throws -> [Double] {
        let columns = (0..<n).filter { passive[$0] }
        var sub = Matrix(rows: a.rows, columns: columns.count)
        for (k, j) in columns.enumerated() {
            for i in 0..<a.rows { sub[i, k] = a[i, j] }
        }
        let fit = try MinimumNormLeastSquares(sub, Matrix(rows: b.count, columns: 1, sized: b))
        var z = [Double](repeating: 0, count: n)
        for (k, j) in columns.enumerated() { z[j] = fit.solution[k, 0] }
        return z
    }

    /// w = Aᵀ(b − A x).
    func dual() throws -> [Double] {
        var residual = b
        try gemv(a, x, transpose: .none, alpha: -1, beta: 1, y: &residual)
        return try gemv(a, residual, transpose: .transpose)
    }

    var w = try dual()
    var excluded = [Bool](repeating: false, count: n)  // candidates rejected in this round for round-off
    while true {
        var best: Int?
        for j in 0..<n where !passive[j] && !excluded[j] && w[j] > tolerance {
            if best.map({ w[j] > w[$0] }) ?? true { best = j }
        }
        guard let entering = best else { break }
        outer += 1
        // Every outer step either adds a variable for good or ends; this bound only guards round-off cycling.
        if outer > 10 * (n + 1) + limit { throw LinalgError.didNotConverge(routine: "nnls") }
        passive[entering] = true
        var z = try passiveSolution()
        if z[entering] <= 0 {
            // The dual said "increase", the solve disagrees: round-off. Reject it for this round (Lawson–Hanson).
            passive[entering] = false
            excluded[entering] = true
            continue
        }
        excluded = [Bool](repeating: false, count: n)
        while (0..<n).contains(where: { passive[$0] && z[$0] <= 0 }) {
            inner += 1
            if inner > limit { throw LinalgError.didNotConverge(routine: "nnls") }
            // Step from x towards z as far as feasibility allows.
            var alpha = Double.infinity
            var blocking = 0
            for i in 0..<n where passive[i] && z[i] <= 0 {
                let t = x[i] / (x[i] - z[i])
                if t < alpha { alpha = t; blocking = i }
            }
            for i in 0..<n where passive[i] { x[i] += alpha * (z[i] - x[i]) }
            let floor = 10 * Double.ulpOfOne * (x.map { Swift.abs($0) }.max() ?? 0)
            for i in 0..<n where passive[i] && (i == blocking || x[i] <= floor) {
                passive[i] = false
                x[i] = 0
            }
            z = try passiveSolution()
        }
        x = z
        w = try dual()
    }
    return x
}
