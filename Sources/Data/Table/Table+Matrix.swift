import Linalg

extension Table {
    /// Numeric columns as a column-major `Matrix` (rows × names.count): each column is appended
    /// whole, so the copy is one contiguous append per column. Integers are converted, missing
    /// values become NaN (drop them first with `filtered` when a model cannot take them).
    /// - Throws: `DataError` for an unknown or text column.
    public func matrix(_ names: [String]) throws -> Matrix {
        var storage: [Double] = []
        storage.reserveCapacity(rowCount * names.count)
        for n in names {
            switch try column(n) {
            case .double(let v): storage.append(contentsOf: v)
            case .int(let v): storage.append(contentsOf: v.lazy.map { $0 == IntMissing ? .nan : Double($0) })
            case .string: throw problem("column '\(n)' is text and cannot go into a matrix")
            }
        }
        return try Matrix(rows: rowCount, columns: names.count, columnMajor: storage)
    }
}
