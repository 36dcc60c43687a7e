import Linalg
import Stats
import TestSupport
import Weighting
import XCTest

final class RobustnessTests: XCTestCase {
    func testResultsDoNotDependOnBatchSize() throws {
        let r = try WeightedSum().normalizedMatrix(ReferenceData.matrix())
        for seed: UInt64 in [1, 42, 20201001] {
            let a = try WeightRobustness(draws: 1000, concentration: 20, batchSize: 1000)
                .run(scores: r, alternatives: ReferenceData.matrix().alternatives, weights: ReferenceData.weights, seed: seed)
            let b = try WeightRobustness(draws: 1000, concentration: 20, batchSize: 7)
                .run(scores: r, alternatives: ReferenceData.matrix().alternatives, weights: ReferenceData.weights, seed: seed)
            XCTAssertEqual(a, b, "seed \(seed)")
        }
    }

    func testMeanScoreMatchesDirectLoopOverTheSameDraws() throws {
        // The dgemm path must equal scoring each Dirichlet draw by hand (same stream, same order).
        let r = try WeightedSum().normalizedMatrix(ReferenceData.matrix())
        let w = ReferenceData.weights
        for seed: UInt64 in [3, 99] {
            var rng = Xoshiro256StarStar(seed: seed)
            var sums = [Double](repeating: 0, count: r.rows)
            for _ in 0..<200 {
                let x = try rng.nextDirichlet(w.map { 50 * $0 })
                for i in 0..<r.rows { sums[i] += (0..<r.columns).reduce(0.0) { $0 + x[$1] * r[i, $1] } }
            }
            let res = try WeightRobustness(draws: 200, concentration: 50, batchSize: 64)
                .run(scores: r, alternatives: ReferenceData.matrix().alternatives, weights: w, seed: seed)
            assertClose(res.alternatives.map(\.meanScore), sums.map { $0 / 200 }, relativeTolerance: 1e-12)
        }
    }

    func testHighConcentrationKeepsThePointRanking() throws {
        // κ = 1e7: draws sit within ~1e-4 of w; the weighted-sum scores are ≥ 0.06 apart, so no rank moves.
        let r = try WeightedSum().normalizedMatrix(ReferenceData.matrix())
        let res = try WeightRobustness(draws: 500, concentration: 1e7)
            .run(scores: r, alternatives: ReferenceData.matrix().alternatives, weights: ReferenceData.weights, seed: 5)
        for a in res.alternatives {
            XCTAssertEqual(a.rankChangeProbability, 0)
            XCTAssertEqual(a.rankMin, a.pointRank)
            XCTAssertEqual(a.rankMax, a.pointRank)
        }
    }

    func testDominatedAlternativeIsAlwaysLastAndGradesSumToOne() throws {
        // Alternative "worst" is below every other on every criterion: last under any weights.
        let m = try DecisionMatrix(alternatives: ["a", "b", "worst"], criteria: ["x", "y"],
                                   values: Matrix([[0.9, 0.2], [0.3, 0.8], [0.1, 0.1]]))
        let scale = try GradeScale([.init(id: "A", minScore: 0.5, label: ""), .init(id: "B", minScore: 0, label: "")])
        let res = try WeightRobustness(draws: 2000, concentration: 2)
            .run(scores: m.values, alternatives: m.alternatives, weights: [0.5, 0.5], grades: scale, seed: 11)
        let worst = res.alternatives[2]
        XCTAssertEqual(worst.rankMin, 3)
        XCTAssertEqual(worst.rankChangeProbability, 0)
        XCTAssertEqual(worst.gradeProbabilities, [0, 1])
        // a and b swap places under diffuse weights: each is first in part of the draws.
        XCTAssertGreaterThan(res.alternatives[0].rankChangeProbability, 0.05)
        XCTAssertEqual(res.alternatives[0].rankMin, 1)
        XCTAssertEqual(res.alternatives[0].rankMax, 2)
        for a in res.alternatives { XCTAssertEqual(a.gradeProbabilities?.reduce(0, +) ?? 0, 1, accuracy: 1e-12) }
    }
}

final class RobustnessThreadingTests: XCTestCase {
    func testResultsDoNotDependOnThreads() throws {
        let r = try WeightedSum().normalizedMatrix(ReferenceData.matrix())
        let scale = try GradeScale([.init(id: "A", minScore: 0.6, label: ""), .init(id: "B", minScore: 0, label: "")])
        for seed: UInt64 in [2, 77] {
            let one = try WeightRobustness(draws: 3000, concentration: 10, batchSize: 500, threads: 1)
                .run(scores: r, alternatives: ReferenceData.matrix().alternatives, weights: ReferenceData.weights,
                     grades: scale, seed: seed)
            let four = try WeightRobustness(draws: 3000, concentration: 10, batchSize: 333, threads: 4)
                .run(scores: r, alternatives: ReferenceData.matrix().alternatives, weights: ReferenceData.weights,
                     grades: scale, seed: seed)
            XCTAssertEqual(one, four, "seed \(seed)")
        }
    }
}

final class RankSortTests: XCTestCase {
    func testCompetitionRanksOnRandomScoresWithTies() throws {
        // Robustness ranks must equal `competitionRanks` (a plain sort) for many random score vectors, ties included.
        var g = Xoshiro256StarStar(seed: 9)
        for trial in 0..<60 {
            let m = 1 + (try g.nextInt(below: 200))
            let scores = try (0..<m).map { _ in Double(try g.nextInt(below: trial % 2 == 0 ? 5 : 1_000_000)) }
            let x = try Matrix(rows: m, columns: 1, columnMajor: scores)
            let res = try WeightRobustness(draws: 1, concentration: 1, threads: 1)
                .run(scores: x, alternatives: (0..<m).map(String.init), weights: [1], seed: 1)
            XCTAssertEqual(res.alternatives.map(\.rankMin), competitionRanks(scores), "trial \(trial)")
        }
    }
}
