import Linalg

/// Heteroskedasticity- and cluster-robust ("sandwich") covariances B·M·B of least-squares coefficients,
/// with bread B = (XwᵀXw)⁻¹ and meat M built from scores xᵢeᵢ of the whitened data.
/// See `CovarianceType` for the formulas and the small-sample conventions (statsmodels 0.15).
/// Complexity: O(n k²).
enum SandwichCovariance {
    /// HC0–HC3: M = Σ ωᵢ xᵢxᵢᵀ with ωᵢ from the residual and leverage.
    /// - Parameter parameterCount: K of the HC1 factor n/(n−K) (default: the estimated coefficients;
    ///   absorbed fixed effects add their levels).
    static func heteroskedastic(_ type: CovarianceType, solution s: LeastSquaresSolution,
                                whitenedResiduals e: [Double], parameterCount: Int? = nil) throws -> Matrix {
        let n = e.count, k = parameterCount ?? s.kept.count
        var factor = [Double](repeating: 0, count: n)   // √ωᵢ
        for i in 0..<n {
            let h = s.leverage[i]
            switch type {
            case .hc2: factor[i] = e[i] / (1 - h).squareRoot()
            case .hc3: factor[i] = e[i] / (1 - h)
            default: factor[i] = e[i]
            }
        }
        let scores = try scaledRows(s.whitenedX, factor)
        var v = try sandwich(bread: s.xtxInverse, meat: syrk(scores, transpose: .transpose))
        if type == .hc1 { v = (Double(n) / Double(n - k)) * v }
        return v
    }

    /// One- or two-way cluster-robust covariance of least-squares coefficients, by the number of group vectors:
    /// `clustered(_:scores:bread:parameterCount:minimumG:)` with scores xᵢeᵢ of the whitened data and bread (XwᵀXw)⁻¹.
    /// - Parameter parameterCount: K of the factor (n−1)/(n−K) (default: the estimated coefficients).
    /// - Returns: the covariance and the G used for inference degrees of freedom (min over two-way).
    static func clustered(_ groups: [[Int]], solution s: LeastSquaresSolution, whitenedResiduals e: [Double],
                          parameterCount: Int? = nil, minimumG: Bool = false) throws -> (Matrix, Int) {
        try clustered(groups, scores: try scaledRows(s.whitenedX, e), bread: s.xtxInverse,
                      parameterCount: parameterCount ?? s.kept.count, minimumG: minimumG)
    }

    /// One- or two-way cluster-robust covariance B·M·B from per-observation scores sᵢ (rows of `scores`):
    /// one-way M = Σ_g (Σ_{i∈g} sᵢ)(Σ_{i∈g} sᵢ)ᵀ times G/(G−1)·(n−1)/(n−K) (statsmodels `cov_cluster`, Stata);
    /// two-way (two group vectors) Cameron–Gelbach–Miller V₁ + V₂ − V₁₂, each with its own G factor
    /// (statsmodels `cov_cluster_2groups`), or with `minimumG` every term with min(G₁, G₂)/(min − 1)
    /// (fixest/pyfixest's default `cluster.df = "min"`).
    /// - Parameters:
    ///   - groups: one or two vectors of cluster indices (0..<G) per row.
    ///   - scores: n × K score matrix (least squares: xᵢeᵢ; likelihood models: ∂ℓᵢ/∂θ).
    ///   - bread: K × K inverse (observed or expected) information.
    ///   - parameterCount: K of the factor (n−1)/(n−K).
    /// - Returns: the covariance and the G used for inference degrees of freedom (min over two-way).
    /// - Throws: `ModelError.invalidData` with fewer than 2 clusters.
    /// - Complexity: O(n K + G K²) per term.
    static func clustered(_ groups: [[Int]], scores: Matrix, bread: Matrix, parameterCount: Int,
                          minimumG: Bool = false) throws -> (Matrix, Int) {
        guard groups.count == 2 else {
            return try cluster(groups: groups.first ?? [], scores: scores, bread: bread, parameterCount: parameterCount)
        }
        let a = groups[0], b = groups[1]
        var pairIndex: [[Int]: Int] = [:]
        let both = zip(a, b).map { pair in
            if let k = pairIndex[[pair.0, pair.1]] { return k }
            let k = pairIndex.count
            pairIndex[[pair.0, pair.1]] = k
            return k
        }
        let (va, ga) = try cluster(groups: a, scores: scores, bread: bread, parameterCount: parameterCount)
        let (vb, gb) = try cluster(groups: b, scores: scores, bread: bread, parameterCount: parameterCount)
        let (vab, gab) = try cluster(groups: both, scores: scores, bread: bread, parameterCount: parameterCount)
        let g = min(ga, gb)
        guard minimumG else { return (try va + vb - vab, g) }
        func rescale(_ v: Matrix, _ own: Int) -> Matrix {
            (Double(g) / Double(g - 1) * Double(own - 1) / Double(own)) * v
        }
        return (try rescale(va, ga) + rescale(vb, gb) - rescale(vab, gab), g)
    }

    /// One-way cluster-robust covariance from scores, with statsmodels' factor G/(G−1)·(n−1)/(n−K).
    static func cluster(groups: [Int], scores: Matrix, bread: Matrix, parameterCount k: Int) throws -> (Matrix, Int) {
        let n = scores.rows, p = scores.columns
        let g = (groups.max() ?? -1) + 1
        guard g >= 2 else {
            throw ModelError.invalidData("cluster-robust covariance needs at least 2 clusters, the data have \(g)")
        }
        // U (G × p): row c = Σ_{i∈c} sᵢ.
        var u = [Double](repeating: 0, count: g * p)
        scores.storage.withUnsafeBufferPointer { s in
            for j in 0..<p {
                for i in 0..<n { u[groups[i] + j * g] += s[i + j * n] }
            }
        }
        let meat = syrk(try Matrix(rows: g, columns: p, columnMajor: u), transpose: .transpose)
        let correction = Double(g) / Double(g - 1) * Double(n - 1) / Double(n - k)
        return (correction * (try sandwich(bread: bread, meat: meat)), g)
    }

    /// B·M·B.
    static func sandwich(bread: Matrix, meat: Matrix) throws -> Matrix {
        try gemm(try gemm(bread, meat), bread)
    }

    /// diag(f)·X.
    static func scaledRows(_ x: Matrix, _ f: [Double]) throws -> Matrix {
        var storage = x.storage
        for j in 0..<x.columns { for i in 0..<x.rows { storage[i + j * x.rows] *= f[i] } }
        return try Matrix(rows: x.rows, columns: x.columns, columnMajor: storage)
    }
}
