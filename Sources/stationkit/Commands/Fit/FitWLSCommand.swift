import ArgumentParser
import StationKit

/// `stationkit fit wls`: weighted least squares.
struct FitWLSCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "wls",
        abstract: "Weighted least squares (weights = inverse variances, as statsmodels WLS and R lm(weights=)).",
        discussion: """
            Minimises Σ w·(y − xβ)². Rows with a missing weight are dropped; weights must be positive. \
            Same covariance options and output as `fit ols`.

            Examples:
              stationkit fit wls panel.csv "score ~ staff + C(district)" --weights population
              stationkit fit wls grunfeld.csv "invest ~ value + capital" --weights w --cluster firm --format json
            """
    )

    @OptionGroup var options: FitOptions

    @Option(help: "Column of positive weights.")
    var weights: String

    func run() throws { try options.runLinear(weights: weights) }
}
