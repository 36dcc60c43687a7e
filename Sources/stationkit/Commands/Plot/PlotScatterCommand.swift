import ArgumentParser
import StationKit

/// `stationkit plot scatter`: points, least-squares line and its 95% band.
struct PlotScatterCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "scatter",
        abstract: "Scatter of two CSV/JSON columns with the least-squares line and its 95% confidence band.",
        discussion: """
            Examples:
              stationkit plot scatter d.csv --x funding_per_station --y mean_score -o scatter.svg
            """)

    @OptionGroup var source: PlotInput
    @Option(help: "x column.") var x: String
    @Option(help: "y column.") var y: String
    @OptionGroup var plot: PlotOptions

    func run() throws {
        try plot.check()
        let t = try source.records()
        let xs = try t.numbers(x), ys = try t.numbers(y)
        try plot.emit(ScatterChart.render(x: xs.map { $0 ?? .nan }, y: ys.map { $0 ?? .nan }, style: plot.style,
                                          xTitle: plot.xTitle ?? x, yTitle: plot.yTitle ?? y))
    }
}
