// libFuzzer entry point for Weighting's AHP pairwise-matrix reader (built only by Scripts/fuzz).
import Foundation
import Weighting

/// The reader takes a path, so the input goes through one temporary file per process.
private let path = NSTemporaryDirectory() + "/stationkit-fuzz-ahp-\(getpid()).csv"

/// Reads the input as a pairwise comparison matrix and, when it is one, evaluates it; traps are bugs.
@_cdecl("LLVMFuzzerTestOneInput")
public func fuzzAHP(_ data: UnsafePointer<UInt8>, _ size: Int) -> CInt {
    guard FileManager.default.createFile(atPath: path, contents: Foundation.Data(bytes: data, count: size)) else { return 0 }
    if let m = try? PairwiseComparisonMatrix.read(csv: path) {
        _ = try? AHP().evaluate(m)
    }
    return 0
}
