import ArgumentParser

/// `stationkit weights`: indicator weights, one subcommand per method.
struct WeightsCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "weights",
        abstract: "Indicator weights: AHP (subjective) or entropy/CRITIC/CV/stddev/PCA/regression (objective).",
        discussion: """
            Every subcommand prints {"method", "criteria", "weights"} with --format json; that file is what \
            `stationkit score --weights` and `stationkit robustness --weights` read.

            Examples:
              stationkit weights ahp judgments.csv --format json --output ahp.json
              stationkit weights ahp expert1.csv expert2.csv expert3.csv --aggregate aip
              stationkit weights entropy matrix.csv --cost cost_per_capita --format json
              stationkit weights entropy 指标.xlsx --sheet 2025 --cost cost_per_capita
              stationkit weights regression data.csv --outcome satisfaction --items staff,coverage --nonnegative
              stationkit weights combine ahp.json entropy.json --method game-theory
            """,
        subcommands: [
            WeightsAHPCommand.self, WeightsEntropyCommand.self, WeightsCRITICCommand.self, WeightsCVCommand.self,
            WeightsStddevCommand.self, WeightsPCACommand.self, WeightsRegressionCommand.self, WeightsCombineCommand.self,
        ]
    )
}
