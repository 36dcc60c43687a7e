/// XML escaping for text content and attribute values (XML 1.0 §2.4: `&`, `<`, `>`, `"`, `'`).
public enum XMLEscape {
    /// `text` with the five XML special characters replaced by entity references; control characters other
    /// than tab/newline (not allowed in XML 1.0) are dropped.
    /// - Parameter text: any text (Chinese labels pass through unchanged).
    /// - Returns: text safe inside an element or a double-quoted attribute.
    public static func escape(_ text: String) -> String {
        var out = ""
        out.reserveCapacity(text.utf8.count)
        for ch in text.unicodeScalars {
            switch ch {
            case "&": out += "&amp;"
            case "<": out += "&lt;"
            case ">": out += "&gt;"
            case "\"": out += "&quot;"
            case "'": out += "&apos;"
            default:
                if ch.value < 0x20 && ch != "\t" && ch != "\n" { continue }
                out.unicodeScalars.append(ch)
            }
        }
        return out
    }
}
