import ArgumentParser
import Foundation
import StationKit

/// `stationkit calibrate BUNDLE`: a scenario whose parameters are estimated from a dataset bundle.
struct CalibrateCommand: ParsableCommand {
    enum Format: String, ExpressibleByArgument, CaseIterable {
        case toml, json
    }

    static let configuration = CommandConfiguration(
        commandName: "calibrate",
        abstract: "Estimate a scenario's parameters from a dataset bundle and write the scenario (TOML).",
        discussion: """
            Estimates from the bundle's staffing, funding and evaluations tables: turnover by district \
            (departures / previous-year workers), hiring probability and posts per station, the score \
            model (OLS of the total score on social workers, supervision hours per worker and the \
            previous year's score), the city's share of funding by district and the `capacity` policy \
            that fits it, salaries by district and the fixed cost per station, and the initial state \
            (the year after the data; staff and scores of the last year). Writes a scenario TOML in \
            which every calibrated key has a comment: estimate, standard error, n and source table. \
            Other keys (rollout, coverage, and budgets unless --budget-growth) come from --base, or the defaults. \
            --format json writes the estimates themselves. Estimators: \
            Sources/Simulation/Simulation.docc/SimulationModel.md ("Calibration").

            Examples:
              stationkit calibrate Datasets/jinan --output base.toml
              stationkit calibrate Datasets/jinan --base Datasets/scenarios/default.toml --output base.toml
              stationkit calibrate Datasets/jinan --budget-growth 1.1 --output base.toml
              stationkit calibrate Datasets/jinan --format json
            """)

    @Argument(help: "The bundle folder (holding dataset.toml) with staffing, funding and evaluations tables.")
    var bundle: String

    @Option(help: "Scenario whose uncalibrated keys (budgets, rollout, coverage, …) the output keeps.")
    var base: String?

    @Option(help: "Set the budgets to last year's spending × this factor (e.g. 1.1); default: keep the base's budgets.")
    var budgetGrowth: Double?

    @Option(help: "toml (a scenario file) or json (the estimates with standard errors).")
    var format: Format = .toml

    @Option(name: .shortAndLong, help: "Write to this file atomically instead of stdout.")
    var output: String?

    func validate() throws {
        if let g = budgetGrowth, !(g > 0 && g < 100) { throw ValidationError("--budget-growth must be in (0, 100)") }
    }

    func run() throws {
        if let output { try AtomicFile.checkWritable(output) }
        let baseScenario = try base.map { try Scenario.load(path: $0) } ?? Scenario()
        let calibration = try Calibration.estimate(DatasetBundle.load(at: bundle))
        switch format {
        case .toml:
            var command = "stationkit calibrate \(bundle)"
            if let base { command += " --base \(base)" }
            if let budgetGrowth { command += " --budget-growth \(budgetGrowth)" }
            if let output { command += " --output \(output)" }
            try Printer.emit(calibration.toml(base: baseScenario, budgetGrowth: budgetGrowth, command: command), to: output)
        case .json:
            let encoder = JSONEncoder()
            encoder.outputFormatting = [.prettyPrinted, .sortedKeys]
            try Printer.emit(String(decoding: try encoder.encode(calibration), as: UTF8.self) + "\n", to: output)
        }
    }
}
