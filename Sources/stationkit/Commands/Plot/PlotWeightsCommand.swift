import ArgumentParser
import StationKit

/// `stationkit plot weights`: dot plot of a weights file.
struct PlotWeightsCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "weights",
        abstract: "Dot plot of indicator weights from `stationkit weights … --format json`.",
        discussion: """
            Examples:
              stationkit weights entropy matrix.csv --format json -o entropy.json
              stationkit plot weights entropy.json --title 熵权法指标权重 -o weights.svg
            """)

    @OptionGroup var source: PlotInput
    @OptionGroup var plot: PlotOptions

    func run() throws {
        try plot.check()
        let w = try WeightsInput(path: source.input)
        try plot.emit(WeightDotChart.render(criteria: w.criteria, weights: w.weights, style: plot.style))
    }
}
