import ArgumentParser
import StationKit

/// `stationkit weights stddev MATRIX.csv`.
struct WeightsStddevCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "stddev",
        abstract: "Standard-deviation weights (标准离差法): w ∝ s of the normalised criterion.",
        discussion: """
            --normalization none uses raw values, as pymcdm's standard_deviation_weights.

            Examples:
              stationkit weights stddev matrix.csv --cost cost_per_capita
            """
    )

    @OptionGroup var input: MatrixInputOptions
    @Option(help: "Normalisation before the standard deviation: minmax (default) or none.")
    var normalization: NormalizationChoice = .minmax
    @OptionGroup var output: OutputOptions

    func run() throws {
        let w = try input.apply { try DispersionWeighting(.standardDeviation, normalization: normalization.value).weights($0) }
        try WeightsJSON(w).emit(output)
    }
}
