import Stats
import XCTest

/// Sample moments of every sampler against the textbook mean and variance
/// (normal, gamma, beta, binomial, Poisson, Dirichlet, multinomial formulas; e.g.
/// Johnson, Kotz and Balakrishnan), for several fixed seeds, within 4.5 standard errors.
final class SamplingMomentTests: XCTestCase {
    let n = 3_000

    func testNormalMomentsMatchParameters() {
        for seed in samplerSeeds {
            var g = Xoshiro256StarStar(seed: seed)
            let x = (0..<n).map { _ in g.nextNormal(mean: 3, standardDeviation: 2) }
            assertMoments(x, mean: 3, variance: 4, "normal seed \(seed)")
        }
    }

    func testUniformInRangeMomentsMatchParameters() {
        for seed in samplerSeeds {
            var g = Xoshiro256StarStar(seed: seed)
            let x = (0..<n).map { _ in g.nextUniform(in: -2..<6) }
            XCTAssertTrue(x.allSatisfy { $0 >= -2 && $0 < 6 })
            assertMoments(x, mean: 2, variance: 64.0 / 12, "uniform seed \(seed)")
        }
    }

    func testGammaMomentsMatchShapeAndScale() throws {
        for seed in samplerSeeds {
            var g = Xoshiro256StarStar(seed: seed)
            for (k, theta) in [(0.3, 2.0), (1.0, 1.0), (4.5, 0.5), (50.0, 3.0)] {
                let x = try (0..<n).map { _ in try g.nextGamma(shape: k, scale: theta) }
                assertMoments(x, mean: k * theta, variance: k * theta * theta, "gamma(\(k), \(theta)) seed \(seed)")
            }
        }
    }

    func testBetaMomentsMatchShapes() throws {
        for seed in samplerSeeds {
            var g = Xoshiro256StarStar(seed: seed)
            for (a, b) in [(0.5, 0.5), (2.0, 5.0), (0.2, 3.0), (30.0, 10.0)] {
                let x = try (0..<n).map { _ in try g.nextBeta(a, b) }
                XCTAssertTrue(x.allSatisfy { $0 >= 0 && $0 <= 1 })
                let mean = a / (a + b)
                let variance = a * b / ((a + b) * (a + b) * (a + b + 1))
                assertMoments(x, mean: mean, variance: variance, "beta(\(a), \(b)) seed \(seed)")
            }
        }
    }

    func testBinomialMomentsMatchInversionAndBTPERegimes() throws {
        for seed in samplerSeeds {
            var g = Xoshiro256StarStar(seed: seed)
            // n·min(p, 1−p) ≤ 30 uses inversion; above uses BTPE; p > 1/2 mirrors.
            for (trials, p) in [(10, 0.3), (1000, 0.01), (100, 0.9), (1000, 0.4), (5000, 0.93), (200, 0.5)] {
                let x = try (0..<n).map { _ in Double(try g.nextBinomial(trials: trials, probability: p)) }
                XCTAssertTrue(x.allSatisfy { $0 >= 0 && $0 <= Double(trials) })
                let nd = Double(trials)
                assertMoments(x, mean: nd * p, variance: nd * p * (1 - p), "binomial(\(trials), \(p)) seed \(seed)")
            }
        }
    }

    func testPoissonMomentsMatchMeanInBothRegimes() throws {
        for seed in samplerSeeds {
            var g = Xoshiro256StarStar(seed: seed)
            for lambda in [0.001, 0.7, 9.5, 10.0, 37.2, 1e4] {
                let x = try (0..<n).map { _ in Double(try g.nextPoisson(mean: lambda)) }
                assertMoments(x, mean: lambda, variance: lambda, "Poisson(\(lambda)) seed \(seed)")
            }
        }
    }

    func testBernoulliFrequencyMatchesProbability() {
        for seed in samplerSeeds {
            var g = Xoshiro256StarStar(seed: seed)
            let x = (0..<n).map { _ in g.nextBernoulli(0.23) ? 1.0 : 0.0 }
            assertMoments(x, mean: 0.23, variance: 0.23 * 0.77, "Bernoulli seed \(seed)")
        }
        var g = Xoshiro256StarStar(seed: 5)
        XCTAssertFalse((0..<100).contains { _ in g.nextBernoulli(0) })
        XCTAssertTrue((0..<100).allSatisfy { _ in g.nextBernoulli(1) })
    }

    func testDirichletComponentsHaveBetaMarginalMoments() throws {
        let alpha = [0.5, 2.0, 7.5]
        let a0 = alpha.reduce(0, +)
        for seed in samplerSeeds {
            var g = Xoshiro256StarStar(seed: seed)
            let draws = try (0..<n).map { _ in try g.nextDirichlet(alpha) }
            for d in draws { XCTAssertEqual(d.reduce(0, +), 1, accuracy: 1e-12) }
            for (i, a) in alpha.enumerated() {
                let mean = a / a0
                let variance = a * (a0 - a) / (a0 * a0 * (a0 + 1))
                assertMoments(draws.map { $0[i] }, mean: mean, variance: variance, "Dirichlet[\(i)] seed \(seed)")
            }
        }
    }

    func testDirichletWithTinyConcentrationsStaysFinite() throws {
        var g = Xoshiro256StarStar(seed: 9)
        for _ in 0..<1000 {
            let d = try g.nextDirichlet([1e-4, 1e-4, 1e-4])
            XCTAssertTrue(d.allSatisfy { $0.isFinite && $0 >= 0 })
            XCTAssertEqual(d.reduce(0, +), 1, accuracy: 1e-12)
        }
    }

    func testMultinomialCountsHaveBinomialMarginalMoments() throws {
        let p = [0.1, 0.0, 0.25, 0.65]
        let trials = 50
        for seed in samplerSeeds {
            var g = Xoshiro256StarStar(seed: seed)
            let draws = try (0..<n).map { _ in try g.nextMultinomial(trials: trials, probabilities: p) }
            for d in draws { XCTAssertEqual(d.reduce(0, +), trials) }
            XCTAssertTrue(draws.allSatisfy { $0[1] == 0 })
            for (i, pi) in p.enumerated() where pi > 0 {
                let nd = Double(trials)
                assertMoments(draws.map { Double($0[i]) }, mean: nd * pi, variance: nd * pi * (1 - pi),
                              "multinomial[\(i)] seed \(seed)")
            }
        }
    }
}
