import Linalg
import TestSupport
import Weighting
import XCTest

final class CombinationAndRegressionTests: XCTestCase {
    static let entropy = [0.29619267600792565, 0.2807191302647853, 0.18826807503787493, 0.2348201186894141]
    static let subjective = [0.4, 0.3, 0.1, 0.2]

    func testMultiplicativeAndLinearCombination() throws {
        // Expected: reference.py `combinedMultiplicative`, `combinedLinear03`.
        assertClose(try WeightCombination.multiplicative(Self.entropy, Self.subjective),
                    [0.44128226987521485, 0.3136717710332391, 0.07012273616745984, 0.17492322292408619],
                    relativeTolerance: 1e-12)
        assertClose(try WeightCombination.linear(Self.entropy, Self.subjective, alpha: 0.3),
                    [0.3688578028023777, 0.29421573907943555, 0.12648042251136246, 0.21044603560682423],
                    relativeTolerance: 1e-12)
        XCTAssertThrowsError(try WeightCombination.linear(Self.entropy, Self.subjective, alpha: 1.5))
    }

    func testGameTheoryCombination() throws {
        // Expected: reference.py `gameAlpha`, `gameWeights` (numpy.linalg.solve of (U Uᵀ) α = diag(U Uᵀ)).
        let (alpha, w) = try WeightCombination.gameTheory([Self.entropy, Self.subjective])
        assertClose(alpha, [0.296144045938162, 0.7038559540618381], relativeTolerance: 1e-10)
        assertClose(w, [0.36925807907497354, 0.29429008522740685, 0.1261400648688896, 0.21031177082873015],
                    relativeTolerance: 1e-10)
    }

    func testPCAWeights() throws {
        // Expected: reference.py `pcaWeights` (2 components reach 85%) and `pcaKaiserWeights` (1 component).
        let (w, k) = try PCAWeighting().evaluate(ReferenceData.matrix())
        XCTAssertEqual(k, 2)
        assertClose(w.weights, [0.2399561877297421, 0.2578813975518694, 0.24076659111257698, 0.2613958236058116],
                    relativeTolerance: 1e-10)
        let (wk, k1) = try PCAWeighting(retention: .kaiser).evaluate(ReferenceData.matrix())
        XCTAssertEqual(k1, 1)
        assertClose(wk.weights, [0.1873716721949211, 0.28075579054171157, 0.264858992617934, 0.2670135446454333],
                    relativeTolerance: 1e-10)
    }

    func testRegressionWeights() throws {
        let y = [78.0, 61.0, 90.0, 70.0, 66.0, 72.0]
        // Expected: reference.py `olsBeta`/`olsWeights` (numpy.linalg.lstsq on centred data) and
        // `nnlsBeta`/`nnlsWeights` (scipy.optimize.nnls on centred data).
        let ols = try RegressionWeighting().evaluate(ReferenceData.matrix(), outcome: y)
        assertClose(ols.coefficients, [1.1797083663500776, 227.22914829616042, 0.1552947591629561, -2.9977399254090358],
                    relativeTolerance: 1e-9)
        assertClose(ols.weights.weights, [0.005229982418590787, 1.007371384723756, 0.0006884657965378322, -0.013289832938884525],
                    relativeTolerance: 1e-9)
        let nn = try RegressionWeighting(nonNegative: true).evaluate(ReferenceData.matrix(), outcome: y)
        assertClose(nn.coefficients, [4.11940064440883, 51.78810164370319, 0.4863712213557607, 0.0],
                    relativeTolerance: 1e-9, absoluteFloor: 1e-9)
        assertClose(nn.weights.weights, [0.07304695329568446, 0.9183285066419256, 0.00862454006239003, 0.0],
                    relativeTolerance: 1e-9, absoluteFloor: 1e-9)
    }
}
