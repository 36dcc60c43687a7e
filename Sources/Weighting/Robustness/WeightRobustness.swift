import Dispatch
import Foundation
import Linalg
import Stats

/// Robustness of a weighted-sum ranking to the weights: draw K weight vectors from a Dirichlet distribution
/// centred on the point weights, w⁽ᵈ⁾ ~ Dir(κ w) (mean w, larger κ = tighter), score every alternative under
/// each draw and summarise how ranks and grades move.
///
/// Scores of a batch of B draws are one matrix product, S = R W (m × n times n × B, BLAS dgemm), where R is the
/// matrix `WeightedSum.normalizedMatrix` returns. Draws come from one seeded `Xoshiro256StarStar` stream in a
/// fixed order (draw 0, 1, 2, …), so results depend on the seed but not on `batchSize`.
/// Criteria with point weight 0 stay at 0 (the Dirichlet is drawn over the positive weights).
///
/// Ranks are competition ranks (1 = best, ties share the best rank). Rank percentiles are the inverted-CDF
/// quantiles of each alternative's rank distribution (smallest rank r with P(rank ≤ r) ≥ p; numpy
/// `method="inverted_cdf"`), so they are whole ranks.
public struct WeightRobustness: Sendable {
    /// Number of weight draws K.
    public var draws: Int
    /// Dirichlet concentration κ (> 0): α = κ w.
    public var concentration: Double
    /// Draws per dgemm (affects speed and memory only, never results).
    public var batchSize: Int
    /// Threads for the ranking step (default: all cores; never changes results).
    public var threads: Int?

    public init(draws: Int, concentration: Double, batchSize: Int = 2048, threads: Int? = nil) {
        self.draws = draws
        self.concentration = concentration
        self.batchSize = batchSize
        self.threads = threads
    }

