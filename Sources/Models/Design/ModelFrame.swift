/// The data a model reads: named numeric columns (NaN = missing) and text columns (nil = missing),
/// all of the same length.
///
/// Build one from a Data `Table` with `init(_:)` (CSV files go through Data's `CSVReader`).
public struct ModelFrame: Sendable {
    /// Number of rows.
    public let rowCount: Int
    /// Numeric columns; NaN marks a missing value.
    public let numeric: [String: [Double]]
    /// Text (categorical) columns; nil marks a missing value.
    public let text: [String: [String?]]

    /// Creates a frame.
    /// - Throws: `ModelError.invalidData` when columns differ in length or a name is both numeric and text.
    public init(numeric: [String: [Double]] = [:], text: [String: [String?]] = [:]) throws {
        let lengths = Set(numeric.values.map(\.count)).union(text.values.map(\.count))
        guard lengths.count <= 1 else {
            let desc = (numeric.mapValues(\.count).merging(text.mapValues(\.count)) { a, _ in a })
                .sorted { $0.key < $1.key }.map { "\($0.key): \($0.value)" }.joined(separator: ", ")
            throw ModelError.invalidData("columns have different lengths (\(desc))")
        }
        if let both = Set(numeric.keys).intersection(text.keys).sorted().first {
            throw ModelError.invalidData("column '\(both)' is given both as numeric and as text")
        }
        self.rowCount = lengths.first ?? 0
        self.numeric = numeric
        self.text = text
    }

    /// All column names, sorted.
    public var columnNames: [String] { (Array(numeric.keys) + Array(text.keys)).sorted() }

    /// Whether the frame has a column of this name.
    public func contains(_ column: String) -> Bool { numeric[column] != nil || text[column] != nil }

    /// Whether row `i` of `column` is missing (NaN, or a nil text cell). Unknown columns count as missing.
    func isMissing(_ column: String, row i: Int) -> Bool {
        if let v = numeric[column] { return v[i].isNaN }
        if let t = text[column] { return t[i] == nil }
        return true
    }
}
