import ArgumentParser
import StationKit

/// `stationkit plot fan`: mean line with a p5–p95 band per district (simulation), or lines with bands from CSV.
struct PlotFanCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "fan",
        abstract: "Line with uncertainty band: simulated metric by district (mean and p5–p95), or CSV x/y[/low/high] by group.",
        discussion: """
            Examples:
              stationkit plot fan sim.json --metric coverage -o fan.svg
              stationkit plot fan sim.json --metric cost_total --district D01,D02 --lang en -o fan.png
              stationkit plot fan series.csv --x year --y mean --low p5 --high p95 --group district -o fan.svg
            """)

    @OptionGroup var source: PlotInput
    @Option(help: "Simulation metric (coverage, cost_total, stations_open, …).") var metric = "coverage"
    @Option(help: "Districts (ids or names, comma-separated); default all.") var district: [String] = []
    @Option(help: "CSV: x column.") var x = "year"
    @Option(help: "CSV: y column.") var y = "value"
    @Option(help: "CSV: lower band column.") var low: String?
    @Option(help: "CSV: upper band column.") var high: String?
    @Option(help: "CSV: group column (one line per group).") var group: String?
    @OptionGroup var plot: PlotOptions

    func run() throws {
        try plot.check()
        let style = plot.style
        if source.isSimulation {
            let sim = try SimulationInput(path: source.input)
            let ids = try sim.districtSelection(splitList(district))
            let bands = try sim.bands(metric, districts: ids, scale: MetricLabels.scale(metric))
            try plot.emit(FanChart.render(bands, style: style, yTitle: plot.yTitle ?? MetricLabels.title(metric, plot.lang)))
        } else {
            let t = try source.records()
            let xs = try t.numbers(x), ys = try t.numbers(y)
            let lo = try low.map { try t.numbers($0) }, hi = try high.map { try t.numbers($0) }
            let groups = try group.map { try t.texts($0) } ?? Array(repeating: y, count: t.rows.count)
            let series = RecordTable.distinct(groups).map { g -> BandSeries in
                let rows = groups.indices.filter { groups[$0] == g && xs[$0] != nil }
                return BandSeries(name: g, x: rows.compactMap { xs[$0] }, centre: rows.map { ys[$0] },
                                  low: rows.map { lo?[$0] ?? nil }, high: rows.map { hi?[$0] ?? nil })
            }
            try plot.emit(FanChart.render(series, style: style, yTitle: plot.yTitle ?? y))
        }
    }
}
