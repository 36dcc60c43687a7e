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
        let sampler = try DirichletSampler(alpha: active.map { concentration * weights[$0] })
        var x = [Double](repeating: 0, count: active.count)
        let gradeCount = grades?.grades.count ?? 0

        var rng = Xoshiro256StarStar(seed: seed)
        var counts = RankCounts(alternatives: m, grades: gradeCount)
        var scoreSum = [Double](repeating: 0, count: m)
        let thresholds = grades?.effectiveThresholds ?? []
        let workers = max(1, threads ?? ProcessInfo.processInfo.activeProcessorCount)

        var done = 0
        while done < draws {
            let b = min(batchSize, draws - done)
            // Draw in a fixed order from one stream: results do not depend on batchSize or threads.
            var w = Matrix(rows: n, columns: b)
            for d in 0..<b {
                x.withUnsafeMutableBufferPointer { sampler.sample(&rng, into: $0) }
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
        var ranker = BucketRanker(alternatives: m)
        var rank = [Int](repeating: 0, count: m)
        ranks.withUnsafeMutableBufferPointer { rk in
            changed.withUnsafeMutableBufferPointer { ch in
                grades.withUnsafeMutableBufferPointer { gr in
                    rank.withUnsafeMutableBufferPointer { rank in
                        pointRanks.withUnsafeBufferPointer { pr in
                            thresholds.withUnsafeBufferPointer { th in
                                for d in draws {
                                    let s = UnsafeBufferPointer(rebasing: scores[(d * m)..<((d + 1) * m)])
                                    ranker.rank(s, into: rank)
                                    for i in 0..<m {
                                        rk[i * m + rank[i] - 1] += 1
                                        if rank[i] != pr[i] { ch[i] += 1 }
                                    }
                                    if gradeCount > 0 {
                                        for i in 0..<m {
                                            let v = s[i]
                                            var g = 0
                                            while g < gradeCount - 1, v < th[g] { g += 1 }
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
    }

    mutating func merge(_ o: RankCounts) {
        for k in ranks.indices { ranks[k] += o.ranks[k] }
        for k in grades.indices { grades[k] += o.grades[k] }
        for k in changed.indices { changed[k] += o.changed[k] }
    }
}

/// Hands a pointer to `concurrentPerform` workers that write disjoint elements (or only read).
struct UncheckedSendable<T>: @unchecked Sendable {
    let value: T
    init(_ value: T) { self.value = value }
}
