import Linalg

/// Ranks from scores: 1 = highest score; ties share the best rank of their group ("competition" ranking,
/// 1-2-2-4, as `scipy.stats.rankdata(-s, method="min")`).
/// - Complexity: O(m log m).
public func competitionRanks(_ scores: [Double]) -> [Int] {
    let order = scores.indices.sorted { scores[$0] > scores[$1] }
    var ranks = [Int](repeating: 0, count: scores.count)
    var position = 0
    while position < order.count {
        var end = position
        while end + 1 < order.count, scores[order[end + 1]] == scores[order[position]] { end += 1 }
        for k in position...end { ranks[order[k]] = position + 1 }
        position = end + 1
    }
    return ranks
}

/// Validates a weight vector against n criteria: finite, non-negative, positive sum.
func checkWeights(_ w: [Double], count n: Int, method: String) throws {
    guard w.count == n else {
        throw WeightingError.dimensionMismatch("\(method): \(w.count) weights for \(n) criteria")
    }
    guard w.allSatisfy({ $0.isFinite && $0 >= 0 }), w.reduce(0, +) > 0 else {
        throw WeightingError.invalidInput("\(method): weights must be finite, non-negative and not all 0: \(w)")
    }
}

/// Row-wise weighted sums s_i = Σ_j w_j r_ij of an m × n matrix (sizes checked by the callers).
/// - Complexity: O(m n), column by column (contiguous reads).
func weightedRowSums(_ r: Matrix, _ w: [Double]) -> [Double] {
    var s = [Double](repeating: 0, count: r.rows)
    for j in 0..<r.columns {
        let col = r.column(j)
        for i in 0..<r.rows { s[i] += w[j] * col[i] }
    }
    return s
}
