import ArgumentParser
import StationKit

/// `stationkit plot stacked-bars`: e.g. cost by level (city, district) stacked per district.
struct PlotStackedBarsCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "stacked-bars",
        abstract: "Stacked bars: simulated cost by level (city/district) per district, or a CSV category × group pivot.",
        discussion: """
            Examples:
              stationkit plot stacked-bars sim.json --year 2025 -o cost.svg
              stationkit plot stacked-bars costs.csv --category district --group level --value cost -o cost.pdf
            """)

    @OptionGroup var bars: PlotBarsSource
    @OptionGroup var plot: PlotOptions

    func run() throws {
        try plot.check()
        let d = try bars.load(lang: plot.lang, defaultMetrics: ["cost_city", "cost_district"])
        try plot.emit(BarChart.render(categories: d.categories, series: d.series, layout: .stacked, style: plot.style,
                                      xTitle: plot.xTitle ?? d.xTitle, yTitle: plot.yTitle ?? d.yTitle))
    }
}
