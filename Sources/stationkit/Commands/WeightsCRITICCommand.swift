import ArgumentParser
import StationKit

/// `stationkit weights critic MATRIX.csv`.
struct WeightsCRITICCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "critic",
        abstract: "CRITIC weights (Diakoulaki et al. 1995): contrast × conflict on min–max data with direction.",
        discussion: """
            Examples:
              stationkit weights critic matrix.csv --cost cost_per_capita --format json
            """
    )

    @OptionGroup var input: MatrixInputOptions
    @OptionGroup var output: OutputOptions

    func run() throws {
        try WeightsJSON(input.apply { try CRITICWeighting().weights($0) }).emit(output)
    }
}
