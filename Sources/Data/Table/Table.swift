/// A table of named, typed columns of equal length (a small data frame).
///
/// Columns are `Column` values (Int / Double / dictionary-encoded String, missing values as
/// sentinels, see `Column`). Operations return new tables; column arrays are copy-on-write, so
/// selecting columns copies nothing.
///
/// Errors about column names or shapes are `DataError`s located at `name` (the table's file
/// name when it came from a CSV file).
public struct Table: Sendable, Equatable {
    /// A label used in error messages (the file name for tables read from CSV).
    public var name: String
    /// Column names, in order.
    public private(set) var columnNames: [String]
    /// Columns, parallel to `columnNames`.
    public private(set) var columns: [Column]
    /// Number of rows.
    public private(set) var rowCount: Int
    private var index: [String: Int]

    /// An empty table with `rowCount` rows and no columns.
    public init(name: String = "table", rowCount: Int = 0) {
        self.name = name
        self.columnNames = []
        self.columns = []
        self.rowCount = rowCount
        self.index = [:]
    }

    /// A table from named columns.
    /// - Throws: `DataError` when lengths differ or a name repeats.
    public init(name: String = "table", _ named: [(String, Column)]) throws {
        self.init(name: name, rowCount: named.first?.1.count ?? 0)
        for (n, c) in named { try append(n, c) }
    }

    /// Adds a column at the end.
    /// - Throws: `DataError` when its length differs from `rowCount` (unless the table has no
    ///   columns yet) or the name is taken.
    public mutating func append(_ columnName: String, _ column: Column) throws {
        if columns.isEmpty { rowCount = column.count }
        guard column.count == rowCount else {
            throw problem("column '\(columnName)' has \(column.count) rows, the table has \(rowCount)")
        }
        guard index[columnName] == nil else { throw problem("duplicate column '\(columnName)'") }
        index[columnName] = columns.count
        columnNames.append(columnName)
        columns.append(column)
    }

    /// Replaces the column called `columnName`, or appends it when absent.
    public mutating func set(_ columnName: String, _ column: Column) throws {
        if let i = index[columnName] {
            guard column.count == rowCount else {
                throw problem("column '\(columnName)' has \(column.count) rows, the table has \(rowCount)")
            }
            columns[i] = column
        } else {
            try append(columnName, column)
        }
    }

    /// Whether a column of that name exists.
    public func has(_ columnName: String) -> Bool { index[columnName] != nil }

    /// The position of a column, nil when absent.
    public func position(of columnName: String) -> Int? { index[columnName] }

    /// The column called `columnName`.
    /// - Throws: `DataError` naming the table and the missing column.
    public func column(_ columnName: String) throws -> Column {
        guard let i = index[columnName] else { throw problem("no column '\(columnName)'") }
        return columns[i]
    }

    /// A numeric column as doubles (integers converted; missing → NaN).
    /// - Throws: `DataError` when absent or text.
    public func doubles(_ columnName: String) throws -> [Double] {
        guard let d = try column(columnName).doubles else {
            throw problem("column '\(columnName)' is text, not numeric")
        }
        return d
    }

    /// An integer column (a double column whose values are all whole numbers is converted).
    /// - Throws: `DataError` when absent, text, or fractional.
    public func ints(_ columnName: String) throws -> [Int] {
        switch try column(columnName) {
        case .int(let v): return v
        case .double(let v):
            return try v.map { x in
                if x.isNaN { return IntMissing }
                guard x == x.rounded(), abs(x) < 9e15 else {
                    throw problem("column '\(columnName)' holds non-integer \(x)")
                }
                return Int(x)
            }
        case .string: throw problem("column '\(columnName)' is text, not integer")
        }
    }

    /// A column as optional text (numbers formatted, missing → nil).
    public func strings(_ columnName: String) throws -> [String?] {
        let c = try column(columnName)
        if case .string(let s) = c { return s.values }
        return (0..<rowCount).map { c.isMissing($0) ? nil : c.text($0) }
    }

    /// The named columns, in the order given. O(columns): arrays are shared, not copied.
    /// - Throws: `DataError` for an unknown name.
    public func selecting(_ names: [String]) throws -> Table {
        var t = Table(name: name, rowCount: rowCount)
        for n in names { try t.append(n, try column(n)) }
        return t
    }

    /// The rows where `mask` is true. O(rows × columns).
    /// - Throws: `DataError` when `mask.count != rowCount`.
    public func filtered(_ mask: [Bool]) throws -> Table {
        guard mask.count == rowCount else {
            throw problem("row mask has \(mask.count) entries, the table has \(rowCount) rows")
        }
        return rows(mask.indices.filter { mask[$0] })
    }

    /// The rows at `indices`, in that order (−1 gives a row of missing values).
    public func rows(_ indices: [Int]) -> Table {
        var t = Table(name: name, rowCount: indices.count)
        t.columnNames = columnNames
        t.index = index
        t.columns = columns.map { $0.gather(indices) }
        return t
    }

    /// Cell text (empty when missing), for printing.
    public func text(row: Int, column: Int) -> String { columns[column].text(row) }

    /// A `DataError` located at this table.
    func problem(_ message: String) -> DataError {
        DataError(.invalid, at: SourceLocation(file: name), message)
    }
}

extension Table {
    /// The same table with columns renamed (`old → new`); names not in `map` are kept.
    /// - Throws: `DataError` when a new name collides with another column.
    public func renamed(_ map: [String: String]) throws -> Table {
        var t = Table(name: name, rowCount: rowCount)
        for (n, c) in zip(columnNames, columns) { try t.append(map[n] ?? n, c) }
        return t
    }
}
