import ArgumentParser

/// `stationkit plot <kind>`: publication figures (SVG, PNG, PDF) from what the other commands write.
struct PlotCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "plot",
        abstract: "Figures for papers (SVG; PNG/PDF through rsvg-convert) from simulate/did/weights/describe outputs or CSV.",
        discussion: """
            Sizes are in mm, text 8–10 pt, colours Okabe–Ito (colour-blind safe), Chinese labels with a CJK font \
            stack (Noto Sans CJK SC, Source Han Sans SC, PingFang SC, Microsoft YaHei). Built-in labels follow \
            --lang zh|en. A .png/.pdf output needs rsvg-convert (apt-get install librsvg2-bin fonts-noto-cjk); \
            without it the command exits 64 and writes nothing.

            Examples:
              stationkit simulate Datasets/jinan/scenarios/baseline.toml --data Datasets/jinan --format json -o sim.json
              stationkit plot fan sim.json --metric coverage --district 历下区,市中区 -o fan.svg --title 覆盖率
              stationkit plot stacked-bars sim.json --year 2025 -o cost.png
              stationkit plot heatmap sim.json --metric coverage -o heat.pdf
              stationkit plot small-multiples sim.json --metric coverage -o districts.svg
              stationkit plot event-study did.json --reference -1 --lang en -o es.svg
              stationkit plot weights entropy.json -o weights.svg
              stationkit plot scatter data.csv --x staff --y score -o scatter.svg
              stationkit plot radar scores.csv --group district --columns 组织建设,服务成效,群众满意
            """,
        subcommands: [
            PlotFanCommand.self, PlotStackedBarsCommand.self, PlotGroupedBarsCommand.self, PlotHeatmapCommand.self,
            PlotScatterCommand.self, PlotEventStudyCommand.self, PlotWeightsCommand.self, PlotRadarCommand.self,
            PlotSmallMultiplesCommand.self,
        ]
    )
}
