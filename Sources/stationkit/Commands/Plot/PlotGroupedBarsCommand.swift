import ArgumentParser
import StationKit

/// `stationkit plot grouped-bars`: series side by side per category.
struct PlotGroupedBarsCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "grouped-bars",
        abstract: "Grouped bars: simulated metrics per district at one year, or a CSV category × group pivot (e.g. describe output).",
        discussion: """
            Examples:
              stationkit plot grouped-bars sim.json --metric coverage,village_coverage -o cov.svg
              stationkit describe Datasets/jinan --by district-year --format csv -o d.csv
              stationkit plot grouped-bars d.csv --category district --group year --value coverage -o cov.svg
            """)

    @OptionGroup var bars: PlotBarsSource
    @OptionGroup var plot: PlotOptions

    func run() throws {
        try plot.check()
        let d = try bars.load(lang: plot.lang, defaultMetrics: ["coverage"])
        try plot.emit(BarChart.render(categories: d.categories, series: d.series, layout: .grouped, style: plot.style,
                                      xTitle: plot.xTitle ?? d.xTitle, yTitle: plot.yTitle ?? d.yTitle))
    }
}
