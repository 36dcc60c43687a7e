import ArgumentParser
import StationKit

/// `stationkit plot heatmap`: district × year matrix.
struct PlotHeatmapCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "heatmap",
        abstract: "Heatmap of district × year: a simulated metric's mean, or a CSV row × column pivot (e.g. describe --by district-year).",
        discussion: """
            Examples:
              stationkit plot heatmap sim.json --metric coverage -o heat.svg
              stationkit plot heatmap d.csv --row district --column year --value coverage -o heat.png
            """)

    @OptionGroup var source: PlotInput
    @Option(help: "Simulation metric.") var metric = "coverage"
    @Option(help: "Districts (ids or names, comma-separated); default all.") var district: [String] = []
    @Option(help: "CSV/JSON rows: row column.") var row = "district"
    @Option(help: "CSV/JSON rows: column column.") var column = "year"
    @Option(help: "CSV/JSON rows: value column.") var value = "coverage"
    @Option(help: "Decimals of the cell labels.") var decimals = 1
    @OptionGroup var plot: PlotOptions

    func run() throws {
        try plot.check()
        let lang = plot.lang
        if source.isSimulation {
            let sim = try SimulationInput(path: source.input)
            let ids = try sim.districtSelection(splitList(district))
            let m = try sim.matrix(metric, districts: ids, scale: MetricLabels.scale(metric))
            try plot.emit(Heatmap.render(rows: ids.map { sim.districtNames[$0] ?? $0 }, columns: sim.years.map(String.init), values: m,
                                         style: plot.style, xTitle: plot.xTitle ?? BuiltInLabel.year.text(lang),
                                         yTitle: plot.yTitle ?? BuiltInLabel.district.text(lang),
                                         legendTitle: MetricLabels.title(metric, lang), decimals: max(0, decimals)))
        } else {
            let t = try source.records()
            let p = try t.pivot(category: column, group: row, value: value)
            try plot.emit(Heatmap.render(rows: p.groups, columns: p.categories, values: p.values, style: plot.style,
                                         xTitle: plot.xTitle ?? column, yTitle: plot.yTitle ?? row, legendTitle: value,
                                         decimals: max(0, decimals)))
        }
    }
}
