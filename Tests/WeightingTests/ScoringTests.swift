import Linalg
import TestSupport
import Weighting
import XCTest

final class ScoringTests: XCTestCase {
    func testWeightedSumOnMinMax() throws {
        // Expected: reference.py `weightedSumMinMax` (numpy R @ w).
        let s = try WeightedSum().scores(ReferenceData.matrix(), weights: ReferenceData.weights)
        assertClose(s.scores, [0.6884169884169884, 0.27902187902187897, 0.8, 0.5489703989703989,
                               0.3428571428571428, 0.46254826254826253], relativeTolerance: 1e-12)
        XCTAssertEqual(s.ranks, [2, 6, 1, 3, 5, 4])
    }

    func testTOPSISVectorMatchesPymcdm() throws {
        // Expected: pymcdm 1.4.0 TOPSIS(vector_normalization)(X, w, types), reference.py `topsisVectorPymcdm`.
        let s = try TOPSIS().scores(ReferenceData.matrix(), weights: ReferenceData.weights)
        assertClose(s.scores, [0.6223377751146834, 0.31352214476602636, 0.6684394153597158, 0.5325097592421261,
                               0.5255329480454758, 0.353848918120571], relativeTolerance: 1e-12)
    }

    func testTOPSISMinMaxMatchesPymcdmDefault() throws {
        // Expected: pymcdm 1.4.0 TOPSIS()(X, w, types) (min–max normalisation), reference.py `topsisMinMaxPymcdm`.
        let s = try TOPSIS(normalization: .minMax).scores(ReferenceData.matrix(), weights: ReferenceData.weights)
        assertClose(s.scores, [0.6758623717180646, 0.30381974811211493, 0.6986503716859597, 0.5206597162961052,
                               0.40803767060405355, 0.4491510568325982], relativeTolerance: 1e-12)
    }

    func testGreyRelationalGrades() throws {
        // Expected: reference.py `graGrades` (ρ = 0.5, weighted) and `graGradesRho03Equal` (ρ = 0.3, equal weights).
        let g = try GreyRelationalAnalysis().scores(ReferenceData.matrix(), weights: ReferenceData.weights)
        assertClose(g.scores, [0.6394205970676559, 0.43742042320637564, 0.8666666666666667, 0.5762905541200114,
                               0.4775847808105872, 0.5180652680652681], relativeTolerance: 1e-12)
        let g3 = try GreyRelationalAnalysis(rho: 0.3).scores(ReferenceData.matrix(), weights: [0.25, 0.25, 0.25, 0.25])
        assertClose(g3.scores, [0.5188751897471011, 0.34309925126285873, 0.8076923076923077, 0.5109428942042797,
                                0.3577063228286549, 0.4104292918870241], relativeTolerance: 1e-12)
    }

    func testObstacleDegreesRowsSumToOne() throws {
        // Expected: reference.py `obstacleRowMajor` (row-major 6 × 4); station 3 is best on all but cost.
        let expected = [0.3667905824039651, 0.15179677819083037, 0.3667905824039653, 0.11462205700123919,
                        0.376472688325598, 0.29989289539450203, 0.059443056051410224, 0.2641913602284898,
                        0.0, 0.0, 1.0, 0.0, 0.38008275074903697, 0.3295762590954488, 0.0, 0.2903409901555143,
                        0.10869565217391304, 0.38043478260869557, 0.13043478260869565, 0.38043478260869557,
                        0.5581896551724139, 0.17600574712643682, 0.13290229885057472, 0.13290229885057472]
        let o = try obstacleDegrees(ReferenceData.matrix(), weights: ReferenceData.weights)
        assertClose(o.rowArrays.flatMap { $0 }, expected, relativeTolerance: 1e-12, absoluteFloor: 1e-12)
    }

    func testFuzzyEvaluationOnGradeScale() throws {
        // Expected: reference.py `fuzzyScores`, `fuzzyGradeIndex` (peaks 95/85/70/30, weighted-average operator).
        let scale = try GradeScale([.init(id: "A", minScore: 90, label: "优秀"), .init(id: "B", minScore: 80, label: "良好"),
                                    .init(id: "C", minScore: 60, label: "合格"), .init(id: "D", minScore: 0, label: "不合格")])
        let f = try FuzzyComprehensiveEvaluation().scores(ReferenceData.matrix(), weights: ReferenceData.weights, grades: scale)
        assertClose(f.scores, [68.84169884169884, 39.714285714285715, 82.0, 53.89703989703989,
                               49.28571428571428, 55.254826254826256], relativeTolerance: 1e-12)
        XCTAssertEqual(f.grades, ["B", "D", "A", "D", "D", "C"])
    }

    func testFuzzyMaxMinOperatorByHand() throws {
        // B = W ∘ R with M(∧, ∨): b = (max(min(.6,.7),min(.4,.2)), max(min(.6,.3),min(.4,.8))) = (.6, .4) (by hand).
        let r = try Matrix([[0.7, 0.3], [0.2, 0.8]])
        let (b, g) = try FuzzyComprehensiveEvaluation(operator: .maxMin).evaluate(weights: [0.6, 0.4], membership: r)
        assertClose(b, [0.6, 0.4], relativeTolerance: 1e-15)
        XCTAssertEqual(g, 0)
    }

    func testGradeThresholdsUseMinScore() throws {
        let scale = try GradeScale([.init(id: "D", minScore: 0, label: "不合格"), .init(id: "A", minScore: 90, label: "优秀"),
                                    .init(id: "B", minScore: 80, label: "良好"), .init(id: "C", minScore: 60, label: "合格")])
        XCTAssertEqual([95, 90, 89.999, 80, 60, 59.9, -1].map { scale.grade($0).id }, ["A", "A", "B", "B", "C", "D", "D"])
        XCTAssertThrowsError(try GradeScale([.init(id: "A", minScore: 90, label: ""), .init(id: "B", minScore: 90, label: "")]))
    }

    func testCompetitionRanksShareTies() {
        XCTAssertEqual(competitionRanks([3, 5, 5, 1]), [3, 1, 1, 4])
    }

    func testBadWeightsAreRejected() throws {
        XCTAssertThrowsError(try WeightedSum().scores(ReferenceData.matrix(), weights: [1, 2]))
        XCTAssertThrowsError(try TOPSIS().scores(ReferenceData.matrix(), weights: [0.5, -0.1, 0.3, 0.3]))
    }
}
