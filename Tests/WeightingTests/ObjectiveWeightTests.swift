import TestSupport
import Weighting
import XCTest

final class ObjectiveWeightTests: XCTestCase {
    func testEntropyWeightsMatchTextbookTranscription() throws {
        // Expected: numpy transcription of 熵权法 (min–max with direction, 0·ln0 = 0),
        // Tests/References/Weighting/reference.py `entropyTextbook`.
        let expected = [0.29619267600792565, 0.2807191302647853, 0.18826807503787493, 0.2348201186894141]
        let w = try EntropyWeighting().weights(ReferenceData.matrix())
        assertClose(w.weights, expected, relativeTolerance: 1e-12)
        XCTAssertEqual(w.criteria, ReferenceData.criteria)
    }

    func testEntropyShiftVariantMatchesTranscription() throws {
        // Expected: reference.py `entropyShift001` (normalised values + 0.01).
        let expected = [0.2961419679421902, 0.2809606361795042, 0.1876136146299557, 0.2352837812483499]
        let w = try EntropyWeighting(shift: 0.01).weights(ReferenceData.matrix())
        assertClose(w.weights, expected, relativeTolerance: 1e-12)
    }

    func testEntropyOnRawValuesMatchesPymcdm() throws {
        // Expected: pymcdm 1.4.0 weights.entropy_weights(X) (raw values, no direction), reference.py `entropyPymcdmRaw`.
        let expected = [0.4565698872392692, 0.2225559701314635, 0.2647097790353754, 0.05616436359389194]
        let w = try EntropyWeighting(normalization: .none).weights(ReferenceData.matrix(allBenefit: true))
        assertClose(w.weights, expected, relativeTolerance: 1e-12)
    }

    func testEntropyZeroCellContributesNothing() throws {
        // A zero cell: 0·ln 0 = 0. Column [0, 1, 1]: p = (0, ½, ½), e = ln 2 / ln 3; column [1, 2, 3]
        // after min–max is [0, ½, 1]: p = (0, ⅓, ⅔), e = −(⅓ ln ⅓ + ⅔ ln ⅔)/ln 3 (closed form, by hand).
        let m = try DecisionMatrix(rows: [[0, 1], [1, 2], [1, 3]])
        let e = try EntropyWeighting().entropies(m)
        let e2 = -((1.0 / 3) * log(1.0 / 3) + (2.0 / 3) * log(2.0 / 3)) / log(3.0)
        assertClose(e, [log(2.0) / log(3.0), e2], relativeTolerance: 1e-14)
    }

    func testConstantColumnIsReportedByName() throws {
        let m = try DecisionMatrix(criteria: ["a", "flat"], rows: [[1, 5], [2, 5], [3, 5]])
        XCTAssertThrowsError(try EntropyWeighting().weights(m)) { error in
            XCTAssertEqual(error as? WeightingError, .constantColumn(criterion: "flat"))
        }
        XCTAssertThrowsError(try CRITICWeighting().weights(m))
        // Documented result for dispersion on raw values: a constant column has weight 0.
        let cv = try DispersionWeighting(.coefficientOfVariation).weights(m)
        XCTAssertEqual(cv.weights[1], 0)
        // Raw entropy: a constant column has entropy 1, weight 0.
        XCTAssertEqual(try EntropyWeighting(normalization: .none).weights(m).weights[1], 0, accuracy: 1e-13)
    }

    func testCRITICWithDirectionMatchesTranscription() throws {
        // Expected: reference.py `criticTextbook` (Diakoulaki et al. 1995, min–max with direction).
        let expected = [0.25723254765521525, 0.19252568904689343, 0.35787797534226556, 0.1923637879556257]
        assertClose(try CRITICWeighting().weights(ReferenceData.matrix()).weights, expected, relativeTolerance: 1e-12)
    }

    func testCRITICAllBenefitMatchesPymcdm() throws {
        // Expected: pymcdm 1.4.0 weights.critic_weights(X), reference.py `criticPymcdmAllBenefit`.
        let expected = [0.3608283904743619, 0.2083513865594198, 0.19022011558907276, 0.2406001073771455]
        let w = try CRITICWeighting().weights(ReferenceData.matrix(allBenefit: true))
        assertClose(w.weights, expected, relativeTolerance: 1e-12)
    }

    func testStandardDeviationWeights() throws {
        // Expected: reference.py `stddevMinMax` (numpy) and `stddevPymcdmRaw` (pymcdm 1.4.0 standard_deviation_weights).
        assertClose(try DispersionWeighting(.standardDeviation).weights(ReferenceData.matrix()).weights,
                    [0.2585037263975106, 0.25904742257232904, 0.22761761178112658, 0.2548312392490339],
                    relativeTolerance: 1e-12)
        assertClose(try DispersionWeighting(.standardDeviation, normalization: .none).weights(ReferenceData.matrix()).weights,
                    [0.07158421866071266, 0.012638984637722084, 0.2101043715415505, 0.7056724251600146],
                    relativeTolerance: 1e-12)
    }

    func testCoefficientOfVariationWeights() throws {
        // Expected: reference.py `cvWeights` (numpy, ddof = 1).
        assertClose(try DispersionWeighting(.coefficientOfVariation).weights(ReferenceData.matrix()).weights,
                    [0.35295062090163065, 0.24785302251143151, 0.2746792564017418, 0.12451710018519607],
                    relativeTolerance: 1e-12)
    }

    func testSingleAlternativeIsRejected() throws {
        let m = try DecisionMatrix(rows: [[1, 2]])
        XCTAssertThrowsError(try EntropyWeighting().weights(m))
        XCTAssertThrowsError(try DispersionWeighting(.standardDeviation).weights(m))
    }
}
