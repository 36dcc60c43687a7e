import Foundation
import StationKit

/// Writes a command's result to stdout, or atomically to `--output`.
enum Printer {
    static func emit(_ text: String, to path: String?) throws {
        if let path {
            try AtomicFile.write(text, to: path)
        } else {
            FileHandle.standardOutput.write(Data(text.utf8))
        }
    }
}
