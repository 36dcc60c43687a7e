import ArgumentParser
import StationKit

/// `stationkit plot radar`: first-level scores per unit.
struct PlotRadarCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "radar",
        abstract: "Radar chart of first-level scores: one polygon per row of a CSV/JSON table.",
        discussion: """
            With --mean, rows sharing a --group value are averaged into one polygon (e.g. stations of a \
            district from `stationkit panel`); --where keeps only some rows. Axis labels drop a `score_` \
            prefix (the panel's first-level score columns are score_<area>).

            Examples:
              stationkit plot radar scores.csv --group district --columns 组织建设,服务成效,群众满意 -o radar.svg
              stationkit plot radar panel.csv --group district_name --mean --where year=2025 \
                --where district_name=历下区,平阴县 --columns score_日常运营,score_财务管理,score_社会评价 -o radar.png
            """)

    @OptionGroup var source: PlotInput
    @Option(help: "Column naming each polygon.") var group = "district"
    @Option(help: "Score columns (comma-separated); default: every other column.") var columns: [String] = []
    @Flag(help: "Average the rows of each group into one polygon.") var mean = false
    @OptionGroup var plot: PlotOptions

    func run() throws {
        try plot.check()
        let t = try source.records()
        let names = try t.texts(group)
        let axes = splitList(columns).isEmpty ? t.columns.filter { $0 != group } : splitList(columns)
        let series: [(name: String, values: [Double?])]
        if mean {
            let m = try t.groupMeans(by: group, columns: axes)
            series = zip(m.names, m.values).map { (name: $0.0, values: $0.1) }
        } else {
            let values = try axes.map { try t.numbers($0) }
            series = names.indices.map { r in (name: names[r], values: values.map { $0[r] }) }
        }
        let labels = axes.map { $0.hasPrefix("score_") ? String($0.dropFirst(6)) : $0 }
        try plot.emit(RadarChart.render(axes: labels, series: series, style: plot.style))
    }
}
