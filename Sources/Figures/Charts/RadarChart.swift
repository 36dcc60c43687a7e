import Foundation

/// Radar (spider) chart: one axis per first-level criterion, one closed polygon per unit (district or station),
/// all axes on the same 0–max scale with rings at nice ticks.
public enum RadarChart {
    /// The chart.
    /// - Parameters:
    ///   - axes: criterion names, clockwise from the top.
    ///   - series: (name, one score per axis; nil is drawn at 0).
    /// - Returns: the SVG: `<g class="series">` per unit holding a `<polygon>`; axis names in `<g class="axes">`.
    public static func render(axes: [String], series: [(name: String, values: [Double?])], style: FigureStyle) -> SVGDocument {
        let maxValue = series.flatMap { $0.values.compactMap { $0 } }.max() ?? 1
        let scale = NiceScale(minimum: 0, maximum: max(maxValue, 1e-9), ticks: 4)
        let legendWidth = Legend.width(series.map(\.name), style: style)
        let top = style.title.isEmpty ? 10.0 : style.titleSize + 16
        let labelRoom = (axes.map { FigureStyle.textWidth($0, size: style.textSize) }.max() ?? 0) + 6
        let cx = (style.width - legendWidth - 10) / 2
        let cy = (top + style.height - 8) / 2
        let r = max(10, min(cx - labelRoom - 8, (style.height - top - 8) / 2 - style.textSize - 6))
        let k = max(1, axes.count)
        func point(_ i: Int, _ v: Double) -> (Double, Double) {
            let a = -Double.pi / 2 + 2 * Double.pi * Double(i) / Double(k)
            let rr = r * min(1, max(0, v / scale.upper))
            return (cx + rr * cos(a), cy + rr * sin(a))
        }
        var frame: [SVGNode] = []
        for t in scale.ticks where t > 0 {
            frame.append(.polygon((0..<k).map { point($0, t) }, fill: "none", opacity: 1, stroke: Palette.grid))
            // Inside the ring, below its top vertex: never on the axis name above the outer ring.
            frame.append(.label(scale.label(t), x: cx + 3, y: point(0, t).1 + style.textSize, size: style.textSize * 0.85, fill: "#777777"))
        }
        for (i, name) in axes.enumerated() {
            let end = point(i, scale.upper)
            frame.append(.line(x1: cx, y1: cy, x2: end.0, y2: end.1, stroke: Palette.grid, width: 0.5, dash: false))
            let a = -Double.pi / 2 + 2 * Double.pi * Double(i) / Double(k)
            let lx = cx + (r + 6) * cos(a), ly = cy + (r + 6) * sin(a) + style.textSize * 0.35 + (sin(a) > 0.3 ? style.textSize * 0.5 : 0)
            let anchor: SVGNode.Anchor = abs(cos(a)) < 0.2 ? .middle : (cos(a) > 0 ? .start : .end)
            frame.append(.label(name, x: lx, y: ly, size: style.textSize, anchor: anchor))
        }
        var nodes: [SVGNode] = [.group("axes", frame)]
        for (j, s) in series.enumerated() {
            let pts = (0..<k).map { point($0, $0 < s.values.count ? (s.values[$0] ?? 0) : 0) }
            nodes.append(.group("series", [.polygon(pts, fill: Palette.color(j), opacity: 0.08, stroke: Palette.color(j))]))
        }
        nodes.append(Legend.nodes(series.enumerated().map { (name: $0.element.name, color: Palette.color($0.offset), box: true) },
                                  x: style.width - legendWidth, y: top + 8, style: style))
        return style.document(nodes)
    }
}
