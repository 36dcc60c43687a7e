import ArgumentParser
import StationKit

/// How a command prints its results.
enum OutputFormat: String, ExpressibleByArgument, CaseIterable {
    /// Aligned text for people.
    case table
    /// Comma-separated values (spreadsheet-safe escaping).
    case csv
    /// Stable, documented JSON for scripts.
    case json
}

/// `--format` and `--output`, shared by every command that prints results.
struct OutputOptions: ParsableArguments {
    @Option(help: "Output format: table (for people), csv, or json (stable, for scripts).")
    var format: OutputFormat = .table

    @Option(name: .shortAndLong, help: "Write to this file atomically instead of stdout.")
    var output: String?
}

/// `--seed`, shared by every command that draws random numbers.
struct SeedOptions: ParsableArguments {
    @Option(help: "Seed of the random streams; same inputs and seed give identical outputs.")
    var seed: UInt64 = 20201001
}

/// `--threads` and `--quiet`, shared by long-running commands.
struct ExecutionOptions: ParsableArguments {
    @Option(help: "Worker threads (results do not depend on it). Default: all cores.")
    var threads: Int?

    @Flag(help: "No progress bar on stderr.")
    var quiet = false

    func validate() throws {
        if let threads, threads < 1 { throw ValidationError("--threads must be at least 1") }
    }
}
