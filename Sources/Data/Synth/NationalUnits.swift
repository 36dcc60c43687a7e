import Foundation
import Stats

/// The synthetic districts/counties of the national preset.
///
/// China has about 38,000 township-level units in about 2,800 county-level units
/// (DOMAIN.md), 13.57 streets/towns per unit on average. The preset makes
/// D = round(streets / 13.57) units (at least 1): 35 % districts (区), 62 % counties (县),
/// 3 % functional zones; each unit gets 1 street plus a share of the rest proportional to a
/// Gamma(2, 1) weight; counties are 85 % towns and districts 15 % (Binomial draws). Street
/// populations average 55,000 (街道) and 28,000 (镇), fiscal capacity is log-normal around
/// 300,000 (区), 100,000 (县) and 200,000 (功能区) 万元. Names ("样例县00042") and ids
/// ("N00042") are synthetic.
enum NationalUnits {
    /// Average streets/towns per county-level unit.
    static let streetsPerUnit = 13.57

    /// The unit specs for `streets` streets/towns, drawn from the national-units stream.
    /// - Throws: `StatsError` only if a sampler parameter were invalid (it is not, by construction).
    static func make(streets: Int, seed: UInt64) throws -> [SynthUnitSpec] {
        var rng = SynthStream.nationalUnits.generator(seed: seed)
        let unitCount = max(1, min(streets, Int((Double(streets) / streetsPerUnit).rounded())))
        var kinds: [SynthDistrictKind] = []
        var weights: [Double] = []
        for _ in 0..<unitCount {
            let u = rng.nextUniform()
            kinds.append(u < 0.35 ? .district : (u < 0.97 ? .county : .functionalZone))
            weights.append(try rng.nextGamma(shape: 2))
        }
        let extra = SynthApportionment.largestRemainder(streets - unitCount, weights: weights)
        let width = max(5, String(unitCount).count)
        var specs: [SynthUnitSpec] = []
        specs.reserveCapacity(unitCount)
        for i in 0..<unitCount {
            let n = 1 + extra[i]
            let kind = kinds[i]
            let townShare = kind == .county ? 0.85 : 0.15
            let towns = try rng.nextBinomial(trials: n, probability: townShare)
            let perStreet = 55_000.0, perTown = 28_000.0
            let meanPop = Double(n - towns) * perStreet + Double(towns) * perTown
            let population = Int((meanPop * (try rng.nextGamma(shape: 8, scale: 1.0 / 8))).rounded())
            let logMedian: Double
            switch kind {
            case .district: logMedian = log(300_000.0)
            case .county: logMedian = log(100_000.0)
            case .functionalZone: logMedian = log(200_000.0)
            }
            let fiscal = (exp(logMedian + rng.nextNormal(mean: 0, standardDeviation: 0.8))).rounded()
            let number = String(repeating: "0", count: max(0, width - String(i + 1).count)) + String(i + 1)
            let label: String
            switch kind {
            case .district: label = "样例区"
            case .county: label = "样例县"
            case .functionalZone: label = "样例功能区"
            }
            specs.append(SynthUnitSpec(
                id: "N" + number, name: label + number, kind: kind, population: max(population, n),
                streets: n - towns, towns: towns, fiscalCapacity: fiscal,
                lon: rng.nextUniform(in: 98.0..<122.0), lat: rng.nextUniform(in: 22.0..<46.0),
                radius: kind == .county ? 0.25 : 0.08))
        }
        return specs
    }
}
