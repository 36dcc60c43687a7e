import ArgumentParser
import StationKit

/// `stationkit robustness MATRIX.csv|BUNDLE --weights W.json --draws N --concentration K --seed S`.
struct RobustnessCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "robustness",
        abstract: "How robust a weighted-sum ranking is to the weights (Dirichlet draws around them).",
        discussion: """
            Draws --draws weight vectors from Dirichlet(--concentration × w), scores all alternatives with one \
            dgemm per batch and reports per alternative: point score and rank, rank p5–p95 and min–max, \
            the probability that the rank differs from the point rank, and (with --grades) the probability \
            of each grade. Scores are the weighted sums of `stationkit score --method weighted` with the same \
            --normalization and --scale. Same inputs and --seed give identical output whatever --batch-size and --threads. \
            INPUT may be a dataset bundle folder (items of --year per station, grades from its grades.csv), as for `score`.

            Examples:
              stationkit robustness matrix.csv --weights ahp.json --draws 100000 --concentration 50 --seed 7
              stationkit robustness matrix.csv --weights ahp.json --normalization none --grades grades.csv --format json
              stationkit robustness Datasets/jinan --weights equal.json --normalization none --scale 37 --seed 7
            """
    )

    @OptionGroup var input: MatrixInputOptions
    @Option(help: "Weights JSON (criteria + weights).")
    var weights: String
    @Option(help: "Number of weight draws.")
    var draws: Int = 10_000
    @Option(help: "Dirichlet concentration κ (α = κ·w); larger = weights closer to the point weights.")
    var concentration: Double = 50
    @Option(help: "Normalisation of the matrix before the weighted sum: minmax (default), none, max, vector.")
    var normalization: NormalizationChoice = .minmax
    @Option(help: "Multiplier of the scores (e.g. 100 for 0–100 grade thresholds).")
    var scale: Double = 1
    @Option(help: "grades.csv (grade, min_score, label) for grade probabilities (default for a bundle: its grades.csv).")
    var grades: String?
    @Option(help: "Evaluation year when INPUT is a dataset bundle (default: the last year).")
    var year: Int?
    @Option(name: .customLong("batch-size"), help: "Draws per matrix product (speed/memory only).")
    var batchSize: Int = 2048
    @OptionGroup var seed: SeedOptions
    @OptionGroup var execution: ExecutionOptions
    @OptionGroup var output: OutputOptions

    func validate() throws {
        if draws < 1 { throw ValidationError("--draws must be at least 1") }
        if !(concentration > 0) { throw ValidationError("--concentration must be positive") }
        if batchSize < 1 { throw ValidationError("--batch-size must be at least 1") }
    }

    func run() throws {
        // A constant criterion of a matrix CSV is reported at its header cell.
        do { try execute() } catch { throw DecisionMatrix.located(error, csv: input.matrix) }
    }

    private func execute() throws {
        let source = try DecisionInput(input, year: year, grades: grades)
        let matrix = source.matrix, gradeScale = source.grades
        let w = try matrix.aligned(WeightVector.read(json: weights))
        let r = try WeightedSum(normalization: normalization.value, scale: scale).normalizedMatrix(matrix)
        let result = try WeightRobustness(draws: draws, concentration: concentration, batchSize: batchSize,
                                      threads: execution.threads)
            .run(scores: r, alternatives: matrix.alternatives, weights: w, grades: gradeScale, seed: seed.seed)
        var header = ["id", "point_score", "point_rank", "rank_p05", "rank_p95", "rank_min", "rank_max", "p_rank_change"]
        header += (result.grades ?? []).map { "p_\($0)" }
        let rows = result.alternatives.map { a -> [String] in
            [a.id, cell(a.pointScore), String(a.pointRank), String(a.rankP05), String(a.rankP95), String(a.rankMin),
             String(a.rankMax), cell(a.rankChangeProbability)] + (a.gradeProbabilities ?? []).map(cell)
        }
        let text = try ResultTable(header: header, rows: rows).render(output.format) { try stableJSON(result) }
        try Printer.emit(text, to: output.output)
    }
}
