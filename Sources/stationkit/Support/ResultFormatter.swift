import StationKit

/// Renders the results of `simulate`, `merge` and `sweep` in the chosen `--format`: the result's own
/// aligned table, CSV or JSON document.
enum ResultFormatter {
    static func render(_ result: SimulationResult, as format: OutputFormat) throws -> String {
        try render(format, table: result.table(), csv: result.csv(), json: result.json())
    }

    static func render(_ result: SweepResult, as format: OutputFormat) throws -> String {
        try render(format, table: result.table(), csv: result.csv(), json: result.json())
    }

    /// The one text of `format` (only that one is computed).
    private static func render(_ format: OutputFormat, table: @autoclosure () -> String, csv: @autoclosure () -> String,
                               json: @autoclosure () throws -> String) rethrows -> String {
        switch format {
        case .table: return table()
        case .csv: return csv()
        case .json: return try json()
        }
    }
}
