/// Line chart with an uncertainty band per series: the mean line over a translucent p5–p95 band
/// (a "fan chart" of simulated coverage by district).
public enum FanChart {
    /// The chart.
    /// - Parameters:
    ///   - series: one band series per line (colours from `Palette.okabeIto` in order).
    ///   - style: size, language, title.
    ///   - yTitle: y axis title with unit (x is the year axis).
    /// - Returns: the SVG document; one `<g class="series">` per series holding a `<polygon>` band and a `<path>`.
    public static func render(_ series: [BandSeries], style: FigureStyle, yTitle: String) -> SVGDocument {
        let legendNames = series.map(\.name) + [style.text(.band90)]
        let legendWidth = series.count > 1 || !series.isEmpty ? Legend.width(legendNames, style: style) : 0
        let xs = series.flatMap(\.x)
        let ys = series.flatMap(\.values)
        let area = PlotArea(style: style, x: NiceScale.years(minimum: xs.min() ?? 0, maximum: xs.max() ?? 1),
                            y: NiceScale(minimum: ys.min() ?? 0, maximum: ys.max() ?? 1), legendWidth: legendWidth)
        var nodes = [area.axes(style: style, xTitle: style.text(.year), yTitle: yTitle)]
        for (i, s) in series.enumerated() {
            nodes.append(.group("series", bandNodes(s, area: area, color: Palette.color(i))))
        }
        var entries = series.enumerated().map { (name: $0.element.name, color: Palette.color($0.offset), box: false) }
        entries.append((name: style.text(.band90), color: "#BBBBBB", box: true))
        nodes.append(Legend.nodes(entries, x: area.right + 10, y: area.top + 8, style: style))
        return style.document(nodes)
    }

    /// The band polygon and centre path of one series in `area`.
    static func bandNodes(_ s: BandSeries, area: PlotArea, color: String, lineWidth: Double = 1.5) -> [SVGNode] {
        var n: [SVGNode] = []
        let banded = s.x.indices.compactMap { i -> (Double, Double, Double)? in
            guard let lo = s.low[i], let hi = s.high[i] else { return nil }
            return (s.x[i], lo, hi)
        }
        if banded.count > 1 {
            let upper = banded.map { (area.px($0.0), area.py($0.2)) }
            let lower = banded.reversed().map { (area.px($0.0), area.py($0.1)) }
            n.append(.polygon(upper + lower, fill: color, opacity: 0.25, stroke: nil))
        }
        let line = s.x.indices.compactMap { i in s.centre[i].map { (area.px(s.x[i]), area.py($0)) } }
        if !line.isEmpty { n.append(.path(line, stroke: color, width: lineWidth, dash: false)) }
        return n
    }
}
