import ArgumentParser
import StationKit

/// `stationkit weights entropy MATRIX.csv`.
struct WeightsEntropyCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "entropy",
        abstract: "Entropy weights (熵权法): min–max with direction, 0·ln0 = 0.",
        discussion: """
            --normalization none uses raw values (as pymcdm); --shift adds a constant after normalising \
            (some papers add 0.0001 or 0.01). A constant criterion is an error under min–max.

            Examples:
              stationkit weights entropy matrix.csv --cost cost_per_capita
              stationkit weights entropy matrix.csv --id station_id --format json --output entropy.json
            """
    )

    @OptionGroup var input: MatrixInputOptions
    @Option(help: "Normalisation before proportions: minmax (textbook) or none (raw, as pymcdm).")
    var normalization: NormalizationChoice = .minmax
    @Option(help: "Constant added to every normalised value (default 0).")
    var shift: Double = 0
    @OptionGroup var output: OutputOptions

    func run() throws {
        let w = try input.apply { try EntropyWeighting(normalization: normalization.value, shift: shift).weights($0) }
        try WeightsJSON(w).emit(output)
    }
}
