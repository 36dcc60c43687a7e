import Linalg

/// Grey relational analysis (灰色关联分析, Deng Julong 1982/1989, *J. Grey System* 1(1):1–24).
///
/// 1. r = min–max normalised matrix with direction (so 1 is best in every column);
/// 2. reference sequence r⁰_j = max_i r_ij (= 1);
/// 3. Δ_ij = |r⁰_j − r_ij|, Δmin / Δmax the minimum / maximum over all i, j;
/// 4. relational coefficient ξ_ij = (Δmin + ρ Δmax) / (Δ_ij + ρ Δmax), ρ = 0.5 by default;
/// 5. relational grade γ_i = Σ_j w_j ξ_ij (weights as given; equal weights 1/n give Deng's unweighted grade).
/// A constant column throws `WeightingError.constantColumn`.
public struct GreyRelationalAnalysis: Sendable {
    /// Distinguishing coefficient ρ ∈ (0, 1].
    public var rho: Double

    public init(rho: Double = 0.5) { self.rho = rho }

    /// The m × n relational coefficients ξ.
    public func coefficients(_ matrix: DecisionMatrix) throws -> Matrix {
        guard rho > 0, rho <= 1 else { throw WeightingError.invalidInput("GRA: rho must be in (0, 1], got \(rho)") }
        let r = try Normalization.minMax.apply(to: matrix)
        let m = matrix.alternativeCount, n = matrix.criterionCount
        var delta = Matrix(rows: m, columns: n)
        for j in 0..<n {
            let ref = r.column(j).max() ?? 1
            for i in 0..<m { delta[i, j] = abs(ref - r[i, j]) }
        }
        let dmin = delta.storage.min() ?? 0, dmax = delta.storage.max() ?? 0
        guard dmax > 0 else { throw WeightingError.degenerate("GRA: every alternative equals the reference sequence") }
        var xi = delta
        xi.withUnsafeMutableBufferPointer { p in
            for k in p.indices { p[k] = (dmin + rho * dmax) / (p[k] + rho * dmax) }
        }
        return xi
    }

    /// Relational grades and ranks.
    public func scores(_ matrix: DecisionMatrix, weights: [Double]) throws -> CompositeScores {
        try checkWeights(weights, count: matrix.criterionCount, method: "GRA")
        return CompositeScores(method: "gra", alternatives: matrix.alternatives,
                               scores: weightedRowSums(try coefficients(matrix), weights))
    }
}
