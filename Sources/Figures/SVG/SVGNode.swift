/// A node of the hand-written SVG scene model. There is no plotting package for Swift on Linux, so StationKit
/// writes SVG 1.1 itself (W3C, "Scalable Vector Graphics (SVG) 1.1", 2011); coordinates are points (1/72 in).
public indirect enum SVGNode: Sendable, Equatable {
    /// How text is anchored horizontally at its position.
    public enum Anchor: String, Sendable {
        /// Text starts at x; is centred on x; ends at x.
        case start, middle, end
    }

    /// Text at (x, y) (baseline), font size in points, optional rotation in degrees around (x, y).
    case text(x: Double, y: Double, String, size: Double, anchor: Anchor, rotate: Double, bold: Bool, fill: String)
    /// A straight line.
    case line(x1: Double, y1: Double, x2: Double, y2: Double, stroke: String, width: Double, dash: Bool)
    /// A polyline through points (open path).
    case path([(Double, Double)], stroke: String, width: Double, dash: Bool)
    /// A filled closed polygon with optional outline.
    case polygon([(Double, Double)], fill: String, opacity: Double, stroke: String?)
    /// A rectangle.
    case rect(x: Double, y: Double, width: Double, height: Double, fill: String, stroke: String?)
    /// A circle (markers).
    case circle(cx: Double, cy: Double, r: Double, fill: String, stroke: String?)
    /// A group with an optional class name (`series`, `axis`, `legend`, …) for tests and styling.
    case group(String, [SVGNode])

    /// Equal when the markup is equal.
    public static func == (a: SVGNode, b: SVGNode) -> Bool { a.markup() == b.markup() }

    /// The node as SVG markup (deterministic: numbers with `SVGNumber.format`, attributes in a fixed order).
    func markup() -> String {
        let f = SVGNumber.format
        switch self {
        case let .text(x, y, s, size, anchor, rotate, bold, fill):
            var a = "<text x=\"\(f(x))\" y=\"\(f(y))\" font-size=\"\(f(size))\""
            if anchor != .start { a += " text-anchor=\"\(anchor.rawValue)\"" }
            if bold { a += " font-weight=\"bold\"" }
            if fill != "#000000" { a += " fill=\"\(fill)\"" }
            if rotate != 0 { a += " transform=\"rotate(\(f(rotate)) \(f(x)) \(f(y)))\"" }
            return a + ">\(XMLEscape.escape(s))</text>"
        case let .line(x1, y1, x2, y2, stroke, width, dash):
            return "<line x1=\"\(f(x1))\" y1=\"\(f(y1))\" x2=\"\(f(x2))\" y2=\"\(f(y2))\" stroke=\"\(stroke)\""
                + " stroke-width=\"\(f(width))\"\(dash ? " stroke-dasharray=\"3 2\"" : "")/>"
        case let .path(points, stroke, width, dash):
            let d = points.enumerated().map { "\($0.offset == 0 ? "M" : "L")\(f($0.element.0)) \(f($0.element.1))" }
                .joined(separator: " ")
            return "<path d=\"\(d)\" fill=\"none\" stroke=\"\(stroke)\" stroke-width=\"\(f(width))\""
                + "\(dash ? " stroke-dasharray=\"3 2\"" : "") stroke-linejoin=\"round\"/>"
        case let .polygon(points, fill, opacity, stroke):
            let p = points.map { "\(f($0.0)),\(f($0.1))" }.joined(separator: " ")
            return "<polygon points=\"\(p)\" fill=\"\(fill)\"\(opacity < 1 ? " fill-opacity=\"\(f(opacity))\"" : "")"
                + "\(stroke.map { " stroke=\"\($0)\" stroke-width=\"0.75\"" } ?? "")/>"
        case let .rect(x, y, w, h, fill, stroke):
            return "<rect x=\"\(f(x))\" y=\"\(f(y))\" width=\"\(f(max(0, w)))\" height=\"\(f(max(0, h)))\" fill=\"\(fill)\""
                + "\(stroke.map { " stroke=\"\($0)\" stroke-width=\"0.5\"" } ?? "")/>"
        case let .circle(cx, cy, r, fill, stroke):
            return "<circle cx=\"\(f(cx))\" cy=\"\(f(cy))\" r=\"\(f(r))\" fill=\"\(fill)\""
                + "\(stroke.map { " stroke=\"\($0)\" stroke-width=\"0.75\"" } ?? "")/>"
        case let .group(cls, children):
            return "<g class=\"\(XMLEscape.escape(cls))\">\n" + children.map { $0.markup() }.joined(separator: "\n") + "\n</g>"
        }
    }
}

extension SVGNode {
    /// Text with the common defaults (start anchor, no rotation, regular weight, black).
    static func label(_ s: String, x: Double, y: Double, size: Double, anchor: Anchor = .start,
                      rotate: Double = 0, bold: Bool = false, fill: String = "#000000") -> SVGNode {
        .text(x: x, y: y, s, size: size, anchor: anchor, rotate: rotate, bold: bold, fill: fill)
    }
}
