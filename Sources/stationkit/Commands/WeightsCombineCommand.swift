import ArgumentParser
import StationKit

/// `stationkit weights combine A.json B.json`.
struct WeightsCombineCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "combine",
        abstract: "Combine weight vectors (组合赋权): multiplicative, linear, or game theory.",
        discussion: """
            Inputs are `stationkit weights … --format json` files over the same criteria (matched by name,
            in the first file's order). multiplicative: w ∝ a·b; linear: α a + (1 − α) b; game-theory:
            (U Uᵀ) α = diag(U Uᵀ), α normalised in absolute value (Lai et al. 2015), any number of inputs.

            Examples:
              stationkit weights combine ahp.json entropy.json --method game-theory --format json
              stationkit weights combine ahp.json entropy.json --method linear --alpha 0.6
            """
    )

    enum Method: String, ExpressibleByArgument, CaseIterable {
        case multiplicative, linear, gameTheory = "game-theory"
    }

    @Argument(help: "Weight JSON files (two for multiplicative/linear, two or more for game-theory).")
    var files: [String]
    @Option(help: "multiplicative, linear or game-theory.")
    var method: Method = .gameTheory
    @Option(help: "Share α of the first vector for --method linear.")
    var alpha: Double = 0.5
    @OptionGroup var output: OutputOptions

    func validate() throws {
        if files.count < 2 { throw ValidationError("give at least two weight files") }
        if method != .gameTheory && files.count != 2 { throw ValidationError("--method \(method.rawValue) combines exactly two files") }
    }

    func run() throws {
        let vectors = try files.map { try WeightVector.read(json: $0) }
        let criteria = vectors[0].criteria
        let aligned = try vectors.map { try $0.aligned(to: criteria) }
        var json: WeightsJSON
        switch method {
        case .multiplicative:
            json = WeightsJSON(WeightVector(method: "combined-multiplicative", criteria: criteria,
                                            weights: try WeightCombination.multiplicative(aligned[0], aligned[1])))
        case .linear:
            json = WeightsJSON(WeightVector(method: "combined-linear", criteria: criteria,
                                            weights: try WeightCombination.linear(aligned[0], aligned[1], alpha: alpha)))
        case .gameTheory:
            let (coefficients, w) = try WeightCombination.gameTheory(aligned)
            json = WeightsJSON(WeightVector(method: "combined-game-theory", criteria: criteria, weights: w))
            json.coefficients = coefficients
        }
        try json.emit(output)
    }
}
