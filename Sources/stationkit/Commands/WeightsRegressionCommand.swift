import ArgumentParser
import StationKit

/// `stationkit weights regression DATA.csv --outcome col --items a,b,c`.
struct WeightsRegressionCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "regression",
        abstract: "Regression weights: least-squares (or non-negative) slopes of an outcome on the items, normalised.",
        discussion: """
            Fits outcome = b0 + Σ β_j item_j and prints w_j = β_j / Σ β (OLS weights may be negative; \
            --nonnegative uses Lawson–Hanson NNLS as scipy.optimize.nnls).

            Examples:
              stationkit weights regression data.csv --outcome satisfaction --items staff,coverage,activities
              stationkit weights regression data.csv --outcome satisfaction --items staff,coverage --nonnegative --format json
            """
    )

    @Argument(help: "CSV or .xlsx with the outcome and the item columns.")
    var data: String
    @Option(help: "Outcome column.")
    var outcome: String
    @Option(help: "Comma-separated item (indicator) columns.")
    var items: String
    @Option(help: "Name of the id column (default: the first column).")
    var id: String?
    @Flag(help: "Non-negative least squares.")
    var nonnegative = false
    @OptionGroup var csv: CSVInputOptions
    @OptionGroup var output: OutputOptions

    func run() throws {
        let options = try csv.readOptions(for: data)
        let x = try DecisionMatrix.read(csv: data, idColumn: id, only: commaList(items), options: options)
        let y = try DecisionMatrix.read(csv: data, idColumn: id, only: [outcome], options: options).values.column(0)
        let (beta, w) = try RegressionWeighting(nonNegative: nonnegative).evaluate(x, outcome: y)
        var json = WeightsJSON(w)
        json.coefficients = beta
        try json.emit(output)
    }
}
