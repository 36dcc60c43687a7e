/// Axis titles (with units) and display scale for the simulation metrics of `stationkit.simulation/1`.
public enum MetricLabels {
    /// Shares (0–1) that are plotted in percent.
    static let percentMetrics: Set<String> = ["coverage", "village_coverage", "city_share_of_cost", "grade_a", "grade_b", "grade_c", "grade_d"]

    /// Factor applied before plotting: 100 for shares, 1 otherwise.
    public static func scale(_ metric: String) -> Double { percentMetrics.contains(metric) ? 100 : 1 }

    /// The axis title of `metric` in `language`.
    public static func title(_ metric: String, _ language: FigureLanguage) -> String {
        let zh = language == .zh
        switch metric {
        case "coverage": return BuiltInLabel.coverage.text(language)
        case "village_coverage": return zh ? "村居覆盖率 (%)" : "Village coverage (%)"
        case "stations_open": return zh ? "运营站点数 (个)" : "Stations open"
        case "social_workers": return zh ? "社工人数 (人)" : "Social workers"
        case "cost_total", "cost_city", "cost_district": return BuiltInLabel.cost.text(language)
        case "spending_per_capita": return zh ? "人均投入 (元)" : "Spending per capita (yuan)"
        case "city_share_of_cost": return zh ? "市级分担比例 (%)" : "City share of cost (%)"
        case "mean_score": return zh ? "平均得分" : "Mean score"
        case "served_elderly": return zh ? "服务老年人 (人次)" : "Elderly served"
        case "served_children": return zh ? "服务儿童 (人次)" : "Children served"
        default: return metric
        }
    }
}
