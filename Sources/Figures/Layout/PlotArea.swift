/// The plotting rectangle of a chart and its mapping from data to points, with axis drawing.
///
/// x is either continuous (a `NiceScale`) or categorical (`categories` centred in equal bands).
struct PlotArea {
    /// Rectangle in points.
    var left, top, right, bottom: Double
    /// Continuous y scale.
    var y: NiceScale
    /// Continuous x scale (nil when categorical).
    var x: NiceScale?
    /// Category labels along x (used when `x` is nil).
    var categories: [String] = []

    /// A plot area inside `style`'s page leaving margins for the title, tick labels, axis titles and a legend on the
    /// right of `legendWidth` points.
    init(style: FigureStyle, x: NiceScale?, y: NiceScale, categories: [String] = [], legendWidth: Double = 0,
         rotateCategories: Bool = false) {
        let tickWidth = y.ticks.map { FigureStyle.textWidth(y.label($0), size: style.textSize) }.max() ?? 20
        left = 8 + style.labelSize + 6 + tickWidth + 4
        top = style.title.isEmpty ? 14 : style.titleSize + 16
        right = style.width - 10 - legendWidth
        let catHeight = rotateCategories
            ? (categories.map { FigureStyle.textWidth($0, size: style.textSize) }.max() ?? 0) * 0.71 + 6 : style.textSize + 4
        bottom = style.height - (6 + style.labelSize + 6 + catHeight)
        self.x = x
        self.y = y
        self.categories = categories
    }

    var width: Double { right - left }
    var height: Double { bottom - top }

    /// Point x of a continuous value.
    func px(_ v: Double) -> Double {
        guard let x else { return left }
        return left + (v - x.lower) / (x.upper - x.lower) * width
    }

    /// Point y of a value.
    func py(_ v: Double) -> Double { bottom - (v - y.lower) / (y.upper - y.lower) * height }

    /// Width of one category band.
    var band: Double { width / Double(max(1, categories.count)) }

    /// Centre of category `i`.
    func cx(_ i: Int) -> Double { left + (Double(i) + 0.5) * band }

    /// Axes: horizontal grid at y ticks, tick labels, axis lines and the two axis titles.
    func axes(style: FigureStyle, xTitle: String, yTitle: String, xLabel: (Double) -> String = { String(Int($0.rounded())) },
              rotateCategories: Bool = false, xTicks: [Double]? = nil) -> SVGNode {
        var n: [SVGNode] = []
        for t in y.ticks {
            n.append(.line(x1: left, y1: py(t), x2: right, y2: py(t), stroke: Palette.grid, width: 0.5, dash: false))
            n.append(.label(y.label(t), x: left - 4, y: py(t) + style.textSize * 0.35, size: style.textSize, anchor: .end))
        }
        let labelY = bottom + style.textSize + 4
        if let x {
            for t in xTicks ?? x.ticks {
                n.append(.line(x1: px(t), y1: bottom, x2: px(t), y2: bottom + 3, stroke: Palette.axis, width: 0.5, dash: false))
                n.append(.label(xLabel(t), x: px(t), y: labelY, size: style.textSize, anchor: .middle))
            }
        } else {
            for (i, c) in categories.enumerated() {
                if rotateCategories {
                    n.append(.label(c, x: cx(i), y: bottom + 6, size: style.textSize, anchor: .end, rotate: -45))
                } else {
                    n.append(.label(c, x: cx(i), y: labelY, size: style.textSize, anchor: .middle))
                }
            }
        }
        n.append(.line(x1: left, y1: bottom, x2: right, y2: bottom, stroke: Palette.axis, width: 0.75, dash: false))
        n.append(.line(x1: left, y1: top, x2: left, y2: bottom, stroke: Palette.axis, width: 0.75, dash: false))
        n.append(.label(xTitle, x: (left + right) / 2, y: style.height - 6, size: style.labelSize, anchor: .middle))
        n.append(.label(yTitle, x: 8 + style.labelSize, y: (top + bottom) / 2, size: style.labelSize, anchor: .middle, rotate: -90))
        return .group("axes", n)
    }
}

/// A legend: coloured swatches with names stacked at the top right.
enum Legend {
    /// Width in points a legend of `names` needs.
    static func width(_ names: [String], style: FigureStyle) -> Double {
        (names.map { FigureStyle.textWidth($0, size: style.textSize) }.max() ?? 0) + 22
    }

    /// Legend entries (`swatch` is `.line` or `.box`) placed from (x, y) downwards.
    static func nodes(_ entries: [(name: String, color: String, box: Bool)], x: Double, y: Double, style: FigureStyle) -> SVGNode {
        var n: [SVGNode] = []
        for (i, e) in entries.enumerated() {
            let yy = y + Double(i) * (style.textSize + 5)
            if e.box {
                n.append(.rect(x: x, y: yy - style.textSize * 0.8, width: 10, height: style.textSize * 0.8, fill: e.color, stroke: nil))
            } else {
                n.append(.line(x1: x, y1: yy - style.textSize * 0.35, x2: x + 10, y2: yy - style.textSize * 0.35,
                               stroke: e.color, width: 1.5, dash: false))
            }
            n.append(.label(e.name, x: x + 14, y: yy, size: style.textSize))
        }
        return .group("legend", n)
    }
}
