/// Bar charts over categories: stacked (e.g. cost by level within each district) or grouped side by side.
public enum BarChart {
    /// How bars of several series share a category.
    public enum Layout: String, Sendable, CaseIterable {
        /// Series stacked on top of each other (values ≥ 0 expected; negatives stack downwards from 0).
        case stacked
        /// Series side by side within the category band.
        case grouped
    }

    /// The chart.
    /// - Parameters:
    ///   - categories: x categories (districts).
    ///   - series: (name, one value per category; nil draws no bar).
    ///   - layout: stacked or grouped.
    ///   - style: size, language, title; `xTitle`, `yTitle`: axis titles with units.
    /// - Returns: the SVG; one `<g class="series">` of `<rect>`s per series.
    public static func render(categories: [String], series: [(name: String, values: [Double?])], layout: Layout,
                              style: FigureStyle, xTitle: String, yTitle: String) -> SVGDocument {
        let k = series.count
        var lo = 0.0, hi = 0.0
        for c in categories.indices {
            var pos = 0.0, neg = 0.0
            for s in series {
                let v = c < s.values.count ? (s.values[c] ?? 0) : 0
                if layout == .stacked { if v >= 0 { pos += v } else { neg += v } } else { hi = max(hi, v); lo = min(lo, v) }
            }
            hi = max(hi, pos)
            lo = min(lo, neg)
        }
        let rotate = categories.map { FigureStyle.textWidth($0, size: style.textSize) }.reduce(0, +)
            > (style.width - 120) * 0.9
        let names = series.map(\.name)
        let area = PlotArea(style: style, x: nil, y: NiceScale(minimum: lo, maximum: hi), categories: categories,
                            legendWidth: Legend.width(names, style: style), rotateCategories: rotate)
        var groups = [[SVGNode]](repeating: [], count: k)
        let barWidth = area.band * 0.7
        for c in categories.indices {
            var pos = 0.0, neg = 0.0
            for (j, s) in series.enumerated() {
                guard c < s.values.count, let v = s.values[c], v.isFinite else { continue }
                let base: Double, x: Double, w: Double
                switch layout {
                case .stacked:
                    base = v >= 0 ? pos : neg
                    if v >= 0 { pos += v } else { neg += v }
                    x = area.cx(c) - barWidth / 2
                    w = barWidth
                case .grouped:
                    base = 0
                    w = barWidth / Double(max(1, k))
                    x = area.cx(c) - barWidth / 2 + Double(j) * w
                }
                let y0 = area.py(base), y1 = area.py(base + v)
                groups[j].append(.rect(x: x, y: min(y0, y1), width: w, height: abs(y1 - y0), fill: Palette.color(j), stroke: "#FFFFFF"))
            }
        }
        var nodes = [area.axes(style: style, xTitle: xTitle, yTitle: yTitle, rotateCategories: rotate)]
        nodes += groups.map { .group("series", $0) }
        nodes.append(Legend.nodes(series.enumerated().map { (name: $0.element.name, color: Palette.color($0.offset), box: true) },
                                  x: area.right + 10, y: area.top + 8, style: style))
        return style.document(nodes)
    }
}