    /// Runs the analysis.
    /// - Parameters:
    ///   - scores: the m × n matrix R (normalised, scaled) whose weighted row sums are the scores.
    ///   - alternatives: m ids.
    ///   - weights: n point weights (non-negative, summing to 1).
    ///   - grades: optional grade thresholds applied to every draw's scores.
    ///   - seed: seed of the `Xoshiro256StarStar` stream.
    /// - Throws: `WeightingError` on bad sizes/parameters; `LinalgError` from dgemm.
    /// - Complexity: O(K (n + m n + m log m)) time, O(T m² + n B + m B) memory for T threads.
    public func run(scores r: Matrix, alternatives: [String], weights: [Double], grades: GradeScale? = nil,
                    seed: UInt64) throws -> RobustnessResult {
        let m = r.rows, n = r.columns
        try checkWeights(weights, count: n, method: "robustness")
        guard alternatives.count == m else {
            throw WeightingError.dimensionMismatch("robustness: \(alternatives.count) alternatives for \(m) rows")
        }
        guard draws >= 1, batchSize >= 1 else { throw WeightingError.invalidInput("robustness: draws and batch size must be ≥ 1") }
        guard concentration > 0, concentration.isFinite else {
            throw WeightingError.invalidInput("robustness: concentration must be positive, got \(concentration)")
        }
        let point = weightedRowSums(r, weights)
        let pointRanks = competitionRanks(point)
        let active = weights.indices.filter { weights[$0] > 0 }
        let alpha = active.map { concentration * weights[$0] }
        let gradeCount = grades?.grades.count ?? 0

        var rng = Xoshiro256StarStar(seed: seed)
        var counts = RankCounts(alternatives: m, grades: gradeCount)
        var scoreSum = [Double](repeating: 0, count: m)
        let thresholds = grades?.grades.map(\.minScore) ?? []
        let workers = max(1, threads ?? ProcessInfo.processInfo.activeProcessorCount)

        var done = 0
        while done < draws {
            let b = min(batchSize, draws - done)
            // Draw in a fixed order from one stream: results do not depend on batchSize or threads.
            var w = Matrix(rows: n, columns: b)
            for d in 0..<b {
                let x = try rng.nextDirichlet(alpha)
                for (k, j) in active.enumerated() { w[j, d] = x[k] }
            }
            let s = try gemm(r, w)  // m × b: column d holds every alternative's score under draw d
            s.withUnsafeBufferPointer { sp in  // in draw order, so the sums are reproducible
                for d in 0..<b { for i in 0..<m { scoreSum[i] += sp[d * m + i] } }
            }
            // Ranking is the costly part; chunks of draws run in parallel and only add integer counts.
            let chunks = min(b, workers * 4)
            var partial = [RankCounts](repeating: RankCounts(alternatives: m, grades: gradeCount), count: chunks)
            partial.withUnsafeMutableBufferPointer { pp in
                let out = UncheckedSendable(pp)
                s.withUnsafeBufferPointer { sp in
                    let scores = UncheckedSendable(sp)
                    DispatchQueue.concurrentPerform(iterations: chunks) { c in
                        let lo = c * b / chunks, hi = (c + 1) * b / chunks
                        out.value[c].add(scores: scores.value, draws: lo..<hi, pointRanks: pointRanks, thresholds: thresholds)
                    }
                }
            }
            for p in partial { counts.merge(p) }
            done += b
        }
        let rankCounts = counts.ranks, gradeCounts = counts.grades, changed = counts.changed

        let k = Double(draws)
        func quantile(_ i: Int, _ p: Double) -> Int {
            let target = p * k
            var cum = 0
            for rank in 0..<m {
                cum += rankCounts[i * m + rank]
                if Double(cum) >= target - 1e-9 && cum > 0 { return rank + 1 }
            }
            return m
        }
        let rows = (0..<m).map { i -> RobustnessResult.Alternative in
            let present = (0..<m).filter { rankCounts[i * m + $0] > 0 }
            return .init(id: alternatives[i], pointScore: point[i], pointRank: pointRanks[i],
                         meanScore: scoreSum[i] / k,
                         rankP05: quantile(i, 0.05), rankP95: quantile(i, 0.95),
                         rankMin: (present.first ?? 0) + 1, rankMax: (present.last ?? 0) + 1,
                         rankChangeProbability: Double(changed[i]) / k,
                         gradeProbabilities: grades == nil ? nil
                            : (0..<gradeCount).map { Double(gradeCounts[i * gradeCount + $0]) / k },
                         pointGrade: grades?.grade(point[i]).id)
        }
        return RobustnessResult(draws: draws, concentration: concentration, seed: seed,
                                grades: grades?.grades.map(\.id), alternatives: rows)
    }
}

/// The result of `WeightRobustness.run`.
public struct RobustnessResult: Codable, Sendable, Equatable {
    /// Per-alternative summary.
    public struct Alternative: Codable, Sendable, Equatable {
        public let id: String
        /// Score and rank under the point weights.
        public let pointScore: Double
        public let pointRank: Int
        /// Mean score over the draws.
        public let meanScore: Double
        /// 5th and 95th percentile of the rank (inverted CDF), and the extreme ranks seen.
        public let rankP05: Int
        public let rankP95: Int
        public let rankMin: Int
        public let rankMax: Int
        /// Share of draws whose rank differs from `pointRank`.
        public let rankChangeProbability: Double
        /// Share of draws in each grade (order of `RobustnessResult.grades`), when grades were given.
        public let gradeProbabilities: [Double]?
        /// Grade under the point weights.
        public let pointGrade: String?
    }

    public let draws: Int
    public let concentration: Double
    public let seed: UInt64
    /// Grade ids, highest first, when grades were given.
    public let grades: [String]?
    public let alternatives: [Alternative]
}

/// Integer tallies of one chunk of draws: rank histogram, grade counts and rank changes per alternative.
struct RankCounts: Sendable {
    let m: Int
    let gradeCount: Int
    /// `ranks[i * m + (rank − 1)]`.
    var ranks: [Int]
    /// `grades[i * gradeCount + g]`.
    var grades: [Int]
    var changed: [Int]

    init(alternatives m: Int, grades g: Int) {
        self.m = m
        gradeCount = g
        ranks = [Int](repeating: 0, count: m * m)
        grades = [Int](repeating: 0, count: m * max(g, 1))
        changed = [Int](repeating: 0, count: m)
    }

