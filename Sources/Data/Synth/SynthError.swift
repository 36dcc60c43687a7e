/// A problem with the options of the synthetic-data generator.
public enum SynthError: StationKitError, Equatable, Sendable {
    /// An option value is out of range or malformed (exit 64, usage).
    case invalidOption(String)

    /// Always `.usage` (64): the options were wrong.
    public var exitStatus: ExitStatus { .usage }

    /// The message (without the "error: " prefix).
    public var description: String {
        switch self {
        case .invalidOption(let message): return message
        }
    }
}
