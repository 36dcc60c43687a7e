import Data

extension ModelFrame {
    /// A frame from a Data table (read a CSV with `CSVReader.table(path)` first, which reports
    /// problems with file:line:column).
    ///
    /// `.double` columns become numeric as they are (NaN = missing), `.int` columns numeric with
    /// `IntMissing` → NaN (integers up to 2^53 are exact), `.string` columns categorical (text, nil =
    /// missing). Only empty cells are missing: the reader does not treat markers like `NA` as missing,
    /// so a numeric column holding `NA` becomes text and a formula using it as a number reports that.
    /// - Parameter table: the data; column names become variable names.
    /// - Throws: `ModelError.invalidData` never in practice (a table's columns share one length and
    ///   unique names); declared because `init(numeric:text:)` checks both.
    /// - Complexity: O(rows × columns).
    public init(_ table: Table) throws {
        var numeric: [String: [Double]] = [:]
        var text: [String: [String?]] = [:]
        for (name, column) in zip(table.columnNames, table.columns) {
            switch column {
            case .double(let v): numeric[name] = v
            case .int(let v): numeric[name] = v.map { $0 == IntMissing ? .nan : Double($0) }
            case .string(let s): text[name] = s.values
            }
        }
        try self.init(numeric: numeric, text: text)
    }
}
