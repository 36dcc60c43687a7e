/// Fixed effects absorbed by the within transformation (fixest's `y ~ x | fe1 + fe2`).
///
/// Variables are demeaned by alternating projections (the method of alternating projections /
/// Gauss–Seidel sweeps over the effects: subtract the (weighted) group means of each effect in turn until
/// nothing changes), which gives the same slopes as including every level as a dummy (Frisch–Waugh–Lovell)
/// without forming the dummies.
///
/// Degrees of freedom as fixest/pyfixest: the absorbed parameters k_fe = Σ Gⱼ − (redundant levels): for one
/// effect G₁; for two, G₁ + G₂ − (connected components of the bipartite level graph); for more, Σ Gⱼ − (m − 1)
/// (fixest's approximation beyond two effects).
/// References: Guimarães & Portugal (2010) Stata Journal 10:628; Gaure (2013) Computational Statistics &
/// Data Analysis 66:8 (lfe); Bergé (2018) fixest.
struct AbsorbedFixedEffects: Sendable {
    /// Column names of the effects.
    let columns: [String]
    /// Per effect, the dense level index (0..<G) of each row used.
    let groups: [[Int]]
    /// Per effect, the number of levels G.
    let levelCounts: [Int]
    /// k_fe, the number of absorbed parameters.
    let parameterCount: Int

    init(frame: ModelFrame, columns: [String], rows: [Int]) {
        self.columns = columns
        let groups = columns.map { LinearModel.groupIndices(frame, $0, rows: rows) }
        let counts = groups.map { ($0.max() ?? -1) + 1 }
        self.groups = groups
        self.levelCounts = counts
        switch groups.count {
        case 0: parameterCount = 0
        case 1: parameterCount = counts[0]
        case 2: parameterCount = counts[0] + counts[1] - AbsorbedFixedEffects.components(groups[0], groups[1], counts)
        default: parameterCount = counts.reduce(0, +) - (groups.count - 1)
        }
    }

    /// Connected components of the graph whose nodes are the levels of both effects and whose edges are the rows.
    static func components(_ a: [Int], _ b: [Int], _ counts: [Int]) -> Int {
        var parent = Array(0..<(counts[0] + counts[1]))
        func find(_ x: Int) -> Int {
            var x = x
            while parent[x] != x {
                parent[x] = parent[parent[x]]
                x = parent[x]
            }
            return x
        }
        for (i, j) in zip(a, b) {
            let ra = find(i), rb = find(counts[0] + j)
            if ra != rb { parent[ra] = rb }
        }
        return Set(parent.indices.map(find)).count
    }

    /// Subtracts the weighted group means of every effect, sweeping until the largest change is below
    /// `tolerance` × the largest |value| (one sweep is exact for a single effect).
    /// - Throws: `ModelError.didNotConverge` after `maxSweeps` sweeps.
    /// - Complexity: O(sweeps · n · effects).
    func demean(_ values: [Double], weights: [Double]?, tolerance: Double = 1e-13, maxSweeps: Int = 10_000) throws -> [Double] {
        var v = values
        let n = v.count
        let w = weights ?? [Double](repeating: 1, count: n)
        let scale = max(values.map(abs).max() ?? 0, Double.leastNormalMagnitude)
        // 1 / (total weight of each level), per effect.
        let inverseTotals: [[Double]] = levelCounts.indices.map { e in
            var totals = [Double](repeating: 0, count: levelCounts[e])
            for (i, level) in groups[e].enumerated() { totals[level] += w[i] }
            return totals.map { 1 / $0 }
        }
        var sums = [Double](repeating: 0, count: levelCounts.max() ?? 0)
        // Tight loops over raw buffers: this is the hot spot of a large fixed-effects fit.
        for _ in 0..<maxSweeps {
            var largest = 0.0
            for e in groups.indices {
                let count = levelCounts[e]
                groups[e].withUnsafeBufferPointer { g in
                    w.withUnsafeBufferPointer { w in
                        inverseTotals[e].withUnsafeBufferPointer { inv in
                            v.withUnsafeMutableBufferPointer { v in
                                sums.withUnsafeMutableBufferPointer { sums in
                                    for level in 0..<count { sums[level] = 0 }
                                    for i in 0..<n { sums[g[i]] += w[i] * v[i] }
                                    for level in 0..<count {
                                        sums[level] *= inv[level]
                                        largest = max(largest, abs(sums[level]))
                                    }
                                    for i in 0..<n { v[i] -= sums[g[i]] }
                                }
                            }
                        }
                    }
                }
            }
            if groups.count == 1 || largest <= tolerance * scale { return v }
        }
        throw ModelError.didNotConverge("demeaning by \(columns.joined(separator: " + ")) after \(maxSweeps) sweeps")
    }

    /// Σ (Gⱼ − 1) over the effects nested in one of the cluster variables (every level of the effect lies in
    /// a single cluster): fixest does not count those levels in the small-sample K of clustered errors.
    func nestedParameters(in clusters: [[Int]]) -> Int {
        var total = 0
        for (e, g) in groups.enumerated() {
            let nested = clusters.contains { c in
                var clusterOf = [Int](repeating: -1, count: levelCounts[e])
                for (i, level) in g.enumerated() {
                    if clusterOf[level] == -1 { clusterOf[level] = c[i] } else if clusterOf[level] != c[i] { return false }
                }
                return true
            }
            if nested { total += levelCounts[e] - 1 }
        }
        return total
    }
}
