import TestSupport
import Weighting
import XCTest

/// Published worked examples, checked at the precision they were printed with.
final class PublishedExampleTests: XCTestCase {
    /// Saaty, T. L. (2008), "Decision making with the analytic hierarchy process", International Journal of
    /// Services Sciences 1(1), 83–98, doi:10.1504/IJSSCI.2008.017590: "Which drink is consumed more in the
    /// U.S.?" — the 7 × 7 judgment matrix of 30 participants and its eigenvector priorities, printed to three
    /// decimals (coffee .177, wine .019, tea .042, beer .116, sodas .190, milk .129, water .327), with C.R. = .022.
    /// Transcribed as in the AHPy README (PhilipGriffith/AHPy, "Relative consumption of drinks in the United
    /// States"), which reproduces the same numbers with `random_index='saaty'` (Saaty 2005 RI table).
    static let drinks: [[Double]] = [
        [1, 9, 5, 2, 1, 1, 1.0 / 2],
        [1.0 / 9, 1, 1.0 / 3, 1.0 / 9, 1.0 / 9, 1.0 / 9, 1.0 / 9],
        [1.0 / 5, 3, 1, 1.0 / 3, 1.0 / 4, 1.0 / 3, 1.0 / 9],
        [1.0 / 2, 9, 3, 1, 1.0 / 2, 1, 1.0 / 3],
        [1, 9, 4, 2, 1, 2, 1.0 / 2],
        [1, 9, 3, 1, 1.0 / 2, 1, 1.0 / 3],
        [2, 9, 9, 3, 2, 3, 1],
    ]

    func testAHPDrinkConsumptionMatchesSaaty2008AtThreeDecimals() throws {
        let names = ["coffee", "wine", "tea", "beer", "sodas", "milk", "water"]
        let r = try AHP(randomIndex: .saaty2005).evaluate(PairwiseComparisonMatrix(criteria: names, rows: Self.drinks))
        let published = [0.177, 0.019, 0.042, 0.116, 0.190, 0.129, 0.327]
        for (w, p) in zip(r.weights, published) {
            XCTAssertEqual(w, p, accuracy: 0.0005, "printed to 3 decimals")
        }
        XCTAssertEqual(r.consistencyRatio, 0.022, accuracy: 0.0005)
        XCTAssertTrue(r.isConsistent)
    }
}
