import ArgumentParser
import StationKit

/// `stationkit score MATRIX.csv|BUNDLE --weights W.json`.
struct ScoreCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "score",
        abstract: "Composite scores and ranks: weighted sum, TOPSIS, grey relational or fuzzy evaluation.",
        discussion: """
            Weights come from a `stationkit weights … --format json` file and are matched to the matrix \
            columns by name. Methods: weighted (Σ w·r, r per --normalization, times --scale), topsis (vector \
            normalisation, Hwang & Yoon), gra (min–max, reference = best, ρ = --rho), fuzzy (triangular \
            memberships around the grade midpoints of --grades on a 0–100 scale, maximum-membership grade). \
            With --grades, each alternative also gets a grade (min_score per grade, as grades.csv). --obstacles N \
            lists the N criteria holding each alternative back most: O_ij = w_j(1 − r_ij)/Σ_k w_k(1 − r_ik), r min–max. \
            INPUT may be a dataset bundle folder: its evaluation items of --year (default: the last year) are \
            pivoted to one row per station and one benefit column per framework item, and grades default to the \
            bundle's grades.csv (scores must then be on its 0–100 scale: equal weights 1/37 with \
            --normalization none --scale 37 give the bundle's total score, the sum of the 37 items).

            Examples:
              stationkit score matrix.csv --weights entropy.json --method topsis
              stationkit score matrix.csv --weights ahp.json --normalization none --grades grades.csv --format csv
              stationkit score matrix.csv --weights ahp.json --method fuzzy --grades grades.csv
              stationkit score matrix.csv --weights entropy.json --method topsis --obstacles 3
              stationkit score Datasets/jinan --weights equal.json --year 2024 --normalization none --scale 37
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
    @Option(help: "grades.csv (grade, min_score, label) to grade the scores; required by fuzzy (default for a bundle: its grades.csv).")
    var grades: String?
    @Option(help: "Evaluation year when INPUT is a dataset bundle (default: the last year).")
    var year: Int?
    @Option(help: "Also list each alternative's N largest obstacle degrees (障碍度; criterion:share).")
    var obstacles: Int?
    @OptionGroup var output: OutputOptions

    func validate() throws {
        if let obstacles, obstacles < 1 { throw ValidationError("--obstacles must be at least 1") }
        if method == .fuzzy && grades == nil && !DecisionInput.isBundle(input.matrix) {
            throw ValidationError("--method fuzzy needs --grades grades.csv")
        }
    }

    func run() throws {
        // A constant criterion of a matrix CSV is reported at its header cell.
        do { try execute() } catch { throw DecisionMatrix.located(error, csv: input.matrix) }
    }

    private func execute() throws {
        let source = try DecisionInput(input, year: year, grades: grades)
        let matrix = source.matrix, scale = source.grades
        let w = try matrix.aligned(WeightVector.read(json: weights))
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
        var top: [[ObstacleJSON]]?
        if let obstacles {
            let o = try obstacleDegrees(matrix, weights: w)
            top = (0..<matrix.alternativeCount).map { i in
                let order = (0..<matrix.criterionCount).sorted { o[i, $0] > o[i, $1] }
                return order.prefix(obstacles).map { ObstacleJSON(criterion: matrix.criteria[$0], degree: o[i, $0]) }
            }
        }
        var header = ["id", "score", "rank"]
        if result.grades != nil { header.append("grade") }
        if top != nil { header.append("obstacles") }
        let rows = result.alternatives.indices.map { i -> [String] in
            var r = [result.alternatives[i], cell(result.scores[i]), String(result.ranks[i])]
            if let g = result.grades { r.append(g[i]) }
            if let top { r.append(top[i].map { "\($0.criterion):\(cell($0.degree))" }.joined(separator: " ")) }
            return r
        }
        let text = try ResultTable(header: header, rows: rows).render(output.format) {
            try stableJSON(ScoreJSON(result: result, obstacles: top))
        }
        try Printer.emit(text, to: output.output)
    }

    struct ObstacleJSON: Encodable {
        var criterion: String
        var degree: Double
    }

    /// The scores' JSON, plus the top obstacle degrees when asked for.
    struct ScoreJSON: Encodable {
        var result: CompositeScores
        var obstacles: [[ObstacleJSON]]?

        func encode(to encoder: Encoder) throws {
            try result.encode(to: encoder)
            var c = encoder.container(keyedBy: Key.self)
            try c.encodeIfPresent(obstacles, forKey: .obstacles)
        }

        enum Key: String, CodingKey { case obstacles }
    }
}
