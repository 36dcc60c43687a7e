/// One output of the simulation, recorded per run × year × unit (the city and each district).
///
/// The raw values are stable: JSON and CSV use `name`; new metrics are only ever appended.
public enum Metric: Int, Sendable, CaseIterable, Codable {
    case stationsOpen
    case openings
    case streetsCovered
    case coverage
    case villagesReached
    case villageCoverage
    case servedElderly
    case servedChildren
    case servedLowIncome
    case socialWorkers
    case supervisionHoursPerWorker
    case costCity
    case costDistrict
    case costTotal
    case spendingPerCapita
    case cityShareOfCost
    case meanScore
    case gradeA
    case gradeB
    case gradeC
    case gradeD
    case replacements
    case giniCoverage
    case theilCoverage
    case giniSpending
    case theilSpending

    /// The metric's key in JSON and CSV output.
    public var name: String {
        switch self {
        case .stationsOpen: return "stations_open"
        case .openings: return "openings"
        case .streetsCovered: return "streets_covered"
        case .coverage: return "coverage"
        case .villagesReached: return "villages_reached"
        case .villageCoverage: return "village_coverage"
        case .servedElderly: return "served_elderly"
        case .servedChildren: return "served_children"
        case .servedLowIncome: return "served_low_income"
        case .socialWorkers: return "social_workers"
        case .supervisionHoursPerWorker: return "supervision_hours_per_worker"
        case .costCity: return "cost_city"
        case .costDistrict: return "cost_district"
        case .costTotal: return "cost_total"
        case .spendingPerCapita: return "spending_per_capita"
        case .cityShareOfCost: return "city_share_of_cost"
        case .meanScore: return "mean_score"
        case .gradeA: return "grade_A"
        case .gradeB: return "grade_B"
        case .gradeC: return "grade_C"
        case .gradeD: return "grade_D"
        case .replacements: return "replacements"
        case .giniCoverage: return "gini_coverage"
        case .theilCoverage: return "theil_coverage"
        case .giniSpending: return "gini_spending_per_capita"
        case .theilSpending: return "theil_spending_per_capita"
        }
    }

    /// What the value is, with its unit (for documentation and JSON `metrics`).
    public var meaning: String {
        switch self {
        case .stationsOpen: return "stations open during the year (count)"
        case .openings: return "stations opened this year (count)"
        case .streetsCovered: return "streets with an open station that has at least one worker (count)"
        case .coverage: return "streets covered / streets (share, 覆盖率)"
        case .villagesReached: return "villages/communities reached (count)"
        case .villageCoverage: return "villages reached / villages (share)"
        case .servedElderly: return "elderly residents served (people)"
        case .servedChildren: return "children served (people)"
        case .servedLowIncome: return "low-income residents served (people)"
        case .socialWorkers: return "stationed social workers at year end before operator changes (people)"
        case .supervisionHoursPerWorker: return "supervision hours per worker (hours per year)"
        case .costCity: return "station cost paid by the city (万元)"
        case .costDistrict: return "station cost paid by districts (万元)"
        case .costTotal: return "station cost paid by both levels (万元)"
        case .spendingPerCapita: return "station cost per resident (yuan per person)"
        case .cityShareOfCost: return "cost_city / cost_total (share; missing when nothing is paid)"
        case .meanScore: return "mean evaluation score of open stations (0-100; missing when none is open)"
        case .gradeA: return "stations graded A 优秀 (count)"
        case .gradeB: return "stations graded B 良好 (count)"
        case .gradeC: return "stations graded C 合格 (count)"
        case .gradeD: return "stations graded D 不合格 (count)"
        case .replacements: return "operators replaced after a D grade (count)"
        case .giniCoverage: return "population-weighted Gini of district coverage (city only)"
        case .theilCoverage: return "population-weighted Theil T of district coverage (city only)"
        case .giniSpending: return "population-weighted Gini of district spending per resident (city only)"
        case .theilSpending: return "population-weighted Theil T of district spending per resident (city only)"
        }
    }

    /// Equity metrics exist for the city only.
    public var isCityOnly: Bool { rawValue >= Metric.giniCoverage.rawValue }
}
