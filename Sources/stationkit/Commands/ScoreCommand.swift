import ArgumentParser
import StationKit

/// `stationkit score MATRIX.csv --weights W.json`.
struct ScoreCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "score",
        abstract: "Composite scores and ranks: weighted sum, TOPSIS, grey relational or fuzzy evaluation.",
        discussion: """
            Weights come from a `stationkit weights … --format json` file and are matched to the matrix
            columns by name. Methods: weighted (Σ w·r, r per --normalization, times --scale), topsis (vector
            normalisation, Hwang & Yoon), gra (min–max, reference = best, ρ = --rho), fuzzy (triangular
            memberships around the grade midpoints of --grades on a 0–100 scale, maximum-membership grade).
            With --grades, each alternative also gets a grade (min_score per grade, as grades.csv).
            Scoring straight from a dataset bundle is not supported yet: export the matrix first.

            Examples:
              stationkit score matrix.csv --weights entropy.json --method topsis
              stationkit score matrix.csv --weights ahp.json --normalization none --grades grades.csv --format csv
              stationkit score matrix.csv --weights ahp.json --method fuzzy --grades grades.csv
            """
    )

    enum Method: String, ExpressibleByArgument, CaseIterable { case weighted, topsis, gra, fuzzy }

    @OptionGroup var input: MatrixInputOptions
    @Option(help: "Weights JSON (criteria + weights).")
    var weights: String
    @Option(help: "Scoring method: weighted, topsis, gra, fuzzy.")
    var method: Method = .weighted
    @Option(help: "Normalisation for --method weighted: minmax (default), none, max, vector.")
    var normalization: NormalizationChoice = .minmax
    @Option(help: "Multiplier of weighted-sum scores (e.g. 100 to use 0–100 grade thresholds).")
    var scale: Double = 1
    @Option(help: "Distinguishing coefficient ρ for gra.")
    var rho: Double = 0.5
    @Option(help: "grades.csv (grade, min_score, label) to grade the scores; required by fuzzy.")
    var grades: String?
    @OptionGroup var output: OutputOptions

    func validate() throws {
        if method == .fuzzy && grades == nil { throw ValidationError("--method fuzzy needs --grades grades.csv") }
    }

    func run() throws {
        let matrix = try input.read()
        let w = try matrix.aligned(WeightVector.read(json: weights))
        let scale = try grades.map { try GradeScale.read(csv: $0) }
        var result: CompositeScores
        switch method {
        case .weighted:
            result = try WeightedSum(normalization: normalization.value, scale: self.scale).scores(matrix, weights: w)
        case .topsis: result = try TOPSIS().scores(matrix, weights: w)
        case .gra: result = try GreyRelationalAnalysis(rho: rho).scores(matrix, weights: w)
        case .fuzzy:
            guard let scale else { throw ValidationError("--method fuzzy needs --grades grades.csv") }
            result = try FuzzyComprehensiveEvaluation().scores(matrix, weights: w, grades: scale)
        }
        if let scale, result.grades == nil { result.grades = result.scores.map { scale.grade($0).id } }
        var header = ["id", "score", "rank"]
        if result.grades != nil { header.append("grade") }
        let rows = result.alternatives.indices.map { i -> [String] in
            var r = [result.alternatives[i], cell(result.scores[i]), String(result.ranks[i])]
            if let g = result.grades { r.append(g[i]) }
            return r
        }
        let text = try ResultTable(header: header, rows: rows).render(output.format) { try stableJSON(result) }
        try Printer.emit(text, to: output.output)
    }
}
