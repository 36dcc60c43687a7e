/// A dense, column-major matrix of `Double`, with value semantics.
///
/// Element `(i, j)` is stored at `storage[i + j * rows]`, the layout BLAS and
/// LAPACK expect with a leading dimension equal to `rows`. Storage is a Swift
/// `Array`, so copies are copy-on-write: assigning a matrix is O(1) and the
/// first mutation of a shared copy pays for one O(rows × cols) copy.
///
/// Pointers to the storage are only handed out inside the scoped
/// `withUnsafe…` closures below; nothing outside `Linalg` touches C.
public struct Matrix: Sendable, Equatable {
    /// Number of rows (m).
    public let rows: Int
    /// Number of columns (n).
    public let columns: Int
    /// Column-major elements, `rows × columns` of them.
    public private(set) var storage: [Double]

    /// A `rows × columns` matrix with every element equal to `value`.
    public init(rows: Int, columns: Int, repeating value: Double = 0) {
        precondition(rows >= 0 && columns >= 0, "Matrix dimensions must be non-negative")
        self.rows = rows
        self.columns = columns
        self.storage = Array(repeating: value, count: rows * columns)
    }

    /// A matrix over existing column-major storage.
    /// - Throws: `LinalgError.dimensionMismatch` when `columnMajor.count != rows * columns`.
    public init(rows: Int, columns: Int, columnMajor: [Double]) throws {
        guard rows >= 0, columns >= 0, columnMajor.count == rows * columns else {
            throw LinalgError.dimensionMismatch(
                "column-major storage has \(columnMajor.count) elements, expected \(rows) × \(columns)")
        }
        self.rows = rows
        self.columns = columns
        self.storage = columnMajor
    }

    /// A matrix over storage the caller guarantees holds `rows × columns` elements
    /// (module-internal: used by the BLAS/LAPACK wrappers on buffers they sized themselves).
    init(rows: Int, columns: Int, sized storage: [Double]) {
        self.rows = rows
        self.columns = columns
        self.storage = storage
    }

    /// A matrix from row arrays, as one writes it on paper: `Matrix([[1, 2], [3, 4]])`.
    /// - Throws: `LinalgError.dimensionMismatch` when the rows are ragged.
    public init(_ rowArrays: [[Double]]) throws {
        let m = rowArrays.count
        let n = rowArrays.first?.count ?? 0
        guard rowArrays.allSatisfy({ $0.count == n }) else {
            throw LinalgError.dimensionMismatch("rows have different lengths")
        }
        var s = [Double](repeating: 0, count: m * n)
        for i in 0..<m {
            for j in 0..<n { s[i + j * m] = rowArrays[i][j] }
        }
        self.rows = m
        self.columns = n
        self.storage = s
    }

    /// The `n × n` identity matrix.
    public static func identity(_ n: Int) -> Matrix {
        var m = Matrix(rows: n, columns: n)
        for i in 0..<n { m.storage[i + i * n] = 1 }
        return m
    }

    /// A square matrix with `values` on the diagonal.
    public static func diagonal(_ values: [Double]) -> Matrix {
        let n = values.count
        var m = Matrix(rows: n, columns: n)
        for i in 0..<n { m.storage[i + i * n] = values[i] }
        return m
    }

    /// Whether the matrix is square.
    public var isSquare: Bool { rows == columns }

    /// Element access; indices are checked (a bad index is a programming error, not a data error).
    public subscript(i: Int, j: Int) -> Double {
        get {
            precondition(i >= 0 && i < rows && j >= 0 && j < columns, "Matrix index (\(i), \(j)) out of range")
            return storage[i + j * rows]
        }
        set {
            precondition(i >= 0 && i < rows && j >= 0 && j < columns, "Matrix index (\(i), \(j)) out of range")
            storage[i + j * rows] = newValue
        }
    }

    /// Column `j` as an array (a copy).
    public func column(_ j: Int) -> [Double] {
        Array(storage[(j * rows)..<((j + 1) * rows)])
    }

    /// Row `i` as an array (a copy; strided read).
    public func row(_ i: Int) -> [Double] {
        (0..<columns).map { storage[i + $0 * rows] }
    }

    /// The rows as nested arrays (for printing, JSON and tests).
    public var rowArrays: [[Double]] { (0..<rows).map(row) }

    /// The diagonal elements.
    public var diagonalElements: [Double] {
        (0..<Swift.min(rows, columns)).map { storage[$0 + $0 * rows] }
    }

    /// The transpose (a copy).
    public var transposed: Matrix {
        var t = Matrix(rows: columns, columns: rows)
        for j in 0..<columns {
            for i in 0..<rows { t.storage[j + i * columns] = storage[i + j * rows] }
        }
        return t
    }

    /// Calls `body` with a read-only pointer to the column-major storage.
    public func withUnsafeBufferPointer<R>(_ body: (UnsafeBufferPointer<Double>) throws -> R) rethrows -> R {
        try storage.withUnsafeBufferPointer(body)
    }

    /// Calls `body` with a mutable pointer to the column-major storage (triggers the copy-on-write copy if shared).
    public mutating func withUnsafeMutableBufferPointer<R>(
        _ body: (inout UnsafeMutableBufferPointer<Double>) throws -> R
    ) rethrows -> R {
        try storage.withUnsafeMutableBufferPointer(body)
    }
}

extension Matrix: CustomStringConvertible {
    public var description: String {
        rowArrays.map { $0.map { String($0) }.joined(separator: "\t") }.joined(separator: "\n")
    }
}
