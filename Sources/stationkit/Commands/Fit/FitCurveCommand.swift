import ArgumentParser
import StationKit

extension DiffusionCurve: ExpressibleByArgument {}

/// `stationkit fit curve`: logistic, Gompertz or Bass diffusion of coverage over time.
struct FitCurveCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "curve",
        abstract: "Fit a logistic, Gompertz or Bass diffusion curve of coverage over time (pooled or per group).",
        discussion: """
            Levenberg–Marquardt least squares; standard errors σ̂²(JᵀJ)⁻¹ as scipy.optimize.curve_fit \
            (absolute_sigma=False). For each group, the year coverage reaches --target (default 0.95) with a \
            delta-method interval at --level; empty when the fitted ceiling stays below the target.
            Curves: logistic K/(1+e^{−r(t−t0)}), gompertz K·exp(−e^{−r(t−t0)}), bass m(1−e^{−(p+q)s})/(1+(q/p)e^{−(p+q)s}) \
            with s = t − (first year − 1). Rows with a missing time, coverage or group are skipped.
            JSON: a list of {group, curve, n, parameters[{name, estimate, std_error}], residual_variance, ssr, \
            origin, iterations, last_change, target{coverage, time, std_error, low, high, level} | null}.

            Examples:
              stationkit fit curve coverage.csv --time year --coverage share --by district --model logistic
              stationkit fit curve coverage.csv --time year --coverage share --model bass --target 0.9 --format json
            """
    )

    @Argument(help: "Data table: CSV (header row) or .xlsx (see --sheet).")
    var data: String

    @Option(help: "Time column (years).")
    var time: String

    @Option(help: "Coverage column (share covered, e.g. in [0, 1]).")
    var coverage: String

    @Option(help: "Fit one curve per value of this column (default: one pooled curve).")
    var by: String?

    @Option(help: "Curve: logistic, gompertz or bass.")
    var model: DiffusionCurve = .logistic

    @Option(help: "Target coverage whose reaching year is reported.")
    var target: Double = 0.95

    @Option(help: "Confidence level of the reaching-year interval.")
    var level: Double = 0.95

    @OptionGroup var csv: CSVInputOptions

    @OptionGroup var output: OutputOptions

    func validate() throws {
        guard target > 0 else { throw ValidationError("--target must be positive") }
        guard level > 0, level < 1 else { throw ValidationError("--level must be between 0 and 1") }
    }

    func run() throws {
        if let path = output.output { try AtomicFile.checkWritable(path) }
        let frame = try ModelFrame(csv.table(data))
        func numeric(_ name: String) throws -> [Double] {
            guard let v = frame.numeric[name] else {
                throw frame.contains(name) ? ModelError.invalidData("column '\(name)' must be numeric")
                    : ModelError.unknownColumn(name, available: frame.columnNames)
            }
            return v
        }
        var groups: [String?]?
        if let by {
            if let t = frame.text[by] { groups = t } else { groups = try numeric(by).map { $0.isNaN ? nil : cell($0) } }
        }
        let fits = try CoverageCurveModel(curve: model).fit(time: try numeric(time), coverage: try numeric(coverage), groups: groups)
        let reports = try fits.map { try CoverageCurveReport($0, target: target, level: level) }
        var rows: [[String]] = []
        for (f, r) in zip(fits, reports) {
            let t = r.target.value
            rows.append([f.group ?? "(pooled)", "\(f.observationCount)"]
                + zip(f.estimates, f.standardErrors).map { "\(cell($0)) (\(cell($1)))" }
                + [t.map { cell($0.time) } ?? "", t.map { "[\(cell($0.low)), \(cell($0.high))]" } ?? "not reached"])
        }
        let header = ["group", "n"] + model.parameterNames.map { "\($0) (se)" }
            + ["year_\(cell(target))", "interval_\(cell(level))"]
        let text = try ResultTable(header: header, rows: rows).render(output.format) { try stableJSON(reports) }
        try Printer.emit(text, to: output.output)
    }
}
