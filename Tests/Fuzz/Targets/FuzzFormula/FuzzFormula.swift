// libFuzzer entry point for Models' formula parser (built only by Scripts/fuzz, see Tests/Fuzz/README.md).
import Models

/// Parses the input (as UTF-8, invalid bytes replaced) as a model formula; errors are fine, traps are bugs.
@_cdecl("LLVMFuzzerTestOneInput")
public func fuzzFormula(_ data: UnsafePointer<UInt8>, _ size: Int) -> CInt {
    let text = String(decoding: UnsafeBufferPointer(start: data, count: size), as: UTF8.self)
    if let f = try? Formula(text) { _ = String(describing: f) }
    return 0
}
