import Figures
import Foundation
import FoundationXML
import XCTest

/// Every chart kind's SVG is well-formed XML with the expected elements and labels, in both languages.
final class FigureKindTests: XCTestCase {
    private let title = "济南市 <覆盖率> & \"成本\""
    private var zh: FigureStyle { FigureStyle(widthMM: 160, heightMM: 100, language: .zh, title: title) }

    private func checkCommon(_ svg: ParsedSVG) throws {
        let root = try XCTUnwrap(svg.document.rootElement())
        XCTAssertEqual(root.name, "svg")
        XCTAssertEqual(root.attr("width"), "160mm")
        XCTAssertEqual(root.attr("viewBox"), "0 0 453.54 283.46")
        XCTAssertEqual(root.attr("lang"), "zh-Hans")
        XCTAssertTrue(root.attr("font-family")?.hasPrefix("'Noto Sans CJK SC', 'Source Han Sans SC'") ?? false)
        // The title survives escaping: the parser gives back the original characters.
        XCTAssertTrue(try svg.texts().contains(title))
        XCTAssertTrue(svg.text.contains("济南市 &lt;覆盖率&gt; &amp; &quot;成本&quot;"))
        // Text sizes stay within 8–10 pt (except the cell labels of dense heatmaps, which may shrink).
        for t in try svg.elements("text").compactMap({ $0 as? XMLElement }) {
            let size = try XCTUnwrap(Double(t.attr("font-size") ?? ""))
            XCTAssertLessThanOrEqual(size, 10)
        }
    }

    func testFanChartHasOneBandAndLinePerDistrictAndChineseYearAxis() throws {
        let sim = try SimulationInput(path: try temporaryFile(sampleSimulationJSON, ext: "json"))
        XCTAssertEqual(sim.districtIDs, ["D01", "D02"])
        let bands = try sim.bands("coverage", districts: sim.districtIDs, scale: 100)
        XCTAssertEqual(bands[0].centre, [30, 50, nil])
        let svg = try ParsedSVG(FanChart.render(bands, style: zh, yTitle: MetricLabels.title("coverage", .zh)).render())
        try checkCommon(svg)
        let series = try svg.groups("series")
        XCTAssertEqual(series.count, 2)
        for g in series {
            XCTAssertEqual(try svg.count("polygon", in: g), 1)
            XCTAssertEqual(try svg.count("path", in: g), 1)
        }
        let texts = try svg.texts()
        XCTAssertTrue(texts.contains("年份"))
        XCTAssertTrue(texts.contains("覆盖率 (%)"))
        XCTAssertTrue(texts.contains("历下区") && texts.contains("市中区"))
        // Heckbert ticks of 5..60 %: nicenum(55) = 100, d = nicenum(25, round) = 20 → 0, 20, 40, 60.
        for tick in ["0", "20", "40", "60"] { XCTAssertTrue(texts.contains(tick), tick) }
        XCTAssertTrue(texts.contains("2021") && texts.contains("2023"))
    }

    func testStackedCostBarsStackCityOnDistrictLevel() throws {
        let sim = try SimulationInput(path: try temporaryFile(sampleSimulationJSON, ext: "json"))
        let yi = try sim.yearIndex(nil)
        XCTAssertEqual(yi, 2)
        let city = try sim.matrix("cost_city", districts: sim.districtIDs).map { $0[yi] }
        let district = try sim.matrix("cost_district", districts: sim.districtIDs).map { $0[yi] }
        let doc = BarChart.render(categories: ["历下区", "市中区"], series: [(name: "市级", values: city), (name: "区级", values: district)],
                                  layout: .stacked, style: zh, xTitle: "区县", yTitle: "费用 (万元)")
        let svg = try ParsedSVG(doc.render())
        try checkCommon(svg)
        let series = try svg.groups("series")
        XCTAssertEqual(series.count, 2)
        XCTAssertEqual(try series.map { try svg.count("rect", in: $0) }, [2, 2])
        // Stacked: the district bar of 历下区 starts where its city bar ends (same x, adjacent y).
        let r0 = try XCTUnwrap(series[0].children(named: "rect").first), r1 = try XCTUnwrap(series[1].children(named: "rect").first)
        XCTAssertEqual(r0.attr("x"), r1.attr("x"))
        let top0 = Double(r0.attr("y") ?? "") ?? .nan
        let bottom1 = (Double(r1.attr("y") ?? "") ?? .nan) + (Double(r1.attr("height") ?? "") ?? .nan)
        XCTAssertEqual(top0, bottom1, accuracy: 0.02)
        XCTAssertTrue(try svg.texts().contains("费用 (万元)"))
    }

