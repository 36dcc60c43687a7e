import Data
import TestSupport
import XCTest

/// The planted relations are recovered by the estimators they were planted for, within
/// tolerances computed from the noise (z-scores), over several seeds.
final class SynthPlantedEffectTests: XCTestCase {
    private let seeds: [UInt64] = [1, 2, 3]

    private func national(_ seed: UInt64, streets: Int = 2500) throws -> SyntheticBundle {
        try SyntheticGenerator(options: SynthOptions(preset: .national, streets: streets, seed: seed)).generate()
    }

    func testScoreRegressionRecoversStaffingSupervisionAndLag() throws {
        for seed in seeds {
            let b = try national(seed)
            let c = b.calibration
            let (rows, y) = SynthFixtures.scoreRegression(b)
            let fit = try SynthOLS(rows: rows, y: y)
            let truth = [c.scoreIntercept, c.scoreWorkers, c.scoreSupervision, c.scoreLag]
            for j in 0..<4 {
                let z = (fit.coefficients[j] - truth[j]) / fit.standardErrors[j]
                XCTAssertLessThan(abs(z), 4.5, "seed \(seed) coefficient \(j): \(fit.coefficients[j]) vs \(truth[j])")
            }
            // The residual standard deviation is the planted noise (rounding to 0.1 adds 0.029).
            assertClose(fit.residualVariance.squareRoot(), c.scoreNoise, relativeTolerance: 0.05)
        }
    }

    func testSatisfactionRegressionRecoversItemWeights() throws {
        for seed in seeds {
            let b = try national(seed, streets: 1500)
            let (rows, y) = SynthFixtures.satisfactionRegression(b)
            let fit = try SynthOLS(rows: rows, y: y)
            let truth = [0] + b.calibration.satisfactionWeights
            var worst = 0.0
            for j in truth.indices { worst = max(worst, abs(fit.coefficients[j] - truth[j]) / fit.standardErrors[j]) }
            // 38 coefficients: the largest |z| of 38 standard normals exceeds 4 with probability < 0.3 %.
            XCTAssertLessThan(worst, 4.0, "seed \(seed)")
        }
    }

    func testPeopleServedEffectGrowsAsPlantedByCohort() throws {
        for seed in seeds {
            let b = try national(seed, streets: 4000)
            let c = b.calibration
            var sums: [Int: (n: Double, s: Double, ss: Double)] = [:]
            for row in b.stationYears {
                guard let g = b.stations[row.stationIndex].cohort else { continue }
                let key = g * 100 + (row.year - g)
                let v = Double(row.peopleServed)
                var t = sums[key] ?? (0, 0, 0)
                t.n += 1; t.s += v; t.ss += v * v
                sums[key] = t
            }
            for (key, t) in sums where t.n >= 30 {
                let g = key / 100, e = key % 100
                let mean = t.s / t.n
                let sd = ((t.ss - t.n * mean * mean) / (t.n - 1)).squareRoot()
                let truth = c.servedEffect(cohortIndex: g - 2020, yearsOpen: e)
                XCTAssertLessThan(abs(mean - truth) / (sd / t.n.squareRoot()), 4.5, "seed \(seed) cohort \(g) e \(e)")
            }
        }
    }

    func testTurnoverAndCitySharesFollowTheDistricts() throws {
        let b = try SyntheticGenerator(options: SynthOptions(preset: .jinan, seed: 4)).generate()
        var departures = Array(repeating: 0.0, count: b.districts.count)
        var exposed = Array(repeating: 0.0, count: b.districts.count)
        var expected = Array(repeating: 0.0, count: b.districts.count)
        var variance = Array(repeating: 0.0, count: b.districts.count)
        for r in 1..<b.stationYears.count {
            let row = b.stationYears[r], prev = b.stationYears[r - 1]
            let d = b.streets[b.stations[row.stationIndex].streetIndex].districtIndex
            let district = b.districts[d]
            let publicCents = row.cityCents + row.districtCents
            // city = round(s_d × public) in hundredths of 万元.
            XCTAssertLessThanOrEqual(abs(Double(row.cityCents) - district.cityShare * Double(publicCents)), 0.5)
            guard prev.stationIndex == row.stationIndex else { continue }
            departures[d] += Double(row.departures)
            exposed[d] += Double(prev.socialWorkers)
            expected[d] += district.turnover * Double(prev.socialWorkers)
            variance[d] += district.turnover * (1 - district.turnover) * Double(prev.socialWorkers)
        }
        var total = (observed: 0.0, expected: 0.0, variance: 0.0)
        for d in b.districts.indices where exposed[d] > 0 {
            XCTAssertLessThan(abs(departures[d] - expected[d]) / variance[d].squareRoot(), 4.0, b.districts[d].name)
            total.observed += departures[d]; total.expected += expected[d]; total.variance += variance[d]
        }
        XCTAssertLessThan(abs(total.observed - total.expected) / total.variance.squareRoot(), 4.0)
        XCTAssertTrue(b.districts.allSatisfy { (0.15...0.20).contains($0.turnover) && (0.25...0.75).contains($0.cityShare) })
        // Poorer districts get a larger city share (planted capacity rule).
        let byCapacity = b.districts.sorted { $0.fiscalCapacityCents < $1.fiscalCapacityCents }
        XCTAssertEqual(byCapacity.map(\.citySharePermyriad), byCapacity.map(\.citySharePermyriad).sorted(by: >))
    }
}
