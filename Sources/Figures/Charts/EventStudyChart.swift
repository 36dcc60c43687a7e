/// Event-study coefficient plot: estimates by event time with confidence intervals, a zero line and the
/// reference period (e = −1 by default) marked by a dashed vertical line after it; when the estimates omit it
/// (TWFE normalises it to 0) it is drawn as an open marker at 0.
public enum EventStudyChart {
    /// One coefficient: event time e, estimate and interval (nil where undefined).
    public struct Point: Sendable, Equatable {
        /// Event time (periods since treatment).
        public var e: Int
        /// Estimate (ATT(e) or TWFE coefficient) and interval limits.
        public var estimate, low, high: Double?
        /// A point.
        public init(e: Int, estimate: Double?, low: Double?, high: Double?) {
            self.e = e
            self.estimate = estimate
            self.low = low
            self.high = high
        }
    }

    /// The chart.
    /// - Parameters:
    ///   - points: the coefficients; `reference`: the omitted period (drawn at 0 when absent from `points`), nil for none.
    /// - Returns: the SVG: `<g class="intervals">` (one line per defined interval), `<g class="estimates">` (circles),
    ///   `<g class="reference">` (dashed line and label).
    public static func render(_ points: [Point], reference: Int?, style: FigureStyle) -> SVGDocument {
        var pts = points.sorted { $0.e < $1.e }
        let inserted = reference.map { r in !pts.contains(where: { $0.e == r }) } ?? false
        if let reference, inserted {
            pts.append(Point(e: reference, estimate: 0, low: nil, high: nil))
            pts.sort { $0.e < $1.e }
        }
        let es = pts.map { Double($0.e) }
        var ys: [Double] = [0]
        for p in pts { ys += [p.estimate, p.low, p.high].compactMap { $0 } }
        let xs = NiceScale(lower: (es.min() ?? 0) - 0.5, upper: (es.max() ?? 0) + 0.5, step: 1)
        let every = max(1, Int((Double(es.count) / 15).rounded(.up)))
        let area = PlotArea(style: style, x: xs, y: NiceScale(minimum: ys.min() ?? 0, maximum: ys.max() ?? 1))
        var nodes = [area.axes(style: style, xTitle: style.text(.eventTime), yTitle: style.text(.effect),
                               xLabel: { String(Int($0.rounded())) }, xTicks: es.enumerated().filter { $0.offset % every == 0 }.map(\.element))]
        nodes.append(.line(x1: area.left, y1: area.py(0), x2: area.right, y2: area.py(0), stroke: Palette.axis, width: 0.75, dash: false))
        var ref: [SVGNode] = []
        if let reference {
            let x = area.px(Double(reference) + 0.5)
            ref.append(.line(x1: x, y1: area.top, x2: x, y2: area.bottom, stroke: "#777777", width: 0.75, dash: true))
            ref.append(.label(style.text(.reference), x: area.px(Double(reference)), y: area.top + style.textSize,
                              size: style.textSize, anchor: .middle, fill: "#555555"))
        }
        nodes.append(.group("reference", ref))
        var intervals: [SVGNode] = [], estimates: [SVGNode] = []
        for p in pts {
            let x = area.px(Double(p.e))
            let color = p.e < (reference ?? Int.min) + 1 ? Palette.color(4) : Palette.color(5)
            if let lo = p.low, let hi = p.high {
                intervals.append(.line(x1: x, y1: area.py(lo), x2: x, y2: area.py(hi), stroke: color, width: 1.25, dash: false))
            }
            if let est = p.estimate {
                estimates.append(.circle(cx: x, cy: area.py(est), r: 2.5, fill: inserted && p.e == reference ? "#FFFFFF" : color, stroke: color))
            }
        }
        nodes.append(.group("intervals", intervals))
        nodes.append(.group("estimates", estimates))
        return style.document(nodes)
    }
}
