import Stats
import XCTest

final class SamplingBehaviourTests: XCTestCase {
    func testSameSeedGivesSameSampleSequence() throws {
        func draw(_ seed: UInt64) throws -> [Double] {
            var g = Xoshiro256StarStar(seed: seed)
            var out: [Double] = []
            for _ in 0..<50 {
                out.append(g.nextUniform())
                out.append(g.nextNormal())
                out.append(try g.nextGamma(shape: 0.7))
                out.append(try g.nextBeta(2, 3))
                out.append(Double(try g.nextBinomial(trials: 500, probability: 0.3)))
                out.append(Double(try g.nextPoisson(mean: 25)))
                out.append(Double(try g.nextInt(below: 17)))
            }
            return out
        }
        for seed in samplerSeeds {
            XCTAssertEqual(try draw(seed), try draw(seed))
        }
        XCTAssertNotEqual(try draw(1), try draw(2))
    }

    func testUniformFormulaIsTop53BitsOfNext() {
        var a = Xoshiro256StarStar(seed: 42)
        var b = Xoshiro256StarStar(seed: 42)
        for _ in 0..<100 {
            XCTAssertEqual(a.nextUniform(), Double(b.next() >> 11) * 0x1p-53)
        }
    }

    func testNextIntBelowIsUniformByChiSquare() throws {
        // 7 cells, 14 000 draws: chi-square with 6 df; the 0.999 quantile is 22.46
        // (scipy.stats.chi2.ppf(0.999, 6)).
        for seed in samplerSeeds {
            var g = Xoshiro256StarStar(seed: seed)
            var counts = [Int](repeating: 0, count: 7)
            for _ in 0..<14_000 { counts[try g.nextInt(below: 7)] += 1 }
            let chi2 = counts.reduce(0.0) { $0 + pow(Double($1) - 2_000, 2) / 2_000 }
            XCTAssertLessThan(chi2, 22.46, "seed \(seed) counts \(counts)")
        }
    }

    func testNextIntBelowOneIsZeroAndHugeBoundsStayInRange() throws {
        var g = Xoshiro256StarStar(seed: 3)
        XCTAssertTrue(try (0..<100).allSatisfy { _ in try g.nextInt(below: 1) == 0 })
        let big = Int.max
        XCTAssertTrue(try (0..<1000).allSatisfy { _ in (0..<big).contains(try g.nextInt(below: big)) })
    }

    func testNextIntBelowAnEmptyRangeThrowsInsteadOfTrapping() {
        // Bounds like a group's size come from data: 0 or a negative count must be a reported error,
        // and the failed call must not consume a draw (the stream continues as if it were never made).
        for seed in samplerSeeds {
            var g = Xoshiro256StarStar(seed: seed)
            var reference = Xoshiro256StarStar(seed: seed)
            for n in [0, -1, Int.min] {
                XCTAssertThrowsError(try g.nextInt(below: n)) { error in
                    XCTAssertEqual(error as? StatsError,
                                   .invalidParameter("nextInt(below:) needs a positive bound, got \(n) (an empty range)"))
                }
            }
            XCTAssertEqual(g.next(), reference.next())
        }
    }

    func testShuffleProducesEveryPermutationOfThreeEquallyOften() {
        // 6 permutations, 12 000 shuffles: chi-square with 5 df; 0.999 quantile 20.52
        // (scipy.stats.chi2.ppf(0.999, 5)).
        for seed in samplerSeeds {
            var g = Xoshiro256StarStar(seed: seed)
            var counts: [[Int]: Int] = [:]
            for _ in 0..<12_000 {
                var a = [0, 1, 2]
                g.shuffle(&a)
                counts[a, default: 0] += 1
            }
            XCTAssertEqual(counts.count, 6)
            let chi2 = counts.values.reduce(0.0) { $0 + pow(Double($1) - 2_000, 2) / 2_000 }
            XCTAssertLessThan(chi2, 20.52, "seed \(seed)")
        }
    }

    func testShuffleKeepsElements() {
        var g = Xoshiro256StarStar(seed: 11)
        var a = Array(0..<100)
        g.shuffle(&a)
        XCTAssertEqual(a.sorted(), Array(0..<100))
        XCTAssertNotEqual(a, Array(0..<100))
        var empty: [Int] = []
        g.shuffle(&empty)
        XCTAssertEqual(empty, [])
    }

    func testInvalidSamplerParametersThrow() {
        var g = Xoshiro256StarStar(seed: 1)
        XCTAssertThrowsError(try g.nextGamma(shape: 0)) { XCTAssertTrue($0 is StatsError) }
        XCTAssertThrowsError(try g.nextGamma(shape: 1, scale: -1))
        XCTAssertThrowsError(try g.nextGamma(shape: .nan))
        XCTAssertThrowsError(try g.nextBeta(1, .infinity))
        XCTAssertThrowsError(try g.nextDirichlet([]))
        XCTAssertThrowsError(try g.nextDirichlet([1, 0]))
        XCTAssertThrowsError(try g.nextBinomial(trials: -1, probability: 0.5))
        XCTAssertThrowsError(try g.nextBinomial(trials: 5, probability: 1.5))
        XCTAssertThrowsError(try g.nextBinomial(trials: 5, probability: .nan))
        XCTAssertThrowsError(try g.nextPoisson(mean: -1))
        XCTAssertThrowsError(try g.nextPoisson(mean: .nan))
        XCTAssertThrowsError(try g.nextPoisson(mean: .infinity))
        XCTAssertThrowsError(try g.nextMultinomial(trials: 3, probabilities: [0.5, 0.4]))
        XCTAssertThrowsError(try g.nextMultinomial(trials: 3, probabilities: [1.5, -0.5]))
        XCTAssertThrowsError(try g.nextMultinomial(trials: -3, probabilities: [1]))
    }

    func testDegenerateParametersGiveDegenerateDraws() throws {
        var g = Xoshiro256StarStar(seed: 1)
        XCTAssertEqual(try g.nextBinomial(trials: 0, probability: 0.5), 0)
        XCTAssertEqual(try g.nextBinomial(trials: 9, probability: 0), 0)
        XCTAssertEqual(try g.nextBinomial(trials: 9, probability: 1), 9)
        XCTAssertEqual(try g.nextPoisson(mean: 0), 0)
        XCTAssertEqual(try g.nextMultinomial(trials: 4, probabilities: [0, 1, 0]), [0, 4, 0])
        XCTAssertEqual(g.nextNormal(mean: 2, standardDeviation: 0), 2)
    }
}
