import Data

/// A pipeline that failed while running (problems found before running are `DataErrors`).
public enum PipelineError: StationKitError, Sendable, Equatable {
    /// A step's command failed; the run stops, no output folder is left, the exit status is the step's.
    case stepFailed(step: String, at: SourceLocation, argv: [String], status: ExitStatus, message: String)
    /// A step finished without writing its output.
    case missingOutput(step: String, at: SourceLocation, path: String)

    /// The failed step's own status (so `stationkit run` exits as the step would have); 70 for a missing output.
    public var exitStatus: ExitStatus {
        switch self {
        case .stepFailed(_, _, _, let status, _): return status
        case .missingOutput: return .software
        }
    }

    /// `FILE:LINE:COL: step … failed …`, then the command line and the step's own message, indented.
    public var description: String {
        switch self {
        case let .stepFailed(step, location, argv, status, message):
            let indented = message.split(separator: "\n", omittingEmptySubsequences: false).joined(separator: "\n  ")
            return "\(location): step `\(step)` failed (exit \(status.rawValue)); no output folder was written\n"
                + "  command: stationkit \(argv.joined(separator: " "))\n  \(indented)"
        case let .missingOutput(step, location, path):
            return "\(location): step `\(step)` finished but did not write \(path) (is `output_option` right for this command?)"
        }
    }
}
