// StationKitBench: release-mode benchmarks, run by Scripts/bench beside the equivalent numpy code.
//
//   StationKitBench --list                    names and summaries of all cases
//   StationKitBench [<name|group>...] [--json] [--threads N]
//
// With no names, every case runs. `--json` prints one JSON document (for Scripts/bench); otherwise a table.
// `--threads N` sets OpenBLAS's thread count (default: OPENBLAS_NUM_THREADS or all cores).
import Foundation
import Linalg

func usage() -> Never {
    FileHandle.standardError.write(Data("usage: StationKitBench [--list] [<name|group>...] [--json] [--threads N]\n".utf8))
    exit(64)
}

var names: [String] = []
var json = false
var list = false
var arguments = CommandLine.arguments.dropFirst()
while let arg = arguments.popFirst() {
    switch arg {
    case "--json": json = true
    case "--list": list = true
    case "--threads":
        guard let value = arguments.popFirst(), let n = Int(value), n > 0 else { usage() }
        BLASBackend.setThreads(n)
    case "-h", "--help": usage()
    default:
        if arg.hasPrefix("-") { usage() }
        names.append(arg)
    }
}

let all = BenchmarkRegistry.all
if list {
    for c in all { print("\(c.name)\t\(c.group)\t\(c.summary)") }
    exit(0)
}
let unknown = names.filter { n in !all.contains { $0.name == n || $0.group == n } }
if !unknown.isEmpty {
    FileHandle.standardError.write(Data("StationKitBench: unknown case(s): \(unknown.joined(separator: ", "))\n".utf8))
    exit(64)
}
let selected = names.isEmpty ? all : all.filter { c in names.contains { $0 == c.name || $0 == c.group } }

struct Report: Codable {
    let blas: String
    let core: String
    let threads: Int
    let results: [BenchmarkResult]
}

var results: [BenchmarkResult] = []
for c in selected {
    do {
        let r = try c.run()
        results.append(r)
        if !json {
            let padded = c.name.padding(toLength: Swift.max(24, c.name.count), withPad: " ", startingAt: 0)
            print(padded + String(format: " %12.4f ms  (min %.4f, max %.4f; %d × %d)",
                                  r.medianMilliseconds, r.minMilliseconds, r.maxMilliseconds, r.samples, r.inner))
        }
    } catch {
        FileHandle.standardError.write(Data("StationKitBench: \(c.name) failed: \(error)\n".utf8))
        exit(70)
    }
}
if json {
    let encoder = JSONEncoder()
    encoder.outputFormatting = [.prettyPrinted, .sortedKeys]
    let report = Report(blas: BLASBackend.configuration, core: BLASBackend.coreName, threads: BLASBackend.threads,
                        results: results)
    print(String(decoding: try encoder.encode(report), as: UTF8.self))
} else {
    print("BLAS: \(BLASBackend.configuration) (core \(BLASBackend.coreName), \(BLASBackend.threads) threads)")
}
