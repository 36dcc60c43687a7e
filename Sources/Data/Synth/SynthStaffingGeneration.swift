import Stats

/// staffing.csv (planted staffing dynamics). For a station of district d opened in year g,
/// with e = year − g:
/// - target size K = 2 + Binomial(3, p_d), drawn once;
/// - opening year: hires = K, departures = 0, social_workers = K;
/// - later years: departures ~ Binomial(previous social_workers, r_d) (the planted turnover),
///   hires ~ Binomial(K − (previous − departures), 0.8), at least 1 if the station would be
///   empty; social_workers = previous − departures + hires;
/// - certified ~ Binomial(social_workers, min(0.95, c_d + 0.05·e));
/// - supervision_hours = social_workers × Gamma(6, h_d / 6), 1 decimal (h_d hours per worker-year);
/// - volunteers ~ Poisson(8 + 3·social_workers + 2·e);
/// - salary = salary_d·(1 + 0.04·(year − 2020))·(1 + N(0, 0.04²)), 2 decimals, 万元 per worker-year.
enum SynthStaffingGeneration {
    static func run(_ ctx: inout SynthContext) throws {
        var rng = SynthStream.staffing.generator(seed: ctx.options.seed)
        let fill = ctx.calibration.hireFillProbability
        for s in ctx.stations.indices {
            let range = ctx.rowRanges[s]
            guard let g = ctx.stations[s].cohort, !range.isEmpty else { continue }
            let d = ctx.district(ofStation: s)
            let target = 2 + (try rng.nextBinomial(trials: 3, probability: d.staffProbability))
            var previous = 0
            for r in range {
                var row = ctx.rows[r]
                let e = row.year - g
                if r == range.lowerBound {
                    row.hires = target
                    row.departures = 0
                    row.socialWorkers = target
                } else {
                    row.departures = try rng.nextBinomial(trials: previous, probability: d.turnover)
                    let remaining = previous - row.departures
                    row.hires = try rng.nextBinomial(trials: max(0, target - remaining), probability: fill)
                    if remaining + row.hires == 0 { row.hires = 1 }
                    row.socialWorkers = remaining + row.hires
                }
                previous = row.socialWorkers
                row.certified = try rng.nextBinomial(
                    trials: row.socialWorkers, probability: min(0.95, d.certifiedBase + 0.05 * Double(e)))
                let perWorker = try rng.nextGamma(shape: 6, scale: d.supervisionMean / 6)
                row.supervisionTenths = SynthFixedDecimal.scaled(perWorker * Double(row.socialWorkers), decimals: 1)
                row.volunteers = try rng.nextPoisson(mean: 8 + 3 * Double(row.socialWorkers) + 2 * Double(e))
                let growth = 1 + 0.04 * Double(row.year - 2020)
                let salary = d.salaryBase * growth * (1 + rng.nextNormal(mean: 0, standardDeviation: 0.04))
                row.salaryCents = max(0, SynthFixedDecimal.scaled(salary, decimals: 2))
                ctx.rows[r] = row
            }
        }
    }
}
