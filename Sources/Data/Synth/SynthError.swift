/// A problem with the options of the synthetic-data generator.
public enum SynthError: StationKitError, Equatable, Sendable {
    /// An option value is out of range or malformed (exit 64, usage).
    case invalidOption(String)

    public var exitStatus: ExitStatus { .usage }

    public var description: String {
        switch self {
        case .invalidOption(let message): return message
        }
    }
}
