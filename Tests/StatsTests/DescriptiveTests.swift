import Stats
import TestSupport
import XCTest

/// Expected values: numpy 2.4.6 (np.mean, np.var, np.std, np.average, np.quantile, np.median)
/// and the direct O(n²) Gini mean-difference / Theil T sums, printed by
/// Tests/References/Stats/descriptive.py.
final class DescriptiveTests: XCTestCase {
    let x = [3.2, -1.5, 7.75, 0.0, 12.5, 4.4, 4.4, -6.1, 9.0, 2.25, 1e-3]

    func testMeanVarianceAndStandardDeviationMatchNumpy() {
        assertClose(Descriptive.mean(x), 3.2637272727272726, relativeTolerance: 1e-15)
        assertClose(Descriptive.variance(x), 27.36239281818182, relativeTolerance: 1e-14)
        assertClose(Descriptive.variance(x, ddof: 0), 24.874902561983472, relativeTolerance: 1e-14)
        assertClose(Descriptive.standardDeviation(x), 5.230907456472712, relativeTolerance: 1e-14)
    }

    func testVarianceIsExactWithLargeOffset() {
        // np.var(1e9 + [4, 7, 13, 16], ddof=1) = 30 (a one-pass sum of squares loses every digit).
        XCTAssertEqual(Descriptive.variance([1e9 + 4, 1e9 + 7, 1e9 + 13, 1e9 + 16]), 30)
    }

    func testVarianceOfTooFewValuesIsNaN() {
        XCTAssertTrue(Descriptive.variance([1.0]).isNaN)
        XCTAssertTrue(Descriptive.mean([]).isNaN)
        XCTAssertEqual(Descriptive.variance([1.0], ddof: 0), 0)
    }

    func testQuantilesMatchNumpyLinearMethod() throws {
        let ps = [0, 0.1, 0.25, 0.5, 0.75, 0.9, 0.99, 1]
        let expected = [-6.1, -1.5, 0.0005, 3.2, 6.075, 9.0, 12.150000000000002, 12.5]
        assertClose(try Descriptive.quantiles(x, ps), expected, relativeTolerance: 1e-14, absoluteFloor: 1e-12)
        assertClose(try Descriptive.quantile(x, 0.75), 6.075, relativeTolerance: 1e-14)
        assertClose(try Descriptive.median(Array(x.prefix(10))), 3.8000000000000003, relativeTolerance: 1e-15)
        assertClose(try Descriptive.median(x), 3.2, relativeTolerance: 1e-15)
    }

    func testQuantileRejectsBadInput() {
        XCTAssertThrowsError(try Descriptive.quantile([], 0.5)) { XCTAssertEqual($0 as? StatsError, .emptyInput("quantile of an empty sample")) }
        XCTAssertThrowsError(try Descriptive.quantile(x, 1.5))
        XCTAssertThrowsError(try Descriptive.quantile(x, .nan))
        XCTAssertThrowsError(try Descriptive.median([1, .nan]))
    }

    func testWeightedMeanAndVarianceMatchNumpyAverage() throws {
        let v = [2.0, 5.0, 1.0, 8.0, 3.5]
        let w = [1.0, 3.0, 0.5, 2.0, 0.0]
        assertClose(try Descriptive.weightedMean(v, weights: w), 5.153846153846154, relativeTolerance: 1e-15)
        assertClose(try Descriptive.weightedVariance(v, weights: w), 5.36094674556213, relativeTolerance: 1e-14)
    }

    func testWeightedVarianceTreatsWeightsAsFrequencies() throws {
        // Integer weights = repeated observations: np.var(np.repeat(v, w), ddof=1 / 0).
        let v = [2.0, 5.0, 1.0, 8.0, 3.5]
        let w = [1.0, 3.0, 2.0, 2.0, 0.0]
        assertClose(try Descriptive.weightedVariance(v, weights: w, ddof: 1), 7.982142857142857, relativeTolerance: 1e-14)
        assertClose(try Descriptive.weightedVariance(v, weights: w, ddof: 0), 6.984375, relativeTolerance: 1e-14)
    }

    func testWeightedStatisticsRejectBadWeights() {
        XCTAssertThrowsError(try Descriptive.weightedMean([1, 2], weights: [1])) {
            XCTAssertEqual($0 as? StatsError, .lengthMismatch(expected: 2, actual: 1))
        }
        XCTAssertThrowsError(try Descriptive.weightedMean([1, 2], weights: [1, -1]))
        XCTAssertThrowsError(try Descriptive.weightedMean([1, 2], weights: [0, 0]))
        XCTAssertThrowsError(try Descriptive.weightedMean([], weights: []))
        XCTAssertThrowsError(try Descriptive.weightedVariance([1, 2], weights: [0.5, 0.4], ddof: 1))
    }

    let income = [12.0, 30.0, 7.5, 0.0, 55.0, 21.0, 21.0, 9.0]
    let incomeWeights = [2.0, 1.0, 3.0, 0.5, 1.0, 2.5, 1.0, 4.0]

    func testGiniMatchesDirectMeanDifferenceSum() throws {
        assertClose(try Descriptive.gini(income), 0.43609324758842444, relativeTolerance: 1e-14)
        assertClose(try Descriptive.gini(income, weights: incomeWeights), 0.37005532503457816, relativeTolerance: 1e-14)
        // Frequency weights equal repeating the values.
        assertClose(try Descriptive.gini(income, weights: [2, 1, 3, 1, 1, 2, 1, 4]), 0.39710773680404915, relativeTolerance: 1e-14)
    }

    func testGiniOfEqualValuesIsZeroAndOfOneHolderIsOneMinusOneOverN() throws {
        XCTAssertEqual(try Descriptive.gini([4, 4, 4, 4]), 0, accuracy: 1e-15)
        // Textbook value (Cowell 2011): one of n units holds everything → G = 1 − 1/n.
        assertClose(try Descriptive.gini([0, 0, 0, 0, 10]), 0.8, relativeTolerance: 1e-15)
    }

    func testTheilMatchesDefiningSum() throws {
        assertClose(try Descriptive.theil(income), 0.34478849603857475, relativeTolerance: 1e-14)
        assertClose(try Descriptive.theil(income, weights: incomeWeights), 0.2534806873274846, relativeTolerance: 1e-14)
        // One of n units holds everything → T = ln n (Theil 1967).
        assertClose(try Descriptive.theil([0, 0, 0, 7]), Foundation.log(4.0), relativeTolerance: 1e-15)
    }

    func testInequalityIndicesRejectNegativeOrAllZeroValues() {
        XCTAssertThrowsError(try Descriptive.gini([1, -2, 3]))
        XCTAssertThrowsError(try Descriptive.theil([0, 0]))
        XCTAssertThrowsError(try Descriptive.gini([1, 2], weights: [1, 2, 3]))
    }
}
