import Foundation
import Stats

/// districts.csv and the planted per-district parameters.
///
/// fc_d = calibration value × (1 + U(−0.1, 0.1)), rounded to 0.01 万元; with
/// ratio_d = min(fc_d / fc_ref, 1), fc_ref the 0.9 quantile (nearest rank) of fc:
/// city share s_d = clamp(0.75 − 0.5·ratio_d, 0.25, 0.75) (4 decimals),
/// turnover r_d = 0.20 − 0.05·ratio_d (4 decimals), salary base 4.0 + 2.6·√ratio_d
/// (万元 per worker-year, 2 decimals), supervision mean 24 + 24·√ratio_d (hours per
/// worker-year, 1 decimal), certified base 0.45 + 0.25·√ratio_d (3 decimals).
enum SynthDistrictGeneration {
    static func make(_ specs: [SynthUnitSpec], calibration c: SynthCalibration, seed: UInt64)
        -> ([SynthDistrict], Double)
    {
        var rng = SynthStream.districts.generator(seed: seed)
        let fiscalCents = specs.map { spec in
            SynthFixedDecimal.scaled(spec.fiscalCapacity * (1 + rng.nextUniform(in: -0.1..<0.1)), decimals: 2)
        }
        let sorted = fiscalCents.sorted()
        let rank = max(1, Int((c.fiscalReferenceQuantile * Double(sorted.count)).rounded(.up)))
        let referenceCents = sorted.isEmpty ? 100 : max(sorted[min(rank, sorted.count) - 1], 1)
        let reference = Double(referenceCents) / 100
        var districts: [SynthDistrict] = []
        for (spec, cents) in zip(specs, fiscalCents) {
            let ratio = min(Double(cents) / Double(referenceCents), 1)
            let share = min(max(c.cityShareHigh - c.cityShareSlope * ratio, c.cityShareLow), c.cityShareHigh)
            districts.append(SynthDistrict(
                id: spec.id, name: spec.name, kind: spec.kind, population: spec.population,
                fiscalCapacityCents: cents,
                citySharePermyriad: SynthFixedDecimal.scaled(share, decimals: 4),
                turnoverPermyriad: SynthFixedDecimal.scaled(c.turnoverHigh - c.turnoverSlope * ratio, decimals: 4),
                staffProbability: c.staffProbability(spec.kind),
                salaryBase: Double(SynthFixedDecimal.scaled(4.0 + 2.6 * ratio.squareRoot(), decimals: 2)) / 100,
                supervisionMean: Double(SynthFixedDecimal.scaled(24 + 24 * ratio.squareRoot(), decimals: 1)) / 10,
                certifiedBase: Double(SynthFixedDecimal.scaled(0.45 + 0.25 * ratio.squareRoot(), decimals: 3)) / 1000))
        }
        return (districts, reference)
    }
}
