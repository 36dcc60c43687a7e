import Foundation

/// Formats CSV text (RFC 4180) that spreadsheets open safely.
///
/// - Fields containing a comma, quote, CR or LF are quoted, with quotes doubled.
/// - Text cells starting with `=`, `+`, `-` or `@` that are not numbers get a
///   leading apostrophe (`'=SUM(A1)`), the OWASP "CSV injection" escape, so
///   Excel and LibreOffice show them as text instead of running them.
/// - Numbers are written with Swift's shortest round-trip representation, so
///   reading the file back gives the identical `Double`.
public struct CSVWriter: Sendable {
    /// The field separator (default comma).
    public var separator: Character = ","
    /// The line terminator (default "\n"; RFC 4180 says CRLF, every reader accepts both).
    public var lineTerminator = "\n"

    public init() {}

    /// One cell as CSV text.
    public func field(_ text: String) -> String {
        var t = text
        if let first = t.unicodeScalars.first, "=+-@".unicodeScalars.contains(first), Double(t) == nil {
            t = "'" + t
        }
        if t.contains(where: { $0 == separator || $0 == "\"" || $0 == "\n" || $0 == "\r" }) {
            return "\"" + t.replacingOccurrences(of: "\"", with: "\"\"") + "\""
        }
        return t
    }

    /// A number cell: shortest round-trip text; NaN (missing) becomes an empty cell.
    public func field(_ value: Double) -> String {
        value.isNaN ? "" : (value == value.rounded() && abs(value) < 1e15 ? String(Int64(value)) : "\(value)")
    }

    /// A whole record, terminated.
    public func line(_ fields: [String]) -> String {
        fields.map(field).joined(separator: String(separator)) + lineTerminator
    }

    /// A header plus records, as one string.
    public func document(header: [String], rows: [[String]]) -> String {
        var out = line(header)
        for r in rows { out += line(r) }
        return out
    }
}
