import ArgumentParser
import StationKit

/// `stationkit plot radar`: first-level scores per unit.
struct PlotRadarCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "radar",
        abstract: "Radar chart of first-level scores: one polygon per row of a CSV/JSON table.",
        discussion: """
            Examples:
              stationkit plot radar scores.csv --group district --columns 组织建设,服务成效,群众满意 -o radar.svg
            """)

    @OptionGroup var source: PlotInput
    @Option(help: "Column naming each polygon.") var group = "district"
    @Option(help: "Score columns (comma-separated); default: every other column.") var columns: [String] = []
    @OptionGroup var plot: PlotOptions

    func run() throws {
        try plot.check()
        let t = try source.records()
        let names = try t.texts(group)
        let axes = splitList(columns).isEmpty ? t.columns.filter { $0 != group } : splitList(columns)
        let values = try axes.map { try t.numbers($0) }
        let series = names.indices.map { r in (name: names[r], values: values.map { $0[r] }) }
        try plot.emit(RadarChart.render(axes: axes, series: series, style: plot.style))
    }
}
