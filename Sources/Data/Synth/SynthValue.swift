/// A value of the planted-truth record, rendered identically as TOML and as JSON
/// (numbers with fixed decimals, so the text is the same on every run).
enum SynthValue {
    case string(String)
    case int(Int)
    /// A number and its number of decimals.
    case number(Double, Int)
    case strings([String])
    case ints([Int])
    case numbers([Double], Int)

    /// TOML text (basic strings, arrays on one line).
    var toml: String { render(quote: Self.quoted) }

    /// JSON text.
    var json: String { render(quote: Self.quoted) }

    private func render(quote: (String) -> String) -> String {
        switch self {
        case .string(let s): return quote(s)
        case .int(let i): return String(i)
        case .number(let x, let d): return SynthFixedDecimal.text(x, decimals: max(d, 1))
        case .strings(let a): return "[" + a.map(quote).joined(separator: ", ") + "]"
        case .ints(let a): return "[" + a.map(String.init).joined(separator: ", ") + "]"
        case .numbers(let a, let d): return "[" + a.map { SynthFixedDecimal.text($0, decimals: max(d, 1)) }.joined(separator: ", ") + "]"
        }
    }

    /// A double-quoted string with \\, \" and control characters escaped (valid TOML and JSON).
    static func quoted(_ s: String) -> String {
        var out = "\""
        for u in s.unicodeScalars {
            switch u {
            case "\"": out += "\\\""
            case "\\": out += "\\\\"
            case "\n": out += "\\n"
            case "\t": out += "\\t"
            case "\r": out += "\\r"
            default:
                if u.value < 0x20 || u.value == 0x7f {
                    let hex = String(u.value, radix: 16, uppercase: true)
                    out += "\\u" + String(repeating: "0", count: 4 - hex.count) + hex
                } else {
                    out.unicodeScalars.append(u)
                }
            }
        }
        return out + "\""
    }
}

/// One table of the planted-truth record: `[planted.<name>]` in TOML, `"<name>": {…}` in JSON.
struct SynthPlantedSection {
    var name: String
    var entries: [(key: String, value: SynthValue)]
}
