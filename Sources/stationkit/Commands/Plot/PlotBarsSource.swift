import ArgumentParser
import StationKit

/// Options and data loading shared by the two bar kinds: simulation (districts × metrics at one year) or CSV pivot.
struct PlotBarsSource: ParsableArguments {
    @OptionGroup var source: PlotInput
    @Option(help: "Simulation: metrics as series (comma-separated).") var metric: [String] = []
    @Option(help: "Simulation: year (default: the last simulated year).") var year: Int?
    @Option(help: "Districts (ids or names, comma-separated); default all.") var district: [String] = []
    @Option(help: "CSV/JSON rows: category column (x).") var category = "district"
    @Option(help: "CSV/JSON rows: group column (one series per value); default: one series.") var group: String?
    @Option(help: "CSV/JSON rows: value column.") var value = "value"

    /// Categories, named series and axis titles.
    func load(lang: FigureLanguage, defaultMetrics: [String]) throws
        -> (categories: [String], series: [(name: String, values: [Double?])], xTitle: String, yTitle: String) {
        if source.isSimulation {
            let sim = try SimulationInput(path: source.input)
            let ids = try sim.districtSelection(splitList(district))
            let yi = try sim.yearIndex(year)
            let metrics = splitList(metric).isEmpty ? defaultMetrics : splitList(metric)
            let series = try metrics.map { m -> (name: String, values: [Double?]) in
                let column = try sim.matrix(m, districts: ids, scale: MetricLabels.scale(m)).map { yi < $0.count ? $0[yi] : nil }
                let name = m == "cost_city" ? BuiltInLabel.costCity.text(lang) : m == "cost_district" ? BuiltInLabel.costDistrict.text(lang)
                    : MetricLabels.title(m, lang)
                return (name, column)
            }
            let yTitle = metrics.count == 1 || metrics.allSatisfy({ $0.hasPrefix("cost_") }) ? MetricLabels.title(metrics[0], lang)
                : BuiltInLabel.value.text(lang)
            return (ids.map { sim.districtNames[$0] ?? $0 }, series, BuiltInLabel.district.text(lang) + " (\(sim.years[yi]))", yTitle)
        }
        let t = try source.records()
        let p = try t.pivot(category: category, group: group, value: value)
        return (p.categories, zip(p.groups, p.values).map { (name: $0.0, values: $0.1) }, category, value)
    }
}
