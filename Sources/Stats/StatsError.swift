/// Errors thrown by the Stats module for invalid parameters or unusable data.
public enum StatsError: Error, Equatable, Sendable, CustomStringConvertible {
    /// A distribution or sampler parameter is outside its domain (the message names it and the rule).
    case invalidParameter(String)
    /// The input sample is empty (or has no positive weight) where at least one value is needed.
    case emptyInput(String)
    /// Two arrays that must have equal length (values and weights) do not.
    case lengthMismatch(expected: Int, actual: Int)

    /// A one-line, human-readable message naming the problem.
    public var description: String {
        switch self {
        case .invalidParameter(let message): return "invalid parameter: \(message)"
        case .emptyInput(let message): return "empty input: \(message)"
        case .lengthMismatch(let expected, let actual):
            return "length mismatch: expected \(expected) values, got \(actual)"
        }
    }
}
