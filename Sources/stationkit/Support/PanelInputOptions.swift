import ArgumentParser
import StationKit

/// The long-panel input shared by the `did` subcommands: the CSV, its reading options, and the columns
/// that name outcome, unit, period and first-treated period.
struct PanelInputOptions: ParsableArguments {
    @Argument(help: "Long panel CSV or .xlsx (one row per unit and period).")
    var data: String
    @Option(help: "Outcome column.")
    var outcome: String
    @Option(help: "Unit id column.")
    var unit: String
    @Option(help: "Period column (integers, e.g. years).")
    var time: String
    @Option(help: "First-treated-period column (empty or 0 = never treated).")
    var cohort: String
    @OptionGroup var csv: CSVInputOptions

    /// Reads the CSV and builds the panel (with optional cluster, covariate and sampling-weight columns).
    /// - Throws: the reader's `DataErrors`; a missing or non-finite cell as a `DataError` at its FILE:LINE:COL.
    func read(cluster: String? = nil, covariates: [String] = [], weights: String? = nil) throws -> (file: CSVFile, panel: PanelData) {
        let file = try csv.read(data)
        do {
            let panel = try PanelData(table: file.checked(), unit: unit, time: time, cohort: cohort, outcome: outcome,
                                      cluster: cluster, covariates: covariates, weights: weights)
            return (file, panel)
        } catch let error as DiDError {
            throw located(error, in: file)
        }
    }

    /// A DiD error located in the input file: at the column the error names, else at the outcome column for
    /// non-finite values and at the unit column otherwise.
    func located(_ error: DiDError, in file: CSVFile) -> DataError {
        error.located(in: file, column: error.column ?? (error.kind == .nonFinite ? outcome : unit))
    }
}
