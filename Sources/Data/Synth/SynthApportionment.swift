/// Integer allocation by the largest-remainder (Hamilton) method.
enum SynthApportionment {
    /// Splits `total` into non-negative integers proportional to `weights` that sum to
    /// exactly `total`: floors of the quotas, then one more to the largest remainders
    /// (ties to the lower index, so the result is deterministic).
    /// Non-positive or non-finite weights count as zero; all-zero weights give equal shares.
    /// - Complexity: O(n log n).
    static func largestRemainder(_ total: Int, weights: [Double]) -> [Int] {
        guard !weights.isEmpty, total > 0 else { return Array(repeating: 0, count: weights.count) }
        var w = weights.map { $0.isFinite && $0 > 0 ? $0 : 0 }
        var sum = w.reduce(0, +)
        if sum <= 0 {
            w = Array(repeating: 1, count: w.count)
            sum = Double(w.count)
        }
        let quotas = w.map { Double(total) * $0 / sum }
        var counts = quotas.map { Int($0.rounded(.down)) }
        let short = total - counts.reduce(0, +)
        let order = quotas.indices.sorted { a, b in
            let ra = quotas[a] - Double(counts[a]), rb = quotas[b] - Double(counts[b])
            return ra != rb ? ra > rb : a < b
        }
        for k in 0..<max(0, short) { counts[order[k % order.count]] += 1 }
        return counts
    }
}
