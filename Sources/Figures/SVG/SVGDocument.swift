/// A complete SVG document: size in millimetres, a viewBox in points, a font stack and a language.
///
/// Publication defaults: the `width`/`height` attributes are in mm (journals ask figure sizes in mm) and the
/// viewBox is the same size in points (1 mm = 72/25.4 pt), so a font size of 8 in the scene prints at 8 pt.
public struct SVGDocument: Sendable {
    /// Width and height in millimetres.
    public var widthMM, heightMM: Double
    /// `lang` attribute of the root element (`zh-Hans` or `en`).
    public var language: String
    /// Top-level nodes in painting order.
    public var nodes: [SVGNode]
    /// Title for accessibility (`<title>`), escaped.
    public var title: String

    /// Points per millimetre (72 / 25.4).
    public static let pointsPerMM = 72.0 / 25.4

    /// A document of the given size.
    public init(widthMM: Double, heightMM: Double, language: String, title: String, nodes: [SVGNode]) {
        self.widthMM = widthMM
        self.heightMM = heightMM
        self.language = language
        self.title = title
        self.nodes = nodes
    }

    /// Width and height of the viewBox in points.
    public var widthPoints: Double { widthMM * Self.pointsPerMM }
    /// Height of the viewBox in points.
    public var heightPoints: Double { heightMM * Self.pointsPerMM }

    /// The document as SVG text (UTF-8, "\n" line ends, final newline; same scene → same bytes).
    public func render() -> String {
        let f = SVGNumber.format
        var s = "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n"
        s += "<svg xmlns=\"http://www.w3.org/2000/svg\" version=\"1.1\" width=\"\(f(widthMM))mm\" height=\"\(f(heightMM))mm\""
        s += " viewBox=\"0 0 \(f(widthPoints)) \(f(heightPoints))\" lang=\"\(XMLEscape.escape(language))\""
        s += " font-family=\"\(XMLEscape.escape(FigureStyle.fontFamily))\">\n"
        s += "<title>\(XMLEscape.escape(title))</title>\n"
        s += "<rect x=\"0\" y=\"0\" width=\"\(f(widthPoints))\" height=\"\(f(heightPoints))\" fill=\"#FFFFFF\"/>\n"
        for n in nodes { s += n.markup() + "\n" }
        return s + "</svg>\n"
    }
}
