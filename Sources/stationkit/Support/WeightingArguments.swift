import ArgumentParser
import StationKit

/// Column normalisations as typed on the command line.
enum NormalizationChoice: String, ExpressibleByArgument, CaseIterable {
    case none, minmax, vector, max

    var value: Normalization {
        switch self {
        case .none: return .none
        case .minmax: return .minMax
        case .vector: return .vector
        case .max: return .max
        }
    }
}

/// A decision-matrix CSV or .xlsx and how to read it (shared by `weights <objective>`, `score` and `robustness`).
struct MatrixInputOptions: ParsableArguments {
    @Argument(help: "Decision matrix CSV or .xlsx (one row per alternative, an id column, one numeric column per criterion), or a dataset bundle folder (its last year's evaluation items per station).")
    var matrix: String

    @Option(help: "Comma-separated cost criteria (smaller is better); all others are benefits.")
    var cost: String?

    @Option(help: "Name of the alternative-id column (default: the first column).")
    var id: String?

    @OptionGroup var csv: CSVInputOptions

    /// The matrix: the CSV or .xlsx, or for a dataset bundle folder its last evaluation year's items per station.
    func read() throws -> DecisionMatrix {
        if DecisionInput.isBundle(matrix) {
            if id != nil { throw ValidationError("--id applies to a CSV matrix, not to a dataset bundle") }
            if let sheet = csv.sheet { throw ValidationError("--sheet \(sheet) applies to .xlsx workbooks, not to a dataset bundle") }
            return try BundleItems.matrix(DatasetBundle.load(at: matrix), year: nil).withCosts(commaList(cost))
        }
        return try DecisionMatrix.read(csv: matrix, idColumn: id, costs: commaList(cost), options: csv.readOptions(for: matrix))
    }

    /// Reads the matrix and runs `method` on it; an error about one criterion (a constant column) is
    /// reported at that criterion's header cell, FILE:1:COL.
    func apply<T>(_ method: (DecisionMatrix) throws -> T) throws -> T {
        let m = try read()
        do { return try method(m) } catch { throw DecisionMatrix.located(error, csv: matrix) }
    }
}

/// The JSON every `weights` subcommand prints: {"method", "criteria", "weights"} plus method details.
struct WeightsJSON: Encodable {
    var method: String
    var criteria: [String]
    var weights: [Double]
    var lambda_max: Double?
    var ci: Double?
    var cr: Double?
    var random_index: Double?
    var random_index_table: String?
    var consistent: Bool?
    var priority_method: String?
    var aggregation: String?
    var experts: [ExpertJSON]?
    var components: Int?
    var coefficients: [Double]?

    struct ExpertJSON: Encodable {
        var file: String
        var lambda_max: Double
        var ci: Double
        var cr: Double
    }

    init(_ w: WeightVector) {
        method = w.method
        criteria = w.criteria
        weights = w.weights
    }

    /// Copies λmax, CI, CR, RI and the verdict of an AHP result.
    mutating func setConsistency(_ r: AHPResult) {
        lambda_max = r.lambdaMax
        ci = r.consistencyIndex
        cr = r.consistencyRatio
        random_index = r.randomIndex
        consistent = r.isConsistent
    }

    /// Prints in `format` to stdout or `--output`.
    func emit(_ output: OutputOptions) throws {
        let table = ResultTable(header: ["criterion", "weight"], rows: zip(criteria, weights).map { [$0, cell($1)] })
        var text = try table.render(output.format) { try stableJSON(self) }
        if output.format == .table {
            if let lambda_max, let ci, let cr {
                text += "λmax = \(cell(lambda_max))  CI = \(cell(ci))  CR = \(cell(cr))"
                    + (random_index.map { "  (RI = \(cell($0)), \(random_index_table ?? ""))" } ?? "") + "\n"
            }
            for e in experts ?? [] {
                text += "expert \(e.file): λmax = \(cell(e.lambda_max))  CI = \(cell(e.ci))  CR = \(cell(e.cr))\n"
            }
            if let components { text += "components kept: \(components)\n" }
        }
        try Printer.emit(text, to: output.output)
    }
}
