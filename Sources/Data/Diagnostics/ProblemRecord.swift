/// A data problem as JSON (`validate --format json`).
public struct ProblemRecord: Codable, Equatable, Sendable {
    /// The file, as given to the reader.
    public var file: String
    /// 1-based line (null for whole-file problems).
    public var line: Int?
    /// 1-based character column (null when unknown).
    public var column: Int?
    /// What is wrong.
    public var message: String

    /// The record of a located problem.
    public init(_ e: DataError) {
        file = e.location.file
        line = e.location.line
        column = e.location.column
        message = e.message
    }
}
