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

    /// Reads the CSV and builds the panel (with optional cluster and covariate columns).
    func read(cluster: String? = nil, covariates: [String] = []) throws -> (file: CSVFile, panel: PanelData) {
        let file = try csv.read(data)
        let panel = try PanelData(table: file.checked(), unit: unit, time: time, cohort: cohort, outcome: outcome,
                                  cluster: cluster, covariates: covariates)
        return (file, panel)
    }

    /// A DiD error located in the input file: at the outcome column for non-finite values, else at the unit column.
    func located(_ error: DiDError, in file: CSVFile) -> DataError {
        error.located(in: file, column: error.kind == .nonFinite ? outcome : unit)
    }
}
