import ArgumentParser
import StationKit

/// The `stationkit` command: a thin layer that parses, calls the library and prints.
@main
struct StationKitCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "stationkit",
        abstract: "Analyse and simulate the rollout of township/street social work stations (街镇社工站).",
        discussion: """
            Every number printed comes from a StationKit library call. Errors go to stderr as \
            `error: FILE:LINE:COLUMN: message`; exit codes follow sysexits (0 ok, 64 usage, \
            65 bad data, 66 missing input, 70 internal, 73/74 cannot write).

            Examples:
              stationkit --version
              stationkit <command> --help
            """,
        version: StationKitInfo.version,
        subcommands: CommandRegistry.all
    )

    static func main() {
        Interrupt.install()
        do {
            var command = try parseAsRoot()
            try command.run()
        } catch {
            ErrorReporter.exit(with: error)
        }
    }
}
