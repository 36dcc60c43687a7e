import ArgumentParser
import Foundation
import StationKit

/// `stationkit validate DIR`: checks a dataset bundle against BUNDLE.md.
struct ValidateCommand: ParsableCommand {
    enum Format: String, ExpressibleByArgument, CaseIterable {
        case table, json
    }

    static let configuration = CommandConfiguration(
        commandName: "validate",
        abstract: "Check a dataset bundle and report every problem with file:line:column.",
        discussion: """
            Reads dataset.toml and every table it lists, checks types, ids, keys, ranges and the
            rules of the bundle format, and reports all problems (up to 100, then a count).
            Exit 0 when clean ("ok: N tables, M rows"), 65 with the problems, 66 when DIR or
            its dataset.toml is missing. With --format json, stdout holds a list of
            {file, line, column, message} ([] when clean).

            Examples:
              stationkit validate Datasets/jinan
              stationkit validate Datasets/jinan --format json > problems.json
            """)

    @Argument(help: "The bundle folder (holding dataset.toml).")
    var directory: String

    @Option(help: "table (people) or json (a list of {file, line, column, message}).")
    var format: Format = .table

    @Option(help: "Report at most this many problems.")
    var maxProblems = 100

    func run() throws {
        do {
            let b = try DatasetBundle.load(at: directory, maxProblems: maxProblems)
            switch format {
            case .table: print("ok: \(b.tableCount) tables, \(b.rowCount) rows")
            case .json: try Printer.emit(TableFormatter.encodeJSON([ProblemRecord]()), to: nil)
            }
        } catch let e as DataErrors where format == .json {
            try Printer.emit(TableFormatter.encodeJSON(e.errors.map(ProblemRecord.init)), to: nil)
            throw ExitCode(e.exitStatus.rawValue)
        } catch let e as DataError where format == .json && e.kind == .invalid {
            try Printer.emit(TableFormatter.encodeJSON([ProblemRecord(e)]), to: nil)
            throw ExitCode(e.exitStatus.rawValue)
        }
    }
}
