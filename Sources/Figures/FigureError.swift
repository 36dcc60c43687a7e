import Data

/// Errors of the Figures module (bad input layouts, missing columns, a missing rasterizer).
public struct FigureError: StationKitError, Equatable, Sendable {
    /// Where the problem is (an input file, or `rsvg-convert`).
    public var location: SourceLocation
    /// What is wrong and what to do.
    public var message: String
    /// Exit status: 65 (EX_DATAERR) for input data, 64 (EX_USAGE) for a request that cannot be met here
    /// (a .png/.pdf output without `rsvg-convert`: the message says how to install it).
    public var exitStatus: ExitStatus

    /// An error at `location`.
    public init(_ message: String, at location: SourceLocation, status: ExitStatus = .dataError) {
        self.location = location
        self.message = message
        self.exitStatus = status
    }

    /// `FILE: message`, as the CLI prints it after `error: `.
    public var description: String { "\(location): \(message)" }
}
