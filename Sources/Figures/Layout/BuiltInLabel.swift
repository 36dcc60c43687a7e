/// Labels the charts write themselves, in Chinese and English (with units where the quantity has one).
public enum BuiltInLabel: String, Sendable, CaseIterable {
    /// Axis and legend labels (see `text(_:)` for the wording in each language).
    case year, coverage, cost, district, value, weight, criterion, eventTime, effect, reference, mean, band90,
         fitted, confidenceBand, score, share, costCity, costDistrict

    /// The label in `language`.
    public func text(_ language: FigureLanguage) -> String {
        let zh = language == .zh
        switch self {
        case .year: return zh ? "年份" : "Year"
        case .coverage: return zh ? "覆盖率 (%)" : "Coverage (%)"
        case .cost: return zh ? "费用 (万元)" : "Cost (10k yuan)"
        case .district: return zh ? "区县" : "District"
        case .value: return zh ? "数值" : "Value"
        case .weight: return zh ? "权重" : "Weight"
        case .criterion: return zh ? "指标" : "Criterion"
        case .eventTime: return zh ? "相对建站年份 (年)" : "Years since opening"
        case .effect: return zh ? "处理效应 (ATT)" : "Effect (ATT)"
        case .reference: return zh ? "参照期" : "Reference period"
        case .mean: return zh ? "均值" : "Mean"
        case .band90: return zh ? "5%–95% 区间" : "5%–95% range"
        case .fitted: return zh ? "拟合线" : "Fitted line"
        case .confidenceBand: return zh ? "95% 置信带" : "95% confidence band"
        case .score: return zh ? "得分" : "Score"
        case .share: return zh ? "占比" : "Share"
        case .costCity: return zh ? "市级" : "City"
        case .costDistrict: return zh ? "区级" : "District"
        }
    }
}
