import Stats
import XCTest

/// Goodness of fit of the samplers against our own distribution functions (which are tested
/// against scipy in DistributionReferenceTests): Kolmogorov–Smirnov for continuous samplers,
/// Pearson chi-square for discrete ones, each at level 0.001 for every fixed seed.
final class SamplingGoodnessOfFitTests: XCTestCase {
    let n = 1_000

    /// The KS statistic D = sup |F_n(x) − F(x)| of `draws` against `cdf`.
    func ksStatistic(_ draws: [Double], _ cdf: (Double) -> Double) -> Double {
        let sorted = draws.sorted()
        let m = Double(sorted.count)
        var d = 0.0
        for (i, x) in sorted.enumerated() {
            let f = cdf(x)
            d = max(d, Double(i + 1) / m - f, f - Double(i) / m)
        }
        return d
    }

    /// Asymptotic KS critical value at level 0.001: √(−ln(0.0005)/2)/√n ≈ 1.9495/√n
    /// (Kolmogorov distribution, e.g. Stephens 1970).
    var ksCritical: Double { 1.9495 / Double(n).squareRoot() }

    /// Pearson's X² of integer draws against a pmf, with cells of expected count < 5 pooled into
    /// neighbours; compared with the 0.999 quantile of χ²(cells − 1).
    func assertChiSquareFits(
        _ draws: [Int], pmf: (Int) -> Double, support: ClosedRange<Int>, _ label: String,
        file: StaticString = #filePath, line: UInt = #line
    ) throws {
        var counts: [Int: Int] = [:]
        for k in draws { counts[k, default: 0] += 1 }
        let total = Double(draws.count)
        var cells: [(observed: Double, expected: Double)] = []
        var obs = 0.0, exp = 0.0
        for k in support {
            obs += Double(counts[k] ?? 0)
            exp += total * pmf(k)
            if exp >= 5 {
                cells.append((obs, exp))
                obs = 0
                exp = 0
            }
        }
        // The last cell takes everything not in the others (right tail and the unfilled remainder).
        if !cells.isEmpty {
            let others = cells.dropLast()
            cells[cells.count - 1] = (
                total - others.reduce(0.0) { $0 + $1.observed },
                total - others.reduce(0.0) { $0 + $1.expected }
            )
        }
        let x2 = cells.reduce(0.0) { $0 + ($1.observed - $1.expected) * ($1.observed - $1.expected) / $1.expected }
        XCTAssertGreaterThan(cells.count, 1, label, file: file, line: line)
        let critical = try ChiSquared(degreesOfFreedom: Double(cells.count - 1)).inverseSurvival(0.001)
        XCTAssertLessThan(x2, critical, "\(label): X² = \(x2) with \(cells.count) cells", file: file, line: line)
    }

    func testNormalSamplerPassesKolmogorovSmirnov() throws {
        let dist = try Normal(mean: -1, standardDeviation: 3)
        for seed in samplerSeeds {
            var g = Xoshiro256StarStar(seed: seed)
            let draws = (0..<n).map { _ in g.nextNormal(mean: -1, standardDeviation: 3) }
            XCTAssertLessThan(ksStatistic(draws, dist.cdf), ksCritical, "seed \(seed)")
        }
    }

    func testGammaSamplerPassesKolmogorovSmirnovAgainstChiSquared() throws {
        // Gamma(k, scale 2) is χ²(2k).
        for k in [0.25, 1.0, 3.7] {
            let dist = try ChiSquared(degreesOfFreedom: 2 * k)
            for seed in samplerSeeds {
                var g = Xoshiro256StarStar(seed: seed)
                let draws = try (0..<n).map { _ in try g.nextGamma(shape: k, scale: 2) }
                XCTAssertLessThan(ksStatistic(draws, dist.cdf), ksCritical, "shape \(k) seed \(seed)")
            }
        }
    }

    func testBetaSamplerPassesKolmogorovSmirnov() throws {
        for (a, b) in [(0.4, 0.6), (2.0, 5.0)] {
            for seed in samplerSeeds {
                var g = Xoshiro256StarStar(seed: seed)
                let draws = try (0..<n).map { _ in try g.nextBeta(a, b) }
                let d = ksStatistic(draws) { SpecialFunctions.regularizedIncompleteBeta(a, b, $0) }
                XCTAssertLessThan(d, ksCritical, "beta(\(a), \(b)) seed \(seed)")
            }
        }
    }

    func testBinomialSamplerPassesChiSquareInBothRegimes() throws {
        for (trials, p) in [(20, 0.3), (400, 0.45), (1000, 0.97)] {
            let dist = try Binomial(trials: trials, probability: p)
            for seed in samplerSeeds {
                var g = Xoshiro256StarStar(seed: seed)
                let draws = try (0..<n).map { _ in try g.nextBinomial(trials: trials, probability: p) }
                try assertChiSquareFits(draws, pmf: dist.pmf, support: 0...trials, "binomial(\(trials), \(p)) seed \(seed)")
            }
        }
    }

    func testPoissonSamplerPassesChiSquareInBothRegimes() throws {
        for mean in [2.5, 10.0, 150.0] {
            let dist = try Poisson(mean: mean)
            for seed in samplerSeeds {
                var g = Xoshiro256StarStar(seed: seed)
                let draws = try (0..<n).map { _ in try g.nextPoisson(mean: mean) }
                try assertChiSquareFits(draws, pmf: dist.pmf, support: 0...Int(mean * 3 + 30), "Poisson(\(mean)) seed \(seed)")
            }
        }
    }
}
