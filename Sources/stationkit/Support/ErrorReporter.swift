import ArgumentParser
import Foundation
import StationKit

/// Maps every error to the message and sysexits code of DESIGN.md.
enum ErrorReporter {
    static func exit(with error: Error) -> Never {
        switch error {
        case let e as DataErrors:
            // One `error: FILE:LINE:COL: message` line per problem.
            for x in e.errors { report("error: \(x)") }
            if e.omitted > 0 { report("error: … and \(e.omitted) more problems") }
            Foundation.exit(e.exitStatus.rawValue)
        case let e as StationKitError:
            report("error: \(e)")
            Foundation.exit(e.exitStatus.rawValue)
        case let e as LinalgError:
            // Linear algebra fails on data (a singular design, a non-positive-definite matrix).
            report("error: \(e)")
            Foundation.exit(ExitStatus.dataError.rawValue)
        default:
            // ArgumentParser's own errors: help, version, usage (exit 64 for validation failures).
            StationKitCommand.exit(withError: error)
        }
    }

    static func report(_ message: String) {
        FileHandle.standardError.write(Data((message + "\n").utf8))
    }
}
