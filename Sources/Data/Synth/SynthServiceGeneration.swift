import Stats

/// services.csv. For a station opened in year g, e = year − g:
/// - cases ~ Poisson(12 + 6·social_workers), groups ~ Poisson(2 + 1.2·social_workers),
///   activities ~ Poisson(8 + 4·social_workers + 2·e) (services stream);
/// - villages_reached ~ Binomial(villages, min(0.95, 0.4 + 0.12·e)) (services stream);
/// - people_served ~ Poisson(m_s·(base_g + slope·e)) with m_s = population_s / mean
///   population of the streets in cohort g (mean 1 within every cohort), so the average
///   effect of opening at e years is exactly base_g + slope·e in expectation, and a street
///   without an open station serves 0 (people-served stream);
/// - satisfaction = clamp(round(100·Σ w_i·score_i/max_i + N(0, σ_s²), 1), 0, 100)
///   (satisfaction stream).
enum SynthServiceGeneration {
    static func run(_ ctx: inout SynthContext) throws {
        let c = ctx.calibration
        var rng = SynthStream.services.generator(seed: ctx.options.seed)
        var servedRng = SynthStream.peopleServed.generator(seed: ctx.options.seed)
        var satisfactionRng = SynthStream.satisfaction.generator(seed: ctx.options.seed)
        let multiplier = cohortMultipliers(ctx)
        let weights = c.satisfactionWeights
        let maxima = SynthFramework.items.map { Double($0.maxTenths) }
        let n = maxima.count
        for s in ctx.stations.indices {
            guard let g = ctx.stations[s].cohort else { continue }
            let cohortIndex = c.cohortYears.firstIndex(of: g) ?? 0
            let villages = ctx.streets[ctx.stations[s].streetIndex].villages
            for r in ctx.rowRanges[s] {
                var row = ctx.rows[r]
                let e = row.year - g
                let workers = Double(row.socialWorkers)
                row.cases = try rng.nextPoisson(mean: 12 + 6 * workers)
                row.groups = try rng.nextPoisson(mean: 2 + 1.2 * workers)
                row.activities = try rng.nextPoisson(mean: 8 + 4 * workers + 2 * Double(e))
                row.villagesReached = try rng.nextBinomial(
                    trials: villages, probability: min(0.95, 0.4 + 0.12 * Double(e)))
                let effect = c.servedEffect(cohortIndex: cohortIndex, yearsOpen: e)
                row.peopleServed = try servedRng.nextPoisson(mean: max(0, multiplier[s] * effect))
                var weighted = 0.0
                for i in 0..<n { weighted += weights[i] * Double(ctx.items[r * n + i]) / maxima[i] }
                let satisfaction = 100 * weighted
                    + satisfactionRng.nextNormal(mean: 0, standardDeviation: c.satisfactionNoise)
                row.satisfactionTenths = min(max(SynthFixedDecimal.scaled(satisfaction, decimals: 1), 0), 1000)
                ctx.rows[r] = row
            }
        }
    }

    /// m_s = population_s / (mean population of the streets in the same cohort).
    static func cohortMultipliers(_ ctx: SynthContext) -> [Double] {
        let years = ctx.calibration.cohortYears
        var sums = Array(repeating: 0.0, count: years.count)
        var counts = Array(repeating: 0, count: years.count)
        for station in ctx.stations {
            guard let g = station.cohort, let k = years.firstIndex(of: g) else { continue }
            sums[k] += Double(ctx.streets[station.streetIndex].population)
            counts[k] += 1
        }
        return ctx.stations.map { station in
            guard let g = station.cohort, let k = years.firstIndex(of: g), sums[k] > 0 else { return 0 }
            return Double(ctx.streets[station.streetIndex].population) * Double(counts[k]) / sums[k]
        }
    }
}
