import Dispatch

/// One benchmark case: a named operation timed by the harness.
///
/// `prepare` builds the inputs (not timed) and returns the operation to time. The harness calls the
/// operation once to warm up, then takes `samples` samples of `inner` back-to-back calls each, and reports
/// the median time per call. Small operations use a large `inner` so that one sample lasts long enough for
/// the clock; large ones use `inner = 1`.
struct BenchmarkCase: Sendable {
    /// Stable identifier, shared with the Python side (Scripts/bench.d/*.py) and used on the command line.
    let name: String
    /// Group (one source file per group, e.g. LinalgBenchmarks.swift).
    let group: String
    /// What is timed, for people.
    let summary: String
    /// Number of timed samples (the median is reported).
    let samples: Int
    /// Calls per sample.
    let inner: Int
    /// Builds inputs and returns the operation to time.
    let prepare: @Sendable () throws -> () throws -> Void
}

/// The timing of one case.
struct BenchmarkResult: Codable, Sendable {
    let name: String
    let group: String
    let summary: String
    /// Median milliseconds per call.
    let medianMilliseconds: Double
    /// Fastest and slowest sample, milliseconds per call.
    let minMilliseconds: Double
    let maxMilliseconds: Double
    let samples: Int
    let inner: Int
}

extension BenchmarkCase {
    /// Runs the case: prepare, one warm-up call, then `samples` timed samples on the monotonic clock
    /// (`DispatchTime`, CLOCK_MONOTONIC on Linux).
    func run() throws -> BenchmarkResult {
        let operation = try prepare()
        try operation()
        var perCall: [Double] = []
        for _ in 0..<samples {
            let start = DispatchTime.now().uptimeNanoseconds
            for _ in 0..<inner { try operation() }
            let end = DispatchTime.now().uptimeNanoseconds
            perCall.append(Double(end - start) / 1e6 / Double(inner))
        }
        perCall.sort()
        let mid = perCall.count / 2
        let median = perCall.count % 2 == 1 ? perCall[mid] : (perCall[mid - 1] + perCall[mid]) / 2
        return BenchmarkResult(
            name: name, group: group, summary: summary, medianMilliseconds: median,
            minMilliseconds: perCall.first ?? median, maxMilliseconds: perCall.last ?? median,
            samples: samples, inner: inner)
    }
}

/// Keeps the optimizer from discarding a result that is otherwise unused.
@inline(never)
func blackHole<T>(_ value: T) {
    withExtendedLifetime(value) {}
}
