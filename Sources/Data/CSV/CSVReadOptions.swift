/// How to read a CSV file.
public struct CSVReadOptions: Sendable {
    /// Column types by name; columns not named here are inferred (int → double → string).
    public var schema: [String: ColumnType]
    /// At most this many problems are kept (the rest are counted).
    public var maxProblems: Int

    /// Files at least this large are split in two halves parsed on two threads (the result is
    /// identical; a file with any problem is re-read on one thread so messages stay in order).
    public var parallelBytes: Int

    public init(schema: [String: ColumnType] = [:], maxProblems: Int = 100, parallelBytes: Int = 8 << 20) {
        self.schema = schema
        self.maxProblems = maxProblems
        self.parallelBytes = parallelBytes
    }
}
