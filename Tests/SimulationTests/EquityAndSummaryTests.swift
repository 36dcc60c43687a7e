import Simulation
import TestSupport
import XCTest

final class EquityAndSummaryTests: XCTestCase {
    // Expected: O(n²) weighted Gini and Theil T in numpy, Tests/References/Simulation/equity_and_quantiles.py
    func testWeightedGiniAndTheilMatchNumpyDoubleSum() {
        let coverage = [0.25, 1.0, 0.5, 0.0, 0.75]
        let population = [920000.0, 903714, 675048, 286966, 1640000]
        assertClose(Equity.gini(coverage, weights: population), 0.27274946418921686, relativeTolerance: 1e-12)
        assertClose(Equity.theil(coverage, weights: population), 0.15808202950349548, relativeTolerance: 1e-12)
        let spending = [3.5, 12.25, 7.0, 0.8]
        let weights = [1.0, 2, 3, 4]
        assertClose(Equity.gini(spending, weights: weights), 0.45268199233716461, relativeTolerance: 1e-12)
        assertClose(Equity.theil(spending, weights: weights), 0.37662347189784562, relativeTolerance: 1e-12)
    }

    func testEquityOfEqualOrZeroValuesIsZero() {
        XCTAssertEqual(Equity.gini([0.4, 0.4, 0.4], weights: [1, 5, 2]), 0, accuracy: 1e-15)
        XCTAssertEqual(Equity.theil([0.4, 0.4, 0.4], weights: [1, 5, 2]), 0, accuracy: 1e-15)
        XCTAssertEqual(Equity.gini([0, 0], weights: [1, 1]), 0)
        XCTAssertEqual(Equity.theil([0, 0], weights: [1, 1]), 0)
    }

    // Expected: numpy.percentile (linear) and np.std(ddof=1), Tests/References/Simulation/equity_and_quantiles.py
    func testAcrossRunsMatchesNumpyPercentilesAndSkipsUndefinedRuns() {
        let v = [3.0, 1, 4, 1, 5, 9, 2, 6, 5, 3, 5]
        let s = AcrossRuns(v + [.nan])
        XCTAssertEqual(s.n, 11)
        assertClose(s.mean, 4, relativeTolerance: 1e-15)
        assertClose(s.sd, 2.3664319132398464, relativeTolerance: 1e-14)
        assertClose(s.p5, 1, relativeTolerance: 1e-15)
        assertClose(s.p50, 4, relativeTolerance: 1e-15)
        assertClose(s.p95, 7.5, relativeTolerance: 1e-15)
        XCTAssertTrue(AcrossRuns([.nan]).mean.isNaN)
    }
}
