import Foundation
import Stats

/// streets.csv: the streets (街道) and then the towns (镇) of each unit.
///
/// - population: the unit's population split by largest remainder in proportion to
///   Gamma(4, 1) weights (×0.9 for towns), so streets sum exactly to their unit;
/// - elderly ~ Binomial(pop, p), p = 0.18 (街道) or 0.23 (镇) + N(0, 0.015) clamped to
///   [0.08, 0.35]; children ~ Binomial(pop, 0.17 + N(0, 0.015)); low_income ~
///   Binomial(pop, 0.010 (街道) or 0.020 (镇) × Gamma(8, 1/8));
/// - villages (村/居) = 3 + Poisson(12) (街道) or 10 + Poisson(35) (镇);
/// - area_km2 = 2 + Gamma(3, 5) (街道) or 20 + Gamma(4, 25) (镇);
/// - lon/lat: uniform in a disc of the unit's radius around its centre.
/// Names are synthetic: "<unit>第N街道" / "<unit>第N镇".
enum SynthStreetGeneration {
    static func make(_ specs: [SynthUnitSpec], seed: UInt64) throws -> [SynthStreet] {
        var rng = SynthStream.streets.generator(seed: seed)
        var streets: [SynthStreet] = []
        for (d, spec) in specs.enumerated() {
            let n = spec.streets + spec.towns
            guard n > 0 else { continue }
            var weights: [Double] = []
            for k in 0..<n { weights.append(try rng.nextGamma(shape: 4) * (k < spec.streets ? 1 : 0.9)) }
            let pops = SynthApportionment.largestRemainder(spec.population, weights: weights)
            let width = max(3, String(n).count)
            for k in 0..<n {
                let town = k >= spec.streets
                let pop = pops[k]
                let pElderly = min(max((town ? 0.23 : 0.18) + rng.nextNormal(mean: 0, standardDeviation: 0.015), 0.08), 0.35)
                let pChildren = min(max(0.17 + rng.nextNormal(mean: 0, standardDeviation: 0.015), 0.08), 0.3)
                let pLow = (town ? 0.020 : 0.010) * (try rng.nextGamma(shape: 8, scale: 1.0 / 8))
                let elderly = try rng.nextBinomial(trials: pop, probability: pElderly)
                let children = try rng.nextBinomial(trials: pop, probability: pChildren)
                let lowIncome = try rng.nextBinomial(trials: pop, probability: min(pLow, 0.2))
                let villages = town ? 10 + (try rng.nextPoisson(mean: 35)) : 3 + (try rng.nextPoisson(mean: 12))
                let area = town ? 20 + (try rng.nextGamma(shape: 4, scale: 25)) : 2 + (try rng.nextGamma(shape: 3, scale: 5))
                let r = spec.radius * rng.nextUniform().squareRoot()
                let theta = 2 * Double.pi * rng.nextUniform()
                let lat = spec.lat + r * sin(theta)
                let lon = spec.lon + r * cos(theta) / cos(spec.lat * Double.pi / 180)
                let seq = String(k + 1)
                let seqText = String(repeating: "0", count: max(0, width - seq.count)) + seq
                streets.append(SynthStreet(
                    id: spec.id + seqText, districtIndex: d,
                    name: spec.name + "第\(town ? k + 1 - spec.streets : k + 1)" + (town ? "镇" : "街道"),
                    isTown: town, population: pop, elderly: elderly, children: children, lowIncome: lowIncome,
                    villages: villages, areaHundredths: max(1, SynthFixedDecimal.scaled(area, decimals: 2)),
                    lonE4: SynthFixedDecimal.scaled(min(max(lon, -180), 180), decimals: 4),
                    latE4: SynthFixedDecimal.scaled(min(max(lat, -90), 90), decimals: 4),
                    divisionDistrictID: spec.divisionDistrictIDs.indices.contains(k) ? spec.divisionDistrictIDs[k] : spec.id))
            }
        }
        return streets
    }
}
