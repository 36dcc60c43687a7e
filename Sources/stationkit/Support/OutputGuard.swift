import Foundation
import StationKit

/// Keeps `--output` from destroying an input.
enum OutputGuard {
    /// Throws when `output` already exists and is the same file as an argument naming an existing
    /// file, or lies inside an argument naming an existing folder (a dataset bundle).
    /// - Throws: `DataError` (`.cannotCreate`, exit 73) naming the input.
    static func refuseOverwritingInputs(_ output: String, arguments: [String]) throws {
        var out = stat()
        guard stat(output, &out) == 0 else { return }  // a new file cannot be an input
        let outPath = URL(fileURLWithPath: output).resolvingSymlinksInPath().standardizedFileURL.path
        // The arguments except options and the value of -o/--output itself.
        let inputs = arguments.indices.filter { i in
            !arguments[i].hasPrefix("-") && (i == 0 || !["-o", "--output"].contains(arguments[i - 1]))
        }.map { arguments[$0] }
        for argument in inputs {
            var st = stat()
            guard stat(argument, &st) == 0 else { continue }
            if (st.st_mode & S_IFMT) == S_IFDIR {
                let dir = URL(fileURLWithPath: argument).resolvingSymlinksInPath().standardizedFileURL.path
                if outPath.hasPrefix(dir.hasSuffix("/") ? dir : dir + "/") {
                    throw DataError(.cannotCreate, at: SourceLocation(file: output),
                                    "refusing to overwrite a file inside the input folder \(argument); choose another --output")
                }
            } else if st.st_dev == out.st_dev && st.st_ino == out.st_ino {
                throw DataError(.cannotCreate, at: SourceLocation(file: output),
                                "refusing to overwrite the input file \(argument); choose another --output")
            }
        }
    }
}
