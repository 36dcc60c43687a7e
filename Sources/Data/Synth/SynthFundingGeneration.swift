import Stats

/// funding.csv (万元, 2 decimals). cost = social_workers × salary + 3.0 + 0.04·villages +
/// U(0, 1.5); other = cost × Beta(1.5, 28.5) (mean 5 %); the public part P = cost − other
/// is split city = round(s_d·P, 2), district = P − city (the planted city share s_d of the
/// district); spent = (city + district + other) × Beta(38, 2) (mean execution rate 95 %).
enum SynthFundingGeneration {
    static func run(_ ctx: inout SynthContext) throws {
        let c = ctx.calibration
        var rng = SynthStream.funding.generator(seed: ctx.options.seed)
        for s in ctx.stations.indices {
            let d = ctx.district(ofStation: s)
            let villages = Double(ctx.streets[ctx.stations[s].streetIndex].villages)
            for r in ctx.rowRanges[s] {
                var row = ctx.rows[r]
                let wages = Double(row.socialWorkers) * Double(row.salaryCents) / 100
                let cost = wages + 3.0 + 0.04 * villages + rng.nextUniform(in: 0..<1.5)
                let costCents = SynthFixedDecimal.scaled(cost, decimals: 2)
                row.otherCents = min(costCents, SynthFixedDecimal.scaled(cost * (try rng.nextBeta(c.otherA, c.otherB)), decimals: 2))
                let publicCents = costCents - row.otherCents
                row.cityCents = Int((Double(publicCents) * d.cityShare).rounded())
                row.districtCents = publicCents - row.cityCents
                let rate = try rng.nextBeta(c.spentA, c.spentB)
                row.spentCents = Int((Double(costCents) * rate).rounded())
                ctx.rows[r] = row
            }
        }
    }
}
