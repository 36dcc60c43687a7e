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

/// Options shared by `fit ols` and `fit wls`.
struct LinearFitOptions: ParsableArguments {
    @Argument(help: "CSV table (header row, comma-separated, UTF-8).")
    var data: String

    @Argument(help: "Model formula, e.g. \"y ~ x1 + C(district)\" (quote it for the shell).")
    var formula: String

    @Option(help: "Covariance of the coefficients: classical, hc0, hc1, hc2 or hc3 (default classical).")
    var vcov: VcovChoice?

    @Option(help: "Cluster-robust errors by one column or two comma-separated columns (two-way, Cameron–Gelbach–Miller).")
    var cluster: String?

    @Option(help: "Reference distribution of t/z statistics: auto (statsmodels: t if classical, normal if robust), t or normal.")
    var distribution: DistributionChoice = .auto

    @Option(help: "Confidence level of the intervals.")
    var level: Double = 0.95

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

    /// Parses, reads, fits and prints.
    func run(weights: String?) throws {
        let parsed = try Formula(formula)
        if let path = output.output { try AtomicFile.checkWritable(path) }
        let frame = try ModelFrame(csvFile: data)
        let model = LinearModel(formula: parsed, weights: weights, covariance: covariance, useT: useT, confidenceLevel: level)
        let result = try model.fit(frame)
        try Printer.emit(LinearFitOptions.render(result, output.format), to: output.output)
    }

    static func render(_ result: LinearRegressionResult, _ format: OutputFormat) throws -> String {
        switch format {
        case .table:
            return result.summary()
        case .json:
            let encoder = JSONEncoder()
            encoder.outputFormatting = [.prettyPrinted, .sortedKeys, .withoutEscapingSlashes]
            return String(decoding: try encoder.encode(LinearRegressionReport(result)), as: UTF8.self) + "\n"
        case .csv:
            let writer = CSVWriter()
            let rows = result.coefficients.map { c in
                [c.term] + [c.estimate, c.standardError, c.statistic, c.pValue, c.confidenceLow, c.confidenceHigh].map(writer.field)
            } + result.droppedCollinear.map { [$0, "", "", "", "", "", ""] }
            return writer.document(header: ["term", "estimate", "std_error", "statistic", "p_value", "conf_low", "conf_high"],
                                   rows: rows)
        }
    }
}
