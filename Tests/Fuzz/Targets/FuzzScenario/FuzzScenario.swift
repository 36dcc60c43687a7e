// libFuzzer entry point for Data's TOML reader and the scenario loader (built only by Scripts/fuzz).
import Data
import Simulation

/// Parses the input as TOML and maps it onto a scenario; errors are fine, traps are bugs.
@_cdecl("LLVMFuzzerTestOneInput")
public func fuzzScenario(_ data: UnsafePointer<UInt8>, _ size: Int) -> CInt {
    let text = String(decoding: UnsafeBufferPointer(start: data, count: size), as: UTF8.self)
    if let table = try? TOML.parse(text, file: "fuzz.toml") {
        _ = try? Scenario(toml: table, file: "fuzz.toml")
    }
    return 0
}
