import ArgumentParser
import Foundation
import StationKit

/// Covariance choices of `--vcov`.
enum VcovChoice: String, ExpressibleByArgument, CaseIterable {
    case classical, hc0, hc1, hc2, hc3
}

/// Reference distribution choices of `--distribution`.
enum DistributionChoice: String, ExpressibleByArgument, CaseIterable {
    /// statsmodels' default: t for classical, normal for robust covariances.
    case auto
    case t
    case normal
}

/// Options shared by every `fit` subcommand.
struct FitOptions: ParsableArguments {
    @Argument(help: "Data table: CSV (header row) or .xlsx (see --sheet).")
    var data: String

    @Argument(help: "Model formula, e.g. \"y ~ x1 + C(district)\" (quote it for the shell).")
    var formula: String

    @Option(help: "Covariance of the coefficients: classical, hc0, hc1, hc2 or hc3 (default classical; GLMs: classical or hc0, as statsmodels maps HC1–HC3 to HC0 there).")
    var vcov: VcovChoice?

    @Option(help: "Cluster-robust errors by one column or two comma-separated columns (two-way, Cameron–Gelbach–Miller).")
    var cluster: String?

    @Option(help: "Reference distribution of t/z statistics: auto (statsmodels: t if classical, normal if robust), t or normal.")
    var distribution: DistributionChoice = .auto

    @Option(help: "Confidence level of the intervals.")
    var level: Double = 0.95

    @OptionGroup var csv: CSVInputOptions

    @OptionGroup var output: OutputOptions

    func validate() throws {
        if vcov != nil, cluster != nil { throw ValidationError("--vcov and --cluster are exclusive (clustering sets the covariance)") }
        if let c = clusterColumns, c.isEmpty || c.count > 2 || c.contains(where: \.isEmpty) {
            throw ValidationError("--cluster takes one column or two comma-separated columns")
        }
        guard level > 0, level < 1 else { throw ValidationError("--level must be between 0 and 1") }
    }

    var clusterColumns: [String]? {
        cluster.map { $0.split(separator: ",", omittingEmptySubsequences: false).map { $0.trimmingCharacters(in: .whitespaces) } }
    }

    var covariance: CovarianceType {
        if let c = clusterColumns { return .cluster(c) }
        switch vcov ?? .classical {
        case .classical: return .classical
        case .hc0: return .hc0
        case .hc1: return .hc1
        case .hc2: return .hc2
        case .hc3: return .hc3
        }
    }

    var useT: Bool? {
        switch distribution {
        case .auto: return nil
        case .t: return true
        case .normal: return false
        }
    }

    /// Parses the formula, checks the output path, reads the data.
    func prepare() throws -> (Formula, ModelFrame) {
        let parsed = try Formula(formula)
        if let path = output.output { try AtomicFile.checkWritable(path) }
        return (parsed, try ModelFrame(csv.table(data)))
    }

    /// Fits OLS (weights nil) or WLS and prints.
    func runLinear(weights: String?) throws {
        let (parsed, frame) = try prepare()
        let model = LinearModel(formula: parsed, weights: weights, covariance: covariance, useT: useT, confidenceLevel: level)
        let result = try model.fit(frame)
        try emit(summary: result.summary(), report: LinearRegressionReport(result), coefficients: result.coefficients,
                 dropped: result.droppedCollinear)
    }

    /// Fits a GLM of the family and prints.
    func runGLM(_ family: GLMFamily) throws {
        let (parsed, frame) = try prepare()
        let model = GeneralizedLinearModel(formula: parsed, family: family, covariance: covariance, useT: useT,
                                           confidenceLevel: level)
        let result = try model.fit(frame)
        try emit(summary: result.summary(), report: GLMReport(result), coefficients: result.coefficients,
                 dropped: result.droppedCollinear)
    }

    /// Prints in the chosen format: the summary text, the JSON report, or the coefficient table as CSV.
    func emit(summary: String, report: some Encodable, coefficients: [RegressionCoefficient], dropped: [String]) throws {
        let text: String
        switch output.format {
        case .table:
            text = summary
        case .json:
            let encoder = JSONEncoder()
            encoder.outputFormatting = [.prettyPrinted, .sortedKeys, .withoutEscapingSlashes]
            text = String(decoding: try encoder.encode(report), as: UTF8.self) + "\n"
        case .csv:
            let writer = CSVWriter()
            let rows = coefficients.map { c in
                [c.term] + [c.estimate, c.standardError, c.statistic, c.pValue, c.confidenceLow, c.confidenceHigh].map(writer.field)
            } + dropped.map { [$0, "", "", "", "", "", ""] }
            text = writer.document(header: ["term", "estimate", "std_error", "statistic", "p_value", "conf_low", "conf_high"],
                                   rows: rows)
        }
        try Printer.emit(text, to: output.output)
    }
}
