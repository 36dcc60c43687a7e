import Foundation
import XCTest

/// Runs the built `stationkit` executable and captures its output.
struct CLIResult {
    var status: Int32
    var stdout: String
    var stderr: String
}

enum CLIRunner {
    /// The folder SwiftPM builds products into (the test bundle sits there too).
    static var productsDirectory: URL {
        for bundle in Bundle.allBundles where bundle.bundlePath.hasSuffix(".xctest") {
            return bundle.bundleURL.deletingLastPathComponent()
        }
        return Bundle.main.bundleURL
    }

    static func run(_ arguments: [String], currentDirectory: URL? = nil) throws -> CLIResult {
        let process = Process()
        process.executableURL = productsDirectory.appendingPathComponent("stationkit")
        process.arguments = arguments
        if let currentDirectory { process.currentDirectoryURL = currentDirectory }
        // Capture through temporary files: no pipe can fill up and block the child.
        let tmp = FileManager.default.temporaryDirectory
        let outURL = tmp.appendingPathComponent("stationkit-out-\(UUID().uuidString)")
        let errURL = tmp.appendingPathComponent("stationkit-err-\(UUID().uuidString)")
        _ = FileManager.default.createFile(atPath: outURL.path, contents: nil)
        _ = FileManager.default.createFile(atPath: errURL.path, contents: nil)
        defer {
            try? FileManager.default.removeItem(at: outURL)
            try? FileManager.default.removeItem(at: errURL)
        }
        process.standardOutput = try FileHandle(forWritingTo: outURL)
        process.standardError = try FileHandle(forWritingTo: errURL)
        try process.run()
        process.waitUntilExit()
        let outData = try Foundation.Data(contentsOf: outURL)
        let errData = try Foundation.Data(contentsOf: errURL)
        return CLIResult(
            status: process.terminationStatus,
            stdout: String(decoding: outData, as: UTF8.self),
            stderr: String(decoding: errData, as: UTF8.self))
    }
}
