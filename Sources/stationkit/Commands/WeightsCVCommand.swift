import ArgumentParser
import StationKit

/// `stationkit weights cv MATRIX.csv`.
struct WeightsCVCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "cv",
        abstract: "Coefficient-of-variation weights (变异系数法) on raw values: w ∝ s / |mean|.",
        discussion: """
            Examples:
              stationkit weights cv matrix.csv --format json
            """
    )

    @OptionGroup var input: MatrixInputOptions
    @OptionGroup var output: OutputOptions

    func run() throws {
        try WeightsJSON(input.apply { try DispersionWeighting(.coefficientOfVariation).weights($0) }).emit(output)
    }
}
