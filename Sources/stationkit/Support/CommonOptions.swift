import ArgumentParser
import Foundation
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

    /// Checks `--output` before any work is done: its folder must be writable (exit 73) and it must
    /// not be one of the command's input files or an existing file inside an input folder (exit 73).
    func validate() throws {
        guard let output else { return }
        do {
            try AtomicFile.checkWritable(output)
            try OutputGuard.refuseOverwritingInputs(output, arguments: Array(CommandLine.arguments.dropFirst()))
        } catch {
            ErrorReporter.exit(with: error)
        }
    }
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

    /// The worker threads to use: `--threads`, else every active core.
    var threadCount: Int { threads ?? ProcessInfo.processInfo.activeProcessorCount }

    func validate() throws {
        if let threads, threads < 1 { throw ValidationError("--threads must be at least 1") }
    }
}

extension CSVEncoding: ExpressibleByArgument {}

/// `--encoding`, `--delimiter` and `--sheet`, shared by every command that reads a data table: a CSV file,
/// or a sheet of an .xlsx workbook (by the file's extension). Commands read through `read`/`table` here,
/// which call Data's one loader, `TableFile`.
struct CSVInputOptions: ParsableArguments {
    @Option(help: "Text encoding of a CSV input: auto (UTF-16 by its byte order mark, else UTF-8, else GB18030/GBK), utf-8, gb18030, utf-16.")
    var encoding: CSVEncoding = .auto

    @Option(help: "Field delimiter of a CSV input: one ASCII character such as ';', or 'tab'.")
    var delimiter: String = ","

    @Option(help: "Sheet of an .xlsx input (default: its first sheet).")
    var sheet: String?

    func validate() throws { _ = try delimiterByte() }

    /// The reader options these flags select.
    func readOptions() throws -> CSVReadOptions {
        CSVReadOptions(delimiter: try delimiterByte(), encoding: encoding, sheet: sheet)
    }

    /// The reader options for the input file `path`.
    /// - Throws: `ValidationError` (exit 64) when `--sheet` is given for a file that is not an .xlsx workbook.
    func readOptions(for path: String) throws -> CSVReadOptions {
        if let sheet, !TableFile.isWorkbook(path) {
            throw ValidationError("--sheet \(sheet) applies to .xlsx workbooks, and \(path) is not one")
        }
        return try readOptions()
    }

    /// Reads the CSV or .xlsx file with its problems and cell locations.
    func read(_ path: String) throws -> CSVFile { try TableFile.read(path, options: readOptions(for: path)) }

    /// Reads the CSV or .xlsx file's table.
    /// - Throws: `DataErrors` listing every problem in it.
    func table(_ path: String) throws -> Table { try read(path).checked() }

    /// Rows of a JSON file (as `describe --format json` writes), or of a CSV or .xlsx table.
    func records(_ path: String) throws -> RecordTable {
        try RecordTable(path: path, options: path.lowercased().hasSuffix(".json") ? CSVReadOptions() : readOptions(for: path))
    }

    private func delimiterByte() throws -> UInt8 {
        if delimiter == "tab" || delimiter == "\\t" { return 9 }
        guard delimiter.utf8.count == 1, let b = delimiter.utf8.first, b < 128, b != 34, b != 10, b != 13 else {
            throw ValidationError("--delimiter must be one ASCII character other than a quote or line break (or 'tab')")
        }
        return b
    }
}
