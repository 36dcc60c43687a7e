import Data
import Foundation

/// A small table of text cells read from a CSV file (`stationkit describe --format csv`, any CSV) or from a JSON
/// array of row objects (`stationkit describe --format json`), with column lookups that name the file on error.
public struct RecordTable: Sendable {
    /// Column names in file order (JSON: sorted keys of the first row).
    public let columns: [String]
    /// Cells by row, "" when missing.
    public let rows: [[String]]
    /// The file, for diagnostics.
    public let path: String

    /// Reads `path`: JSON when it ends in `.json`, else a table file (CSV, or a sheet of an .xlsx workbook).
    /// - Parameters:
    ///   - path: the file.
    ///   - options: CSV encoding and delimiter, or the sheet of an .xlsx workbook (see Data's `TableFile`).
    /// - Throws: `DataError` from the table reader, `FigureError` for a JSON file that is not an array of objects.
    public init(path: String, options: CSVReadOptions = .init()) throws {
        self.path = path
        if path.lowercased().hasSuffix(".json") {
            guard let a = try JSONInput.load(path) as? [[String: Any]] else {
                throw FigureError("expected a JSON array of row objects (as `stationkit describe --format json` writes)",
                                  at: SourceLocation(file: path))
            }
            let cols = (a.first ?? [:]).keys.sorted()
            columns = cols
            rows = a.map { r in cols.map { c in
                if let n = JSONInput.number(r[c]) { return CSVWriter().field(n) }
                return (r[c] as? String) ?? ""
            } }
        } else {
            let t = try TableFile.table(path, options: options)
            columns = t.columnNames
            rows = (0..<t.rowCount).map { r in t.columns.indices.map { t.text(row: r, column: $0) } }
        }
    }

    /// Position of `name`.
    /// - Throws: `FigureError` listing the columns.
    public func index(_ name: String) throws -> Int {
        guard let i = columns.firstIndex(of: name) else {
            throw FigureError("no column \"\(name)\" (have: \(columns.joined(separator: ", ")))", at: SourceLocation(file: path))
        }
        return i
    }

    /// The text cells of column `name`.
    public func texts(_ name: String) throws -> [String] {
        let i = try index(name)
        return rows.map { $0[i] }
    }

    /// The numbers of column `name` (nil for an empty cell).
    /// - Throws: `FigureError` at the first cell that is not a number (line = row + 2 for CSV with a header).
    public func numbers(_ name: String) throws -> [Double?] {
        let i = try index(name)
        return try rows.enumerated().map { r, row in
            if row[i].isEmpty { return nil }
            guard let v = Double(row[i]) else {
                throw FigureError("\"\(row[i])\" in column \(name) is not a number", at: SourceLocation(file: path, line: r + 2))
            }
            return v
        }
    }

    /// Distinct values of a text column in order of first appearance.
    public static func distinct(_ values: [String]) -> [String] {
        var seen = Set<String>()
        return values.filter { seen.insert($0).inserted }
    }

    /// A category × group pivot of `value` (the last value wins when a pair repeats; nil when absent).
    /// - Parameters: category, group (nil: one series named after `value`), value: column names.
    /// - Throws: as `texts`/`numbers`.
    public func pivot(category: String, group: String?, value: String) throws -> (categories: [String], groups: [String], values: [[Double?]]) {
        let cats = try texts(category)
        let groups = try group.map { try texts($0) } ?? Array(repeating: value, count: rows.count)
        let v = try numbers(value)
        let c = Self.distinct(cats), g = Self.distinct(groups)
        var out = [[Double?]](repeating: [Double?](repeating: nil, count: c.count), count: g.count)
        let ci = Dictionary(uniqueKeysWithValues: c.enumerated().map { ($1, $0) })
        let gi = Dictionary(uniqueKeysWithValues: g.enumerated().map { ($1, $0) })
        for r in rows.indices { if let a = gi[groups[r]], let b = ci[cats[r]] { out[a][b] = v[r] } }
        return (c, g, out)
    }
}
