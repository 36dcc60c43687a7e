import ArgumentParser
import StationKit

/// `stationkit plot event-study`: coefficients with intervals from `stationkit did --format json`.
struct PlotEventStudyCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "event-study",
        abstract: "Event-study plot from `stationkit did --format json` (cs: aggregate.dynamic; twfe: event_study).",
        discussion: """
            Examples:
              stationkit did panel.csv --outcome coverage --unit street --time year --cohort opened --format json -o did.json
              stationkit plot event-study did.json -o es.svg
              stationkit plot event-study did.json --reference -1 --lang en -o es.pdf
            """)

    @OptionGroup var source: PlotInput
    @Option(parsing: .unconditional, help: "Reference (omitted) period, marked by a dashed line (negative values allowed: --reference -1).")
    var reference = -1
    @Flag(name: .customLong("no-reference"), help: "Do not mark a reference period.") var noReference = false
    @OptionGroup var plot: PlotOptions

    func run() throws {
        try plot.check()
        let points = try EventStudyInput.points(path: source.input)
        try plot.emit(EventStudyChart.render(points, reference: noReference ? nil : reference, style: plot.style))
    }
}
