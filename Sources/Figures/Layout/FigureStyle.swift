/// Language of the built-in labels (axis titles, legends).
public enum FigureLanguage: String, Sendable, CaseIterable {
    /// Simplified Chinese (`lang="zh-Hans"`).
    case zh
    /// English.
    case en

    /// The `lang` attribute value.
    var tag: String { self == .zh ? "zh-Hans" : "en" }
}

/// Publication defaults shared by every chart: size in mm, font sizes in points, language.
public struct FigureStyle: Sendable {
    /// CJK-capable font stack: Chinese labels render with whichever of these is installed.
    public static let fontFamily = "'Noto Sans CJK SC', 'Source Han Sans SC', 'PingFang SC', 'Microsoft YaHei', sans-serif"

    /// Figure width and height in millimetres (default 160 × 100, a full text-width figure).
    public var widthMM: Double
    /// Height in millimetres.
    public var heightMM: Double
    /// Language of built-in labels.
    public var language: FigureLanguage
    /// Title (empty for none).
    public var title: String
    /// Tick labels and legend text size in points (8 pt).
    public var textSize: Double = 8
    /// Axis titles and panel titles size in points (9 pt).
    public var labelSize: Double = 9
    /// Figure title size in points (10 pt).
    public var titleSize: Double = 10

    /// A style.
    /// - Parameters: widthMM, heightMM: figure size in mm (> 0); language: zh or en; title: figure title.
    public init(widthMM: Double = 160, heightMM: Double = 100, language: FigureLanguage = .zh, title: String = "") {
        self.widthMM = widthMM
        self.heightMM = heightMM
        self.language = language
        self.title = title
    }

    /// Width in points.
    var width: Double { widthMM * SVGDocument.pointsPerMM }
    /// Height in points.
    var height: Double { heightMM * SVGDocument.pointsPerMM }

    /// The built-in label `key` in this language.
    func text(_ key: BuiltInLabel) -> String { key.text(language) }

    /// Wraps nodes into a document of this size with the title on top.
    func document(_ nodes: [SVGNode]) -> SVGDocument {
        var all: [SVGNode] = []
        if !title.isEmpty {
            all.append(.group("title", [.label(title, x: width / 2, y: titleSize + 6, size: titleSize, anchor: .middle, bold: true)]))
        }
        return SVGDocument(widthMM: widthMM, heightMM: heightMM, language: language.tag, title: title, nodes: all + nodes)
    }

    /// Approximate width of `s` in points at `size`: CJK characters one em, others 0.55 em.
    static func textWidth(_ s: String, size: Double) -> Double {
        s.unicodeScalars.reduce(0) { $0 + ($1.value >= 0x2E80 ? 1.0 : 0.55) } * size
    }
}
