/// Competition ranks of a score vector in O(m) expected time: a bucket (counting) sort on the score range, then
/// an insertion pass that only reorders scores sharing a bucket.
///
/// With 2m buckets over [min, max], a bucket holds about one score for spread-out data, so the work per vector
/// is a few passes over m values (instead of the O(m log m) comparisons, and their branch mispredictions, of a
/// comparison sort; Knuth, TAOCP vol. 3, §5.2.5, distribution sorting). Bucket indices ⌊(max − s)·B/(max − min)⌋
/// never increase with the score, so bucket order agrees with descending score order and ties share a bucket.
/// Degenerate ranges (all equal, or a range that overflows) fall back to one bucket, i.e. plain insertion sort.
///
/// A ranker owns its work buffers: make one per thread and reuse it for every vector (no allocation per call).
struct BucketRanker {
    let m: Int
    let bucketCount: Int
    /// Bucket start offsets (bucketCount + 1).
    var starts: [Int32]
    /// Bucket of each alternative.
    var bucket: [Int32]
    /// (score, alternative) pairs in descending score order after `rank`.
    var order: [ScoredIndex]

    init(alternatives m: Int) {
        self.m = m
        bucketCount = max(1, 2 * m)
        starts = [Int32](repeating: 0, count: bucketCount + 1)
        bucket = [Int32](repeating: 0, count: m)
        order = [ScoredIndex](repeating: ScoredIndex(score: 0, index: 0), count: m)
    }

    /// Writes the competition rank (1 = best; ties share the best rank) of each of the m scores into `rank`.
    /// - Precondition (checked by the caller's sizes): `s.count == m`, `rank.count >= m`, scores finite.
    mutating func rank(_ s: UnsafeBufferPointer<Double>, into rank: UnsafeMutableBufferPointer<Int>) {
        let m = self.m
        guard m > 0 else { return }
        var lo = s[0], hi = s[0]
        for i in 1..<m {
            let v = s[i]
            if v < lo { lo = v }
            if v > hi { hi = v }
        }
        let scale = Double(bucketCount) / (hi - lo)
        let buckets = scale.isFinite && scale > 0 ? bucketCount : 1
        starts.withUnsafeMutableBufferPointer { st in
            bucket.withUnsafeMutableBufferPointer { bk in
                order.withUnsafeMutableBufferPointer { ord in
                    for b in 0...buckets { st[b] = 0 }
                    if buckets > 1 {
                        for i in 0..<m {
                            let b = min(Int((hi - s[i]) * scale), buckets - 1)
                            bk[i] = Int32(b)
                            st[b + 1] += 1
                        }
                        for b in 0..<buckets { st[b + 1] += st[b] }
                    } else {
                        for i in 0..<m { bk[i] = 0 }
                    }
                    for i in 0..<m {
                        let b = Int(bk[i])
                        ord[Int(st[b])] = ScoredIndex(score: s[i], index: Int32(i))
                        st[b] += 1
                    }
                    // Insertion sort by descending score: elements only move within their bucket.
                    for k in 1..<max(m, 1) {
                        let x = ord[k]
                        var p = k - 1
                        while p >= 0, ord[p].score < x.score {
                            ord[p + 1] = ord[p]
                            p -= 1
                        }
                        ord[p + 1] = x
                    }
                    var pos = 0
                    while pos < m {
                        var end = pos
                        while end + 1 < m, ord[end + 1].score == ord[pos].score { end += 1 }
                        for k in pos...end { rank[Int(ord[k].index)] = pos + 1 }
                        pos = end + 1
                    }
                }
            }
        }
    }
}

/// A score and the alternative it belongs to (adjacent in memory, so sorting moves one 16-byte pair).
struct ScoredIndex {
    var score: Double
    var index: Int32
}
