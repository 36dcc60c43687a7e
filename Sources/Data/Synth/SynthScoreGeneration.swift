import Stats

/// evaluations.csv: the planted score model and its spread over the 37 items.
///
/// Total: T = a + b1·social_workers + b2·(supervision_hours / social_workers) + b3·L + e,
/// e ~ N(0, σ²), with L the station's previous total (sum of its written item scores) or
/// L0 in its opening year; the written total is round(T, 1) clamped to [0, 100].
///
/// Items: with f = total/100 and item difficulties δ_i ~ N(0, 0.04²) (drawn once, centred so
/// Σ max_i·δ_i = 0), item i gets round(max_i · clamp(f + δ_i + N(0, itemNoise²), 0, 1), 1);
/// then tenths are added (or removed) one at a time, cycling over the items from a random
/// start and skipping full (empty) items, until the items sum exactly to the total.
enum SynthScoreGeneration {
    static func run(_ ctx: inout SynthContext) throws {
        let c = ctx.calibration
        var rng = SynthStream.scores.generator(seed: ctx.options.seed)
        var itemRng = SynthStream.items.generator(seed: ctx.options.seed)
        let maxima = SynthFramework.items.map(\.maxTenths)
        let n = maxima.count
        var difficulty = (0..<n).map { _ in itemRng.nextNormal(mean: 0, standardDeviation: 0.04) }
        let weighted = zip(maxima, difficulty).reduce(0.0) { $0 + Double($1.0) * $1.1 }
        let total = Double(maxima.reduce(0, +))
        difficulty = difficulty.map { $0 - weighted / total }

        ctx.items = [UInt16](repeating: 0, count: ctx.rows.count * n)
        var scores = [Int](repeating: 0, count: n)
        for s in ctx.stations.indices {
            var lag = c.scoreStart
            for r in ctx.rowRanges[s] {
                let row = ctx.rows[r]
                let latent = c.scoreIntercept + c.scoreWorkers * Double(row.socialWorkers)
                    + c.scoreSupervision * row.supervisionPerWorker + c.scoreLag * lag
                    + rng.nextNormal(mean: 0, standardDeviation: c.scoreNoise)
                let totalTenths = min(max(SynthFixedDecimal.scaled(latent, decimals: 1), 0), 1000)
                try spread(totalTenths, maxima: maxima, difficulty: difficulty, noise: c.itemNoise,
                       into: &scores, rng: &itemRng)
                for i in 0..<n { ctx.items[r * n + i] = UInt16(scores[i]) }
                ctx.rows[r].totalTenths = totalTenths
                lag = Double(totalTenths) / 10
            }
        }
    }

    /// Spreads `totalTenths` (0…Σ maxima) over the items; see the type's documentation.
    static func spread(_ totalTenths: Int, maxima: [Int], difficulty: [Double], noise: Double,
                       into scores: inout [Int], rng: inout Xoshiro256StarStar) throws {
        let n = maxima.count
        let f = Double(totalTenths) / 1000
        var sum = 0
        for i in 0..<n {
            let share = min(max(f + difficulty[i] + rng.nextNormal(mean: 0, standardDeviation: noise), 0), 1)
            scores[i] = min(max(Int((Double(maxima[i]) * share).rounded()), 0), maxima[i])
            sum += scores[i]
        }
        var residual = totalTenths - sum
        let start = try rng.nextInt(below: n)  // throws for a framework without items
        var k = 0
        var idle = 0
        while residual != 0 && idle < n {
            let i = (start + k) % n
            if residual > 0 && scores[i] < maxima[i] {
                scores[i] += 1
                residual -= 1
                idle = 0
            } else if residual < 0 && scores[i] > 0 {
                scores[i] -= 1
                residual += 1
                idle = 0
            } else {
                idle += 1
            }
            k += 1
        }
    }
}
