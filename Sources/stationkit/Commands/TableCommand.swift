import ArgumentParser
import StationKit

extension TableFormat: ExpressibleByArgument {}

/// Options the table kinds share.
struct TableOptions: ParsableArguments {
    @Option(help: "Output format: latex (booktabs), markdown, html or csv.")
    var format: TableFormat = .latex

    @Option(name: .shortAndLong, help: "Write to this file atomically instead of stdout.")
    var output: String?

    @Option(help: "Language of built-in row labels: zh or en.")
    var lang: FigureLanguage = .en

    /// Renders and prints `grid`.
    func emit(_ grid: TextGrid) throws { try Printer.emit(TableRenderer.render(grid, as: format), to: output) }
}

/// `stationkit table <kind>`: tables for papers.
struct TableCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "table",
        abstract: "Tables for papers (LaTeX booktabs, Markdown, HTML, CSV): regressions side by side, descriptives, weights.",
        discussion: """
            Stars: * p<0.10, ** p<0.05, *** p<0.01 (two-sided p-values of each report); standard errors in \
            parentheses. LaTeX needs \\usepackage{booktabs}.

            Examples:
              stationkit fit ols d.csv --formula "score ~ staff" --format json -o m1.json
              stationkit fit ols d.csv --formula "score ~ staff + funding | district" --format json -o m2.json
              stationkit table regression m1.json m2.json --format latex -o table1.tex
              stationkit table describe d.csv --format markdown
              stationkit table weights ahp.json entropy.json --format html
            """,
        subcommands: [TableRegressionCommand.self, TableDescribeCommand.self, TableWeightsCommand.self])
}

/// `stationkit table regression FIT.json…`.
struct TableRegressionCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "regression",
        abstract: "Several `stationkit fit … --format json` reports side by side.",
        discussion: """
            Examples:
              stationkit table regression m1.json m2.json --format markdown
              stationkit table regression m1.json m2.json --names OLS,FE --format latex -o t.tex
            """)

    @Argument(help: "Fit reports (JSON).") var fits: [String]
    @Option(help: "Column headings (comma-separated); default (1), (2), ….") var names: String?
    @Option(help: "Decimals of estimates and standard errors.") var decimals = 3
    @OptionGroup var table: TableOptions

    func validate() throws {
        if fits.isEmpty { throw ValidationError("give at least one fit report") }
        if let names, names.split(separator: ",", omittingEmptySubsequences: false).count != fits.count {
            throw ValidationError("--names needs one name per fit report (\(fits.count))")
        }
        if decimals < 0 || decimals > 10 { throw ValidationError("--decimals must be between 0 and 10") }
    }

    func run() throws {
        if let path = table.output { try AtomicFile.checkWritable(path) }
        let reports = try fits.map { try FitReport(path: $0) }
        let heads = names.map { $0.split(separator: ",", omittingEmptySubsequences: false).map(String.init) }
        try table.emit(RegressionTable.grid(reports, names: heads, decimals: decimals, language: table.lang))
    }
}

/// `stationkit table describe FILE`.
struct TableDescribeCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "describe",
        abstract: "A descriptive table from `stationkit describe --format csv|json` (or any CSV).",
        discussion: """
            Examples:
              stationkit describe Datasets/jinan --format csv -o d.csv
              stationkit table describe d.csv --columns year,coverage,funding_per_station --format latex
            """)

    @Argument(help: "CSV, .xlsx or JSON rows.") var input: String
    @OptionGroup var csv: CSVInputOptions
    @Option(help: "Columns to keep (comma-separated); default all.") var columns: [String] = []
    @Option(help: "Decimals of non-integer numbers.") var decimals = 3
    @OptionGroup var table: TableOptions

    func run() throws {
        if let path = table.output { try AtomicFile.checkWritable(path) }
        try table.emit(SimpleTables.descriptive(try csv.records(input), columns: splitList(columns), decimals: max(0, decimals)))
    }
}

/// `stationkit table weights W.json…`.
struct TableWeightsCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "weights",
        abstract: "Weights of several methods side by side (`stationkit weights … --format json` files).",
        discussion: """
            Examples:
              stationkit table weights ahp.json entropy.json combined.json --format markdown
            """)

    @Argument(help: "Weight files (JSON).") var files: [String]
    @OptionGroup var table: TableOptions

    func run() throws {
        if let path = table.output { try AtomicFile.checkWritable(path) }
        try table.emit(SimpleTables.weights(try files.map { try WeightsInput(path: $0) }, language: table.lang))
    }
}