    /// Ranks the alternatives under each draw in `draws` (columns of the column-major m × B `scores`).
    mutating func add(scores: UnsafeBufferPointer<Double>, draws: Range<Int>, pointRanks: [Int], thresholds: [Double]) {
        let m = self.m, gradeCount = self.gradeCount
        var order = (0..<m).map { ScoredIndex(score: 0, index: Int32($0)) }
        var rank = [Int](repeating: 0, count: m)
        ranks.withUnsafeMutableBufferPointer { rk in
            changed.withUnsafeMutableBufferPointer { ch in
                grades.withUnsafeMutableBufferPointer { gr in
                    order.withUnsafeMutableBufferPointer { ord in
                        rank.withUnsafeMutableBufferPointer { rank in
                            for d in draws {
                                let s = UnsafeBufferPointer(rebasing: scores[(d * m)..<((d + 1) * m)])
                                // The previous draw's order is a good start (nearby weights, nearby order).
                                for k in 0..<m { ord[k].score = s[Int(ord[k].index)] }
                                sortDescending(ord, 0, m - 1)
                                var pos = 0
                                while pos < m {
                                    var end = pos
                                    while end + 1 < m, ord[end + 1].score == ord[pos].score { end += 1 }
                                    for k in pos...end { rank[Int(ord[k].index)] = pos + 1 }
                                    pos = end + 1
                                }
                                for i in 0..<m {
                                    rk[i * m + rank[i] - 1] += 1
                                    if rank[i] != pointRanks[i] { ch[i] += 1 }
                                    if gradeCount > 0 {
                                        let v = s[i]
                                        var g = 0
                                        while g < gradeCount - 1, v < thresholds[g] { g += 1 }
                                        gr[i * gradeCount + g] += 1
                                    }
                                }
                            }
                        }
                    }
                }
            }
        }
    }

    mutating func merge(_ o: RankCounts) {
        for k in ranks.indices { ranks[k] += o.ranks[k] }
        for k in grades.indices { grades[k] += o.grades[k] }
        for k in changed.indices { changed[k] += o.changed[k] }
    }
}

/// A score and the alternative it belongs to.
struct ScoredIndex {
    var score: Double
    var index: Int32
}

/// Sorts `a[lo...hi]` by decreasing score: quicksort with median-of-three pivots and insertion sort below
/// 16 elements, on (score, index) pairs so that comparisons read contiguous memory. In place and
/// allocation-free (Swift's `sort` is a stable merge sort that allocates a buffer per call, which dominated
/// ranking 100,000 draws). Not stable; ties do not matter to competition ranks.
func sortDescending(_ a: UnsafeMutableBufferPointer<ScoredIndex>, _ lo: Int, _ hi: Int) {
    var lo = lo, hi = hi
    while hi - lo >= 16 {
        let mid = lo + (hi - lo) / 2
        // Order a[lo], a[mid], a[hi] by decreasing score; the median goes to mid.
        if a[mid].score > a[lo].score { a.swapAt(mid, lo) }
        if a[hi].score > a[lo].score { a.swapAt(hi, lo) }
        if a[hi].score > a[mid].score { a.swapAt(hi, mid) }
        let pivot = a[mid].score
        var i = lo, j = hi
        while i <= j {
            while a[i].score > pivot { i += 1 }
            while a[j].score < pivot { j -= 1 }
            if i <= j {
                a.swapAt(i, j)
                i += 1
                j -= 1
            }
        }
        // Recurse into the smaller side, loop on the larger (stack depth O(log m)).
        if j - lo < hi - i {
            sortDescending(a, lo, j)
            lo = i
        } else {
            sortDescending(a, i, hi)
            hi = j
        }
    }
    if hi <= lo { return }
    for k in (lo + 1)...hi {
        let x = a[k]
        var p = k - 1
        while p >= lo, a[p].score < x.score {
            a[p + 1] = a[p]
            p -= 1
        }
        a[p + 1] = x
    }
}

/// Hands a pointer to `concurrentPerform` workers that write disjoint elements (or only read).
struct UncheckedSendable<T>: @unchecked Sendable {
    let value: T
    init(_ value: T) { self.value = value }
}
