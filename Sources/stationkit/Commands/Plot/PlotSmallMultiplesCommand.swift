import ArgumentParser
import StationKit

/// `stationkit plot small-multiples`: one fan panel per district.
struct PlotSmallMultiplesCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "small-multiples",
        abstract: "Small multiples by district: one panel (mean and p5–p95 band) per district on a shared scale.",
        discussion: """
            Examples:
              stationkit plot small-multiples sim.json --metric coverage -o districts.svg
              stationkit plot small-multiples sim.json --metric cost_total --panel-columns 4 -o cost.png
            """)

    @OptionGroup var source: PlotInput
    @Option(help: "Simulation metric.") var metric = "coverage"
    @Option(help: "Districts (ids or names, comma-separated); default all.") var district: [String] = []
    @Option(name: .customLong("panel-columns"), help: "Panels per row (0: automatic).") var panelColumns = 0
    @OptionGroup var plot: PlotOptions

    func run() throws {
        try plot.check()
        let sim = try SimulationInput(path: source.input)
        let bands = try sim.bands(metric, districts: try sim.districtSelection(splitList(district)), scale: MetricLabels.scale(metric))
        try plot.emit(SmallMultiples.render(bands, columns: max(0, panelColumns), style: plot.style,
                                            yTitle: plot.yTitle ?? MetricLabels.title(metric, plot.lang)))
    }
}
