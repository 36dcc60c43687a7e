import Figures
import XCTest

/// Nice ticks, XML escaping, palette.
final class SVGWriterTests: XCTestCase {
    func testNiceScaleFollowsHeckbertsLooseLabelling() {
        // Heckbert (Graphics Gems, 1990), loose labelling worked by hand: range 105..543, 5 ticks → nicenum(438) = 500,
        // d = nicenum(125, round) = 100, graph 100..600.
        let s = NiceScale(minimum: 105, maximum: 543, ticks: 5)
        XCTAssertEqual(s.lower, 100)
        XCTAssertEqual(s.upper, 600)
        XCTAssertEqual(s.step, 100)
        XCTAssertEqual(s.ticks.map(s.label), ["100", "200", "300", "400", "500", "600"])
        // 0..1 → nicenum(1) = 1, d = nicenum(0.25, round) = 0.2, one decimal.
        let u = NiceScale(minimum: 0, maximum: 1)
        XCTAssertEqual(u.ticks.map(u.label), ["0.0", "0.2", "0.4", "0.6", "0.8", "1.0"])
        // −0.034..0.021 → range nicenum(0.055) = 0.1, d = nicenum(0.025, round) = 0.02.
        let n = NiceScale(minimum: -0.034, maximum: 0.021)
        XCTAssertEqual(n.ticks.map(n.label), ["-0.04", "-0.02", "0.00", "0.02", "0.04"])
    }

    func testNiceScaleOfAConstantIsNotEmpty() {
        let s = NiceScale(minimum: 5, maximum: 5)
        XCTAssertLessThan(s.lower, 5)
        XCTAssertGreaterThan(s.upper, 5)
    }

    func testXMLEscapeReplacesTheFiveSpecialCharacters() {
        XCTAssertEqual(XMLEscape.escape("a<b>&\"c\"'d'"), "a&lt;b&gt;&amp;&quot;c&quot;&apos;d&apos;")
        XCTAssertEqual(XMLEscape.escape("覆盖率\u{1}"), "覆盖率")
    }

    func testPaletteIsOkabeIto() {
        // Wong (2011), Nature Methods 8:441, Fig. 2.
        XCTAssertEqual(Palette.okabeIto.prefix(3), ["#E69F00", "#56B4E9", "#009E73"])
        XCTAssertEqual(Palette.sequential(0), "#F7FBFF")
        XCTAssertEqual(Palette.sequential(1), "#08306B")
    }

    func testBuiltInLabelsFollowTheLanguage() {
        XCTAssertEqual(BuiltInLabel.year.text(.zh), "年份")
        XCTAssertEqual(BuiltInLabel.year.text(.en), "Year")
        XCTAssertEqual(BuiltInLabel.coverage.text(.zh), "覆盖率 (%)")
    }
}
