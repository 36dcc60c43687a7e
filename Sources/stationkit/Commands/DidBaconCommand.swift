import ArgumentParser
import Foundation
import StationKit

/// `stationkit did bacon DATA.csv --outcome y --unit id --time year --cohort first_treat`.
struct DidBaconCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "bacon",
        abstract: "Goodman-Bacon decomposition of the TWFE DiD coefficient into its 2×2 comparisons and weights.",
        discussion: """
            DATA.csv is a balanced long panel as for `stationkit did`. Prints every 2×2 comparison (treated vs \
            never treated, earlier vs later treated, later vs earlier treated), its DiD estimate and weight; the \
            weighted sum is the static TWFE coefficient (Goodman-Bacon 2021). json: {"comparisons": [{"type", \
            "treated", "control", "estimate", "weight"}], "twfe_estimate"}; csv: the comparisons.

            Examples:
              stationkit did bacon mpdta.csv --outcome lemp --unit countyreal --time year --cohort first_treat
              stationkit did bacon mpdta.csv --outcome lemp --unit countyreal --time year --cohort first_treat --format json
            """
    )

    @OptionGroup var input: PanelInputOptions
    @OptionGroup var output: OutputOptions

    func run() throws {
        if let path = output.output { try AtomicFile.checkWritable(path) }
        let (file, panel) = try input.read()
        let bacon: BaconDecomposition
        do {
            bacon = try BaconDecomposition(panel)
        } catch let error as DiDError {
            throw input.located(error, in: file)
        }
        let text: String
        switch output.format {
        case .json: text = try DiDReport.json(bacon)
        case .table: text = bacon.summary()
        case .csv:
            let w = CSVWriter()
            text = w.document(header: ["type", "treated", "control", "estimate", "weight"], rows: bacon.comparisons.map {
                [$0.kind.rawValue, String($0.treated), String($0.control), w.field($0.estimate), w.field($0.weight)]
            })
        }
        try Printer.emit(text, to: output.output)
    }
}
