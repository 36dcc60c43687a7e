import Figures
import FoundationXML
import TestSupport
import XCTest

/// The fitted line and confidence band of the scatter chart.
final class ScatterChartTests: XCTestCase {
    private let x = [1.0, 2, 3, 4, 5, 6, 7, 8]
    private let y = [2.1, 3.9, 6.2, 7.8, 10.1, 12.2, 13.8, 16.3]

    func testLineAndBandMatchNumpyAndScipy() throws {
        let f = try XCTUnwrap(try ScatterChart.fit(x: x, y: y))
        // Expected: numpy.polyfit + scipy.stats.t.ppf, Tests/References/Figures/scatter_band.py.
        assertClose(f.intercept, -0.014285714285715609, relativeTolerance: 1e-9)
        assertClose(f.slope, 2.0142857142857147, relativeTolerance: 1e-12)
        assertClose(f.critical, 2.4469118511449786, relativeTolerance: 1e-9)
        assertClose(f.halfWidth(at: 0), 0.39029722017485113, relativeTolerance: 1e-9)
        assertClose(f.halfWidth(at: 4.5), 0.1770944779865782, relativeTolerance: 1e-9)
        assertClose(f.halfWidth(at: 10), 0.4605105079683222, relativeTolerance: 1e-9)
    }

    func testScatterSVGHasAPointPerPairAndABand() throws {
        let svg = try ParsedSVG(try ScatterChart.render(x: x + [.nan], y: y + [1], style: FigureStyle(language: .en), xTitle: "Staff", yTitle: "Score").render())
        XCTAssertEqual(try svg.count("circle", in: try XCTUnwrap(svg.groups("points").first)), 8)
        let fit = try XCTUnwrap(svg.groups("fit").first)
        XCTAssertEqual(try svg.count("polygon", in: fit), 1)
        XCTAssertEqual(try svg.count("path", in: fit), 1)
        XCTAssertTrue(try svg.texts().contains("95% confidence band"))
    }

    func testTooFewPointsGiveNoFit() throws {
        XCTAssertNil(try ScatterChart.fit(x: [1, 2], y: [1, 2]))
        XCTAssertNil(try ScatterChart.fit(x: [1, 1, 1], y: [1, 2, 3]))
    }
}
