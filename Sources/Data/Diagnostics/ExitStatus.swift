/// Process exit codes, following BSD sysexits(3) as DESIGN.md prescribes.
public enum ExitStatus: Int32, Sendable {
    case ok = 0
    /// EX_USAGE: the command was used incorrectly (bad option, bad argument).
    case usage = 64
    /// EX_DATAERR: the input data was incorrect in some way.
    case dataError = 65
    /// EX_NOINPUT: an input file did not exist or was not readable.
    case noInput = 66
    /// EX_SOFTWARE: an internal software error (a bug: please report it).
    case software = 70
    /// EX_CANTCREAT: an output file cannot be created.
    case cannotCreate = 73
    /// EX_IOERR: an error occurred while doing I/O on some file.
    case ioError = 74
    /// Interrupted by SIGINT (128 + 2), as shells report it.
    case interrupted = 130
}

/// An error that knows its exit status; the CLI maps every thrown error through this.
public protocol StationKitError: Error, CustomStringConvertible {
    /// The process exit status this error should produce.
    var exitStatus: ExitStatus { get }
}
