import Foundation
#if canImport(FoundationXML)
import FoundationXML
#endif

/// The shared string table (`xl/sharedStrings.xml`): each `<si>` is plain text (`<t>`) or rich text
/// (runs `<r><t>…</t></r>`, concatenated); phonetic runs (`<rPh>`) are not part of the value
/// (ECMA-376 Part 1, §18.4). `_xHHHH_` escapes are decoded (`XLSXText.unescape`).
struct XLSXSharedStrings {
    var strings: [String] = []

    init() {}

    init(_ data: Data, entry: String, file: String) throws {
        let h = Handler()
        try h.parse(data, entry: entry, file: file)
        strings = h.strings
    }

    private final class Handler: XLSXXMLHandler {
        var strings: [String] = []
        var collector = XLSXText()

        override func start(_ parser: XMLParser, _ name: String, _ attributes: [String: String]) {
            if name == "si" { collector = XLSXText() } else { collector.start(name) }
        }

        override func end(_ parser: XMLParser, _ name: String) {
            if name == "si" { strings.append(collector.value) } else { collector.end(name) }
        }

        override func text(_ string: String) { collector.text(string) }
    }
}

/// The text of a string item (`<si>` or an inline `<is>`): the `<t>` elements outside phonetic runs.
struct XLSXText {
    private var parts = ""
    private var inT = false
    private var phoneticDepth = 0

    mutating func start(_ name: String) {
        if name == "t", phoneticDepth == 0 { inT = true } else if name == "rPh" { phoneticDepth += 1 }
    }

    mutating func end(_ name: String) {
        if name == "t" { inT = false } else if name == "rPh" { phoneticDepth = max(0, phoneticDepth - 1) }
    }

    mutating func text(_ s: String) { if inT { parts += s } }

    var value: String { Self.unescape(parts) }

    /// Decodes OOXML's `_xHHHH_` escapes (a UTF-16 code unit, how writers store control characters
    /// such as `_x000D_` for CR; `_x005F_` escapes an underscore), ECMA-376 Part 1, §22.9.2.19.
    static func unescape(_ s: String) -> String {
        guard s.contains("_x") else { return s }
        var units: [UInt16] = []
        let u = Array(s.utf16)
        var i = 0
        while i < u.count {
            if u[i] == 95, i + 6 < u.count, u[i + 1] == 120, u[i + 6] == 95,
               let v = UInt16(String(decoding: u[(i + 2)..<(i + 6)], as: UTF16.self), radix: 16) {
                units.append(v)
                i += 7
            } else {
                units.append(u[i])
                i += 1
            }
        }
        return String(decoding: units, as: UTF16.self)
    }
}
