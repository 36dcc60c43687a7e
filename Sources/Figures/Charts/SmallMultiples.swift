import Foundation

/// Small multiples: one fan panel (mean line and p5–p95 band) per district on a shared y scale, laid out in a
/// grid (E. Tufte, *Envisioning Information*, 1990, ch. 4).
public enum SmallMultiples {
    /// The chart.
    /// - Parameters: panels: one series per panel (its name is the panel title); columns: panels per row (0: automatic);
    ///   yTitle: y axis title with unit.
    /// - Returns: the SVG: one `<g class="panel">` per series, each with a `<g class="series">`.
    public static func render(_ panels: [BandSeries], columns: Int = 0, style: FigureStyle, yTitle: String) -> SVGDocument {
        let n = max(1, panels.count)
        let cols = columns > 0 ? columns : Int(Double(n).squareRoot().rounded(.up))
        let rows = (n + cols - 1) / cols
        let ys = panels.flatMap(\.values), xs = panels.flatMap(\.x)
        let yScale = NiceScale(minimum: ys.min() ?? 0, maximum: ys.max() ?? 1, ticks: 3)
        let xScale = NiceScale.years(minimum: xs.min() ?? 0, maximum: xs.max() ?? 1)
        let top = style.title.isEmpty ? 4.0 : style.titleSize + 10
        let left = 8 + style.labelSize + 4
        let cellW = (style.width - left - 4) / Double(cols)
        let cellH = (style.height - top - style.labelSize - 10) / Double(rows)
        var nodes: [SVGNode] = [
            .label(yTitle, x: 8 + style.labelSize, y: (top + style.height) / 2, size: style.labelSize, anchor: .middle, rotate: -90),
            .label(style.text(.year), x: (left + style.width) / 2, y: style.height - 6, size: style.labelSize, anchor: .middle),
        ]
        let sub = FigureStyle(widthMM: style.widthMM, heightMM: style.heightMM, language: style.language, title: "")
        for (i, p) in panels.enumerated() {
            let x0 = left + Double(i % cols) * cellW, y0 = top + Double(i / cols) * cellH
            var area = PlotArea(style: sub, x: xScale, y: yScale)
            let tickWidth = yScale.ticks.map { FigureStyle.textWidth(yScale.label($0), size: style.textSize) }.max() ?? 10
            area.left = x0 + tickWidth + 6
            area.right = x0 + cellW - 8
            area.top = y0 + style.labelSize + 6
            area.bottom = y0 + cellH - style.textSize - 8
            var panel: [SVGNode] = [.label(p.name, x: (area.left + area.right) / 2, y: y0 + style.labelSize + 1, size: style.labelSize,
                                           anchor: .middle, bold: true)]
            for t in yScale.ticks {
                panel.append(.line(x1: area.left, y1: area.py(t), x2: area.right, y2: area.py(t), stroke: Palette.grid, width: 0.5, dash: false))
                panel.append(.label(yScale.label(t), x: area.left - 3, y: area.py(t) + style.textSize * 0.35, size: style.textSize, anchor: .end))
            }
            // Only the first and last year, anchored inwards, so labels of neighbouring panels never touch.
            panel.append(.label(xScale.label(xScale.lower), x: area.left, y: area.bottom + style.textSize + 2, size: style.textSize))
            panel.append(.label(xScale.label(xScale.upper), x: area.right, y: area.bottom + style.textSize + 2, size: style.textSize, anchor: .end))
            panel.append(.line(x1: area.left, y1: area.bottom, x2: area.right, y2: area.bottom, stroke: Palette.axis, width: 0.75, dash: false))
            panel.append(.group("series", FanChart.bandNodes(p, area: area, color: Palette.color(4), lineWidth: 1.25)))
            nodes.append(.group("panel", panel))
        }
        return style.document(nodes)
    }
}
