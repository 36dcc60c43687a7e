/// Influence functions of several estimators over the same units: an n × k matrix stored
/// column-major (`storage[j * rows + i]` is unit i's influence on estimator j).
///
/// Scaled as in R did: estimator j's asymptotic linear representation is
/// θ̂_j − θ_j = (1/n) Σ_i ψ_ij + o_p(n^{-1/2}), so its variance is estimated by Σ_i ψ_ij² / n².
struct InfluenceMatrix: Sendable {
    let rows: Int
    private(set) var columns: Int
    private(set) var storage: [Double]

    init(rows: Int) {
        self.rows = rows
        self.columns = 0
        self.storage = []
    }

    /// Appends one estimator's influence function (length `rows`).
    mutating func append(_ column: [Double]) {
        storage.append(contentsOf: column)
        columns += 1
    }

    /// Column j as an array.
    func column(_ j: Int) -> [Double] { Array(storage[(j * rows)..<((j + 1) * rows)]) }

    /// Σ_j weights[j] · column(indices[j]), the influence function of a fixed linear combination.
    func combination(_ indices: [Int], weights: [Double]) -> [Double] {
        var out = [Double](repeating: 0, count: rows)
        storage.withUnsafeBufferPointer { s in
            for (j, w) in zip(indices, weights) where w != 0 {
                let base = j * rows
                for i in 0..<rows { out[i] += w * s[base + i] }
            }
        }
        return out
    }

    /// Sums of each column over clusters: a cluster-major (clusterCount × columns, row-major) array,
    /// the input of the clustered multiplier bootstrap and of clustered analytic errors.
    func clusterSums(clusterIndex: [Int], clusterCount: Int) -> [Double] {
        var out = [Double](repeating: 0, count: clusterCount * columns)
        storage.withUnsafeBufferPointer { s in
            for j in 0..<columns {
                let base = j * rows
                for i in 0..<rows { out[clusterIndex[i] * columns + j] += s[base + i] }
            }
        }
        return out
    }
}