    func testGroupedBarsPlaceSeriesSideBySide() throws {
        let doc = BarChart.render(categories: ["A", "B", "C"], series: [(name: "2021", values: [1, 2, 3]), (name: "2022", values: [2, nil, 4])],
                                  layout: .grouped, style: FigureStyle(language: .en), xTitle: "District", yTitle: "Coverage (%)")
        let svg = try ParsedSVG(doc.render())
        let series = try svg.groups("series")
        XCTAssertEqual(try series.map { try svg.count("rect", in: $0) }, [3, 2])
        let a = try XCTUnwrap(series[0].children(named: "rect").first), b = try XCTUnwrap(series[1].children(named: "rect").first)
        XCTAssertLessThan(Double(a.attr("x") ?? "") ?? 0, Double(b.attr("x") ?? "") ?? 0)
        XCTAssertEqual(svg.document.rootElement()?.attr("lang"), "en")
    }

    func testHeatmapHasOneCellPerDistrictYearAndGreyMissingCells() throws {
        let sim = try SimulationInput(path: try temporaryFile(sampleSimulationJSON, ext: "json"))
        let m = try sim.matrix("coverage", districts: sim.districtIDs, scale: 100)
        let svg = try ParsedSVG(Heatmap.render(rows: ["历下区", "市中区"], columns: ["2021", "2022", "2023"], values: m, style: zh,
                                               xTitle: "年份", yTitle: "区县", legendTitle: "覆盖率 (%)").render())
        try checkCommon(svg)
        let cells = try XCTUnwrap(svg.groups("cells").first)
        XCTAssertEqual(try svg.count("rect", in: cells), 6)
        XCTAssertEqual(cells.children(named: "rect").filter { $0.attr("fill") == "#EEEEEE" }.count, 1)
        let labels = try XCTUnwrap(svg.groups("cell-labels").first).children(named: "text").compactMap(\.stringValue)
        XCTAssertEqual(labels, ["30.0", "50.0", "10.0", "30.0", "50.0"])
    }

    func testEventStudyMarksReferencePeriodAndDrawsIntervals() throws {
        let json = """
        {"method": "cs", "aggregate": {"dynamic": [
          {"e": -2, "att": 0.01, "std_error": 0.02, "conf_low": -0.03, "conf_high": 0.05},
          {"e": 0, "att": 0.10, "std_error": 0.02, "conf_low": 0.06, "conf_high": 0.14},
          {"e": 1, "att": 0.15, "std_error": null, "conf_low": null, "conf_high": null}]}}
        """
        let points = try EventStudyInput.points(path: try temporaryFile(json, ext: "json"))
        XCTAssertEqual(points.map(\.e), [-2, 0, 1])
        let svg = try ParsedSVG(EventStudyChart.render(points, reference: -1, style: zh).render())
        try checkCommon(svg)
        XCTAssertEqual(try svg.count("line", in: try XCTUnwrap(svg.groups("intervals").first)), 2)
        XCTAssertEqual(try svg.count("circle", in: try XCTUnwrap(svg.groups("estimates").first)), 4)  // with e = −1 at 0
        let texts = try svg.texts()
        XCTAssertTrue(texts.contains("参照期"))
        XCTAssertTrue(texts.contains("相对建站年份 (年)"))
        XCTAssertTrue(texts.contains("-1"))
    }

