/// `[funding]`: budgets, the cost of a station, and how the city and districts split it.
///
/// Cost of a station in a year (万元) = `fixed_cost` + salary × social workers employed.
/// Budgets commit to posts: a station counts against the caps at its full staffing target
/// (`fixed_cost + salary × staffing.target_per_station`); money for vacant posts is not spent.
///
/// City share of station s in district d, by `policy` (all clamped to [`min_share`, `max_share`]):
/// - uniform: `city_share`
/// - capacity: with r_d = (fiscal_capacity_d / population_d) / (Σ fiscal_capacity / Σ population),
///   the first tier with r_d < `below` gives its `share` (none: `city_share`); with no tiers,
///   `city_share − capacity_slope × (r_d − 1)`
/// - need: with n_d = (Σ_s w·targets_s / population_d) / (same for the city) and w the `need_weights`,
///   `city_share + need_slope × (n_d − 1)`
/// - performance: `city_share + performance_bonus[last grade of s]` (no grade yet: `city_share`)
public struct Funding: Sendable, Equatable, Codable {
    enum CodingKeys: String, CodingKey {
        case policy = "policy"
        case cityShare = "city_share"
        case minShare = "min_share"
        case maxShare = "max_share"
        case capacityTiers = "capacity_tiers"
        case capacitySlope = "capacity_slope"
        case needWeights = "need_weights"
        case needSlope = "need_slope"
        case performanceBonus = "performance_bonus"
        case districtBudgetShare = "district_budget_share"
        case cityBudget = "city_budget"
        case fixedCost = "fixed_cost"
    }

    /// `policy`: uniform | capacity | need | performance (default uniform).
    public var policy: FundingPolicy = .uniform
    /// `city_share`: the city's share of station cost, 0…1 (default 0.5, the 50/50 split).
    public var cityShare: Double = 0.5
    /// `min_share`, `max_share`: bounds on any computed share, 0 ≤ min ≤ max ≤ 1 (default 0 and 1).
    public var minShare: Double = 0
    /// `max_share` (see `min_share`).
    public var maxShare: Double = 1
    /// `capacity_tiers`: `[{below = 0.8, share = 0.7}, …]`, increasing `below` (default none: use the slope).
    public var capacityTiers: [CapacityTier] = []
    /// `capacity_slope`: share change per unit of relative fiscal capacity, 0…10 (default 0.3).
    public var capacitySlope: Double = 0.3
    /// `need_weights`: weights of elderly, children and low-income residents in the need index, each 0…100
    /// (default 1, 1, 3).
    public var needWeights = NeedWeights()
    /// `need_slope`: share change per unit of relative need, 0…10 (default 0.3).
    public var needSlope: Double = 0.3
    /// `performance_bonus`: added share per last grade A/B/C/D, each −1…1 (default 0.1, 0.05, 0, −0.1).
    public var performanceBonus = GradeValues(a: 0.1, b: 0.05, c: 0, d: -0.1)
    /// `district_budget_share`: a district's yearly cap = fiscal_capacity × this, 0…1 (default 0.002).
    public var districtBudgetShare: Double = 0.002
    /// `city_budget`: the city's yearly cap for station costs, 万元 per year, ≥ 0 (default 1500).
    public var cityBudget: Double = 1500
    /// `fixed_cost`: venue, services and management per station per year, 万元, 0…1000 (default 3,
    /// Guangdong's ¥30,000 service money).
    public var fixedCost: Double = 3

    public init() {}

    func validate(into v: inout ScenarioValidator) {
        v.check(cityShare, 0...1, "funding.city_share")
        v.check(minShare, 0...1, "funding.min_share")
        v.check(maxShare, 0...1, "funding.max_share")
        if minShare > maxShare { v.add("funding.min_share", "must not exceed funding.max_share (\(ScenarioValidator.text(maxShare)))") }
        var previous = 0.0
        for (i, tier) in capacityTiers.enumerated() {
            let key = "funding.capacity_tiers[\(i)]"
            if !(tier.below > previous) || !tier.below.isFinite {
                v.add(key + ".below", "must be finite, positive and increasing, got \(ScenarioValidator.text(tier.below))")
            }
            previous = tier.below
            v.check(tier.share, 0...1, key + ".share")
        }
        v.check(capacitySlope, 0...10, "funding.capacity_slope")
        needWeights.validate(into: &v, prefix: "funding.need_weights")
        v.check(needSlope, 0...10, "funding.need_slope")
        performanceBonus.validate(into: &v, prefix: "funding.performance_bonus", range: -1...1)
        v.check(districtBudgetShare, 0...1, "funding.district_budget_share")
        v.check(cityBudget, 0...1e12, "funding.city_budget", unit: "万元")
        v.check(fixedCost, 0...1000, "funding.fixed_cost", unit: "万元")
    }
}

/// Weights of the three target groups (elderly 60+, children 0–17, low-income 低保/特困 recipients).
public struct NeedWeights: Sendable, Equatable, Codable {
    enum CodingKeys: String, CodingKey {
        case elderly = "elderly"
        case children = "children"
        case lowIncome = "low_income"
    }

    /// `elderly`, `children`, `low_income` (each 0…100).
    public var elderly: Double = 1
    /// `children` weight.
    public var children: Double = 1
    /// `low_income` weight.
    public var lowIncome: Double = 3

    public init(elderly: Double = 1, children: Double = 1, lowIncome: Double = 3) {
        self.elderly = elderly
        self.children = children
        self.lowIncome = lowIncome
    }

    func validate(into v: inout ScenarioValidator, prefix: String) {
        v.check(elderly, 0...100, prefix + ".elderly")
        v.check(children, 0...100, prefix + ".children")
        v.check(lowIncome, 0...100, prefix + ".low_income")
        if elderly + children + lowIncome <= 0 { v.add(prefix, "at least one weight must be positive") }
    }
}

/// A value per evaluation grade A (优秀), B (良好), C (合格), D (不合格).
public struct GradeValues: Sendable, Equatable, Codable {
    enum CodingKeys: String, CodingKey {
        case a = "A"
        case b = "B"
        case c = "C"
        case d = "D"
    }

    /// Grade A (优秀), key `A`.
    public var a: Double
    /// Grade B (良好), key `B`.
    public var b: Double
    /// Grade C (合格), key `C`.
    public var c: Double
    /// Grade D (不合格), key `D`.
    public var d: Double

    public init(a: Double, b: Double, c: Double, d: Double) {
        self.a = a
        self.b = b
        self.c = c
        self.d = d
    }

    /// The value for grade index 0 (A) … 3 (D).
    public subscript(grade: Int) -> Double {
        switch grade {
        case 0: return a
        case 1: return b
        case 2: return c
        default: return d
        }
    }

    func validate(into v: inout ScenarioValidator, prefix: String, range: ClosedRange<Double>) {
        v.check(a, range, prefix + ".A")
        v.check(b, range, prefix + ".B")
        v.check(c, range, prefix + ".C")
        v.check(d, range, prefix + ".D")
    }
}
