import Foundation

/// Writes a `Table` as CSV, aligned text or JSON (the three `--format`s of the CLI).
public enum TableFormatter {
    /// RFC 4180 CSV with a header row (spreadsheet-safe, see `CSVWriter`); missing cells are empty;
    /// doubles use the shortest text that reads back to the same value.
    public static func csv(_ t: Table) -> String {
        let w = CSVWriter()
        var out = w.line(t.columnNames)
        for r in 0..<t.rowCount {
            out += w.line((0..<t.columns.count).map { t.text(row: r, column: $0) })
        }
        return out
    }

    /// Aligned columns for people: doubles rounded to `decimals` places, missing shown as `-`.
    /// Width counts Chinese characters as two columns, as terminals draw them.
    public static func text(_ t: Table, decimals: Int = 3) -> String {
        let cells: [[String]] = [t.columnNames] + (0..<t.rowCount).map { r in
            t.columns.map { c in
                if c.isMissing(r) { return "-" }
                if case .double(let v) = c {
                    let x = v[r]
                    return x == x.rounded() && abs(x) < 1e15 ? String(Int64(x)) : String(format: "%.\(decimals)f", x)
                }
                return c.text(r)
            }
        }
        func width(_ s: String) -> Int { s.unicodeScalars.reduce(0) { $0 + ($1.value >= 0x1100 ? 2 : 1) } }
        let widths = t.columnNames.indices.map { j in cells.map { width($0[j]) }.max() ?? 0 }
        let numeric = t.columns.map { $0.type != .string }
        return cells.map { row in
            row.indices.map { j in
                let pad = String(repeating: " ", count: widths[j] - width(row[j]))
                return numeric[j] ? pad + row[j] : row[j] + pad
            }.joined(separator: "  ").replacingOccurrences(of: "\\s+$", with: "", options: .regularExpression)
        }.joined(separator: "\n") + "\n"
    }

    /// A JSON array with one object per row, keys sorted (stable output); missing values are
    /// `null`, integers and doubles are numbers, text is a string.
    /// - Throws: `DataError` if encoding fails (it does not for finite numbers).
    public static func json(_ t: Table) throws -> String {
        let rows: [[String: JSONCell]] = (0..<t.rowCount).map { r in
            var o: [String: JSONCell] = [:]
            for (n, c) in zip(t.columnNames, t.columns) {
                if c.isMissing(r) {
                    o[n] = .null
                    continue
                }
                switch c {
                case .int(let v): o[n] = .int(v[r])
                case .double(let v): o[n] = v[r].isFinite ? .double(v[r]) : .null
                case .string(let s): o[n] = .string(s[r] ?? "")
                }
            }
            return o
        }
        return try encodeJSON(rows)
    }

    /// Deterministic pretty JSON (sorted keys), newline-terminated.
    public static func encodeJSON<T: Encodable>(_ value: T) throws -> String {
        let e = JSONEncoder()
        e.outputFormatting = [.sortedKeys, .prettyPrinted, .withoutEscapingSlashes]
        do {
            return String(decoding: try e.encode(value), as: UTF8.self) + "\n"
        } catch {
            throw DataError(.invalid, at: SourceLocation(file: "json"), "cannot encode JSON: \(error)")
        }
    }
}

/// One JSON cell.
enum JSONCell: Encodable {
    case int(Int), double(Double), string(String), null

    func encode(to encoder: Encoder) throws {
        var c = encoder.singleValueContainer()
        switch self {
        case .int(let v): try c.encode(v)
        case .double(let v): try c.encode(v)
        case .string(let v): try c.encode(v)
        case .null: try c.encodeNil()
        }
    }
}

/// A data problem as JSON (`validate --format json`).
public struct ProblemRecord: Codable, Equatable, Sendable {
    public var file: String
    public var line: Int?
    public var column: Int?
    public var message: String

    public init(_ e: DataError) {
        file = e.location.file
        line = e.location.line
        column = e.location.column
        message = e.message
    }
}
