/// How to read a CSV file.
public struct CSVReadOptions: Sendable {
    /// Column types by name; columns not named here are inferred (int → double → string).
    public var schema: [String: ColumnType]
    /// At most this many problems are kept (the rest are counted).
    public var maxProblems: Int

    /// Files at least this large are split in two halves parsed on two threads (the result is
    /// identical; a file with any problem is re-read on one thread so messages stay in order).
    public var parallelBytes: Int

    /// Whether the first header cell may be empty (its column is then named ""), as in matrices
    /// whose header row and first column both list names and whose top-left corner cell is
    /// left blank (AHP pairwise matrices). An empty name anywhere else is still a problem.
    /// Default false: every header cell must name its column.
    public var allowsEmptyFirstHeaderName: Bool

    /// The byte between fields: `,` (44) by default, `;` (59) for files saved by European-locale
    /// Excel, `\t` (9) for tab-separated files. Any ASCII byte except `"`, CR and LF.
    public var delimiter: UInt8

    /// The text encoding (`.auto` by default: UTF-16 by its byte order mark, else UTF-8, else
    /// GB18030 when the bytes are valid GB18030). See `CSVEncoding`.
    public var encoding: CSVEncoding

    /// The sheet to read from an .xlsx workbook (`XLSXReader`, `TableFile`); nil = the first visible
    /// sheet. Ignored for CSV files.
    public var sheet: String?

    /// - Parameters:
    ///   - schema: column types by name (others inferred).
    ///   - maxProblems: problems kept before counting the rest.
    ///   - parallelBytes: file size from which two threads parse.
    ///   - allowsEmptyFirstHeaderName: accept an empty top-left header cell (see the property).
    ///   - delimiter: the field separator byte.
    ///   - encoding: the text encoding.
    ///   - sheet: the sheet of an .xlsx workbook (nil: the first).
    public init(schema: [String: ColumnType] = [:], maxProblems: Int = 100, parallelBytes: Int = 8 << 20,
                allowsEmptyFirstHeaderName: Bool = false, delimiter: UInt8 = 44, encoding: CSVEncoding = .auto,
                sheet: String? = nil) {
        self.schema = schema
        self.maxProblems = maxProblems
        self.parallelBytes = parallelBytes
        self.allowsEmptyFirstHeaderName = allowsEmptyFirstHeaderName
        self.delimiter = delimiter
        self.encoding = encoding
        self.sheet = sheet
    }
}
