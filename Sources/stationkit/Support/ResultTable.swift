import Foundation
import StationKit

/// A header plus rows of text cells, printed as an aligned table (for people) or as CSV.
/// JSON output is the library result's own Codable form, not this.
struct ResultTable {
    var header: [String]
    var rows: [[String]]

    /// Aligned columns; CJK characters count as two columns wide so Chinese labels line up in a terminal.
    func aligned() -> String {
        func width(_ s: String) -> Int {
            s.unicodeScalars.reduce(0) { $0 + (($1.value >= 0x1100 && $1.value <= 0xFFEF) ? 2 : 1) }
        }
        let all = [header] + rows
        let widths = header.indices.map { j in all.map { j < $0.count ? width($0[j]) : 0 }.max() ?? 0 }
        return all.map { row in
            row.enumerated().map { j, cell in
                cell + String(repeating: " ", count: max(0, widths[j] - width(cell)))
            }.joined(separator: "  ").trimmingCharacters(in: .whitespaces)
        }.joined(separator: "\n") + "\n"
    }

    func csv() -> String { CSVWriter().document(header: header, rows: rows) }

    /// Renders in `format`, using `json` for JSON.
    func render(_ format: OutputFormat, json: () throws -> String) rethrows -> String {
        switch format {
        case .table: return aligned()
        case .csv: return csv()
        case .json: return try json()
        }
    }
}

/// Stable JSON for scripts: snake_case keys, sorted, pretty-printed, trailing newline.
func stableJSON<T: Encodable>(_ value: T) throws -> String {
    let encoder = JSONEncoder()
    encoder.outputFormatting = [.prettyPrinted, .sortedKeys, .withoutEscapingSlashes]
    encoder.keyEncodingStrategy = .convertToSnakeCase
    return String(decoding: try encoder.encode(value), as: UTF8.self) + "\n"
}

/// A number for a table cell (6 significant digits).
func cell(_ x: Double) -> String { String(format: "%.6g", x) }

/// Prints a warning line on stderr.
func warn(_ message: String) {
    FileHandle.standardError.write(Foundation.Data(("warning: " + message + "\n").utf8))
}

/// Splits `a,b,c` option values.
func commaList(_ s: String?) -> [String] {
    (s ?? "").split(separator: ",").map { $0.trimmingCharacters(in: .whitespaces) }.filter { !$0.isEmpty }
}
