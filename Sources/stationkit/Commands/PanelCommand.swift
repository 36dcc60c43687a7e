import ArgumentParser
import StationKit

extension PanelLevel: ExpressibleByArgument {}

/// `stationkit panel DIR`: the analysis frame, one row per station-year or street-year.
struct PanelCommand: ParsableCommand {
    enum Format: String, ExpressibleByArgument, CaseIterable {
        case csv, json
    }

    static let configuration = CommandConfiguration(
        commandName: "panel",
        abstract: "Write the analysis panel: one row per station-year or street-year, all tables joined.",
        discussion: """
            Columns: ids and year, opened/cohort, years_since_opening (negative before opening),
            open, total_score, score_<area> for each first-level area, grade, staffing, funding
            (funding_total and funding_per_capita in 元 per person when money is in 万元),
            services, street and district attributes. Street level covers every street × year,
            with the street's station mapped onto it.

            Examples:
              stationkit panel Datasets/jinan --output panel.csv
              stationkit panel Datasets/jinan --level street --format json --output panel.json
            """)

    @Argument(help: "The bundle folder (holding dataset.toml).")
    var directory: String

    @Option(help: "Unit of a row: station or street.")
    var level: PanelLevel = .station

    @Option(help: "csv or json.")
    var format: Format = .csv

    @Option(name: .shortAndLong, help: "Write to this file atomically instead of stdout.")
    var output: String?

    func run() throws {
        if let output { try AtomicFile.checkWritable(output) }
        let bundle = try DatasetBundle.load(at: directory)
        let t = try Panel.build(bundle, level: level)
        try Printer.emit(format == .csv ? TableFormatter.csv(t) : TableFormatter.json(t), to: output)
    }
}