    func testTWFEEventStudyLayoutIsRead() throws {
        let json = #"{"method": "twfe", "event_study": [{"e": -3, "coef": -0.1, "conf_low": -0.2, "conf_high": 0.0}]}"#
        let p = try EventStudyInput.points(path: try temporaryFile(json, ext: "json"))
        XCTAssertEqual(p, [EventStudyChart.Point(e: -3, estimate: -0.1, low: -0.2, high: 0.0)])
    }

    func testWeightDotPlotSortsCriteriaByWeight() throws {
        let json = #"{"method": "entropy", "criteria": ["staff", "<coverage>", "funding"], "weights": [0.2, 0.5, 0.3]}"#
        let w = try WeightsInput(path: try temporaryFile(json, ext: "json"))
        let svg = try ParsedSVG(WeightDotChart.render(criteria: w.criteria, weights: w.weights, style: zh).render())
        try checkCommon(svg)
        XCTAssertEqual(try svg.count("circle", in: try XCTUnwrap(svg.groups("dots").first)), 3)
        let labels = try XCTUnwrap(svg.groups("labels").first).children(named: "text").compactMap(\.stringValue)
        XCTAssertEqual(labels, ["<coverage>", "0.500", "funding", "0.300", "staff", "0.200"])
        XCTAssertTrue(try svg.texts().contains("权重"))
    }

    func testRadarChartDrawsOnePolygonPerUnitWithOneVertexPerAxis() throws {
        let axes = ["组织建设", "服务成效", "群众满意", "队伍建设", "制度保障"]
        let doc = RadarChart.render(axes: axes, series: [(name: "历下区", values: [8, 7, 9, 6, 7]), (name: "市中区", values: [6, 8, 7, 7, nil])],
                                    style: zh)
        let svg = try ParsedSVG(doc.render())
        try checkCommon(svg)
        let series = try svg.groups("series")
        XCTAssertEqual(series.count, 2)
        for g in series {
            let points = try XCTUnwrap(g.children(named: "polygon").first?.attr("points"))
            XCTAssertEqual(points.split(separator: " ").count, 5)
        }
        for a in axes { XCTAssertTrue(try svg.texts().contains(a), a) }
    }

    func testSmallMultiplesHaveOnePanelPerDistrictOnSharedScale() throws {
        let sim = try SimulationInput(path: try temporaryFile(sampleSimulationJSON, ext: "json"))
        let bands = try sim.bands("coverage", districts: try sim.districtSelection(["市中区", "D01"]), scale: 100)
        XCTAssertEqual(bands.map(\.name), ["市中区", "历下区"])
        let svg = try ParsedSVG(SmallMultiples.render(bands, style: zh, yTitle: "覆盖率 (%)").render())
        try checkCommon(svg)
        let panels = try svg.groups("panel")
        XCTAssertEqual(panels.count, 2)
        for p in panels { XCTAssertEqual(try svg.count("path", in: p), 1) }
        XCTAssertThrowsError(try sim.districtSelection(["朝阳区"]))
    }

    func testEveryKindIsDeterministic() throws {
        let sim = try SimulationInput(path: try temporaryFile(sampleSimulationJSON, ext: "json"))
        let bands = try sim.bands("coverage", districts: sim.districtIDs, scale: 100)
        let make: [() throws -> String] = [
            { FanChart.render(bands, style: self.zh, yTitle: "y").render() },
            { SmallMultiples.render(bands, style: self.zh, yTitle: "y").render() },
            { try ScatterChart.render(x: [1, 2, 3, 4], y: [1, 3, 2, 5], style: self.zh, xTitle: "x", yTitle: "y").render() },
            { RadarChart.render(axes: ["a", "b", "c"], series: [(name: "s", values: [1, 2, 3])], style: self.zh).render() },
        ]
        for f in make { XCTAssertEqual(Array(try f().utf8), Array(try f().utf8)) }
    }
}
