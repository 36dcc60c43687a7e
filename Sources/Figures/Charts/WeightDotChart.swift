import Foundation

/// Cleveland dot plot of indicator weights, one row per criterion sorted by weight (largest on top), with the
/// weight printed beside each dot. W. S. Cleveland, *The Elements of Graphing Data*, 1985 (dot charts).
public enum WeightDotChart {
    /// The chart.
    /// - Parameters: criteria, weights: pairs (weights in [0, 1] are drawn on a 0–max axis).
    /// - Returns: the SVG: `<g class="dots">` with one circle per criterion and `<g class="labels">` with the names.
    public static func render(criteria: [String], weights: [Double], style: FigureStyle) -> SVGDocument {
        let pairs = zip(criteria, weights).sorted { $0.1 != $1.1 ? $0.1 > $1.1 : $0.0 < $1.0 }
        let nameWidth = pairs.map { FigureStyle.textWidth($0.0, size: style.textSize) }.max() ?? 20
        let scale = NiceScale(minimum: 0, maximum: max(pairs.map(\.1).max() ?? 1, 1e-9))
        var area = PlotArea(style: style, x: scale, y: NiceScale(minimum: 0, maximum: 1))
        area.left = 8 + nameWidth + 6
        let rowHeight = area.height / Double(max(1, pairs.count))
        var grid: [SVGNode] = [], dots: [SVGNode] = [], labels: [SVGNode] = []
        for t in scale.ticks {
            grid.append(.line(x1: area.px(t), y1: area.top, x2: area.px(t), y2: area.bottom, stroke: Palette.grid, width: 0.5, dash: false))
            grid.append(.label(scale.label(t), x: area.px(t), y: area.bottom + style.textSize + 4, size: style.textSize, anchor: .middle))
        }
        grid.append(.line(x1: area.left, y1: area.bottom, x2: area.right, y2: area.bottom, stroke: Palette.axis, width: 0.75, dash: false))
        grid.append(.label(style.text(.weight), x: (area.left + area.right) / 2, y: style.height - 6, size: style.labelSize, anchor: .middle))
        for (i, p) in pairs.enumerated() {
            let y = area.top + (Double(i) + 0.5) * rowHeight
            grid.append(.line(x1: area.left, y1: y, x2: area.px(p.1), y2: y, stroke: "#BBBBBB", width: 0.5, dash: true))
            labels.append(.label(p.0, x: area.left - 4, y: y + style.textSize * 0.35, size: style.textSize, anchor: .end))
            dots.append(.circle(cx: area.px(p.1), cy: y, r: 3, fill: Palette.color(4), stroke: nil))
            labels.append(.label(String(format: "%.3f", p.1),
                                 x: area.px(p.1) + 6, y: y + style.textSize * 0.35, size: style.textSize * 0.9, fill: "#555555"))
        }
        return style.document([.group("axes", grid), .group("dots", dots), .group("labels", labels)])
    }
}
