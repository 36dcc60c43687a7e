import ArgumentParser
import StationKit

extension DescribeGrouping: ExpressibleByArgument {}

/// `stationkit describe DIR`: coverage, staffing, funding and scores by year or district.
struct DescribeCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "describe",
        abstract: "Describe a bundle: stations, coverage, staffing, funding and scores by year or district.",
        discussion: """
            Columns: streets, stations_open, coverage (streets with an open station ÷ streets),
            social_workers_per_station, certified_share, funding_per_station (money unit of the
            manifest, 万元 by default), city_share, people_served, mean_score (sum of item
            scores per station-year) and grade_<G>_share for each grade of grades.csv.
            Grouping by district pools all years (counts become yearly means).

            Examples:
              stationkit describe Datasets/jinan
              stationkit describe Datasets/jinan --by district-year --format csv --output describe.csv
            """)

    @Argument(help: "The bundle folder (holding dataset.toml).")
    var directory: String

    @Option(help: "Group by year, district or district-year.")
    var by: DescribeGrouping = .year

    @OptionGroup var output: OutputOptions

    func run() throws {
        if let path = output.output { try AtomicFile.checkWritable(path) }
        let bundle = try DatasetBundle.load(at: directory)
        let t = try Describe.table(bundle, by: by)
        let text: String
        switch output.format {
        case .table: text = TableFormatter.text(t)
        case .csv: text = TableFormatter.csv(t)
        case .json: text = try TableFormatter.json(t)
        }
        try Printer.emit(text, to: output.output)
    }
}
