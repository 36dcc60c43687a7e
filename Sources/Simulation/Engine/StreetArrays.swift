/// The fixed inputs of a simulation as arrays over streets and districts (structure of arrays),
/// derived once from a scenario and a region and shared read-only by all runs.
///
/// Per-street arrays are indexed by **slot**, not by the region's street index: slots hold the streets
/// grouped by district (districts in region order, streets in region order within each), so that the
/// engine walks each district's streets contiguously and accumulates its outputs in registers.
/// `street[p]` is the region index of slot p; `districtSlots[d]..<districtSlots[d + 1]` are district
/// d's slots. Order within a district, which decides who gets a scarce hire, is the region's order.
struct StreetArrays: Sendable {
    // Per slot (a street; see above). Set once in `init`, then only read.
    /// Region index of the street in each slot.
    private(set) var street: [Int]
    private(set) var district: [Int]
    private(set) var villages: [Double]
    /// 10,000 / population (0 without residents): turns a station's cost into 元 per resident.
    private(set) var perResident: [Double]
    /// 1 / villages (0 without villages): turns villages reached into the share reached.
    private(set) var inverseVillages: [Double]
    /// People of each target group served when every village is reached: the group's target share
    /// (`coverage.target_shares`) times its population.
    private(set) var servedElderly: [Double]
    private(set) var servedChildren: [Double]
    private(set) var servedLowIncome: [Double]
    /// Station open before the first simulated year.
    private(set) var openAtStart: [Bool]
    /// Initial state of open stations: workers, last score and last grade (−1: none yet). From the
    /// street's latest observation before the start year where the region has one, else the scenario's
    /// `initial_staff` (default the target), `initial_score` and no grade.
    private(set) var initialStaff: [Int]
    private(set) var initialScore: [Double]
    private(set) var initialGrade: [Int]
    /// Rollout candidates in priority order (slots); for `random` the region order, shuffled per run.
    private(set) var priorityOrder: [Int]
    /// First slot of each district, plus the slot count at the end (`districtCount + 1` values).
    private(set) var districtSlots: [Int] = []
    // Per district.
    let districtPopulation: [Double]
    let districtStreets: [Double]
    let districtVillages: [Double]
    /// Yearly budget cap, 万元.
    let districtCap: [Double]
    /// City share of station cost under the uniform/capacity/need policies (performance: the base share).
    let districtShare: [Double]
    /// Cost of one post, 万元 per year.
    let salary: [Double]
    /// Yearly leaving probability after the pay effect.
    let turnover: [Double]
    /// Candidates that can be hired per year.
    let pool: [Int]
    /// Cost of a station at full staffing, 万元 per year (what budgets commit to).
    let postCost: [Double]
    /// Under the performance policy, the city's share for grades A … D (bonus added, clamped); else empty.
    let performanceShare: [Double]
    /// A city budget left below this cannot pay any candidate's city part (see `AnnualStep.rollOut`):
    /// min over districts of (base share × post cost − 2 × slack), +∞ without districts.
    let cheapestCandidateMargin: Double

    var streetCount: Int { district.count }
    var districtCount: Int { districtPopulation.count }

    /// - Throws: `ScenarioError` when the scenario names districts or streets the region does not have.
    init(scenario: Scenario, region: Region) throws {
        var issues: [ScenarioIssue] = []
        let streets = region.streets
        let districts = region.districts
        let st = scenario.staffing
        let f = scenario.funding
        street = Array(streets.indices)
        district = streets.map(\.district)
        perResident = streets.map { $0.population > 0 ? 10_000 / $0.population : 0 }
        let shares = scenario.coverage.targetShares
        servedElderly = streets.map { shares.elderly * $0.elderly }
        servedChildren = streets.map { shares.children * $0.children }
        servedLowIncome = streets.map { shares.lowIncome * $0.lowIncome }
        villages = streets.map(\.villages)
        inverseVillages = villages.map { $0 > 0 ? 1 / $0 : 0 }
        openAtStart = streets.map { ($0.opened ?? Int.max) < scenario.horizon.startYear }
        let start = scenario.horizon.startYear
        let defaultStaff = st.initialStaff ?? st.targetPerStation
        let seen = streets.map { $0.observation(before: start) }
        initialStaff = zip(openAtStart, seen).map { open, o in open ? (o?.workers ?? defaultStaff) : 0 }
        initialScore = zip(openAtStart, seen).map { open, o in open ? (o?.score ?? scenario.quality.initialScore) : scenario.quality.initialScore }
        initialGrade = zip(openAtStart, seen).map { open, o in
            guard open, let score = o?.score else { return -1 }
            return scenario.quality.grade(of: score)
        }

        for (key, map) in [("staffing.salary_by_district", Array(st.salaryByDistrict.keys)),
                           ("staffing.pool_by_district", Array(st.poolByDistrict.keys)),
                           ("staffing.turnover_by_district", Array(st.turnoverByDistrict.keys))] {
            for id in map.sorted() where region.districtIndex(id) == nil {
                issues.append(ScenarioIssue("\(key).\(id)", "no district \(id) in region \(region.name)"))
            }
        }

        // Need index per street: weighted target population.
        let w = f.needWeights
        let need = streets.map { w.elderly * $0.elderly + w.children * $0.children + w.lowIncome * $0.lowIncome }

        switch scenario.rollout.priority {
        case .need:
            priorityOrder = streets.indices.sorted { need[$0] != need[$1] ? need[$0] > need[$1] : $0 < $1 }
        case .urbanFirst:
            priorityOrder = streets.indices.sorted {
                let a = streets[$0], b = streets[$1]
                if a.isUrban != b.isUrban { return a.isUrban }
                return a.population != b.population ? a.population > b.population : $0 < $1
            }
        case .random:
            priorityOrder = Array(streets.indices)
        case .listed:
            var index: [String: Int] = [:]
            for (i, s) in streets.enumerated() { index[s.id] = i }
            var order: [Int] = []
            for (i, id) in scenario.rollout.order.enumerated() {
                if let s = index[id] { order.append(s) } else {
                    issues.append(ScenarioIssue("rollout.order[\(i)]", "no street \(id) in region \(region.name)"))
                }
            }
            priorityOrder = order
        }

        let nd = districts.count
        var dPop = [Double](repeating: 0, count: nd)
        var dStreets = [Double](repeating: 0, count: nd)
        var dVillages = [Double](repeating: 0, count: nd)
        var dNeed = [Double](repeating: 0, count: nd)
        for (i, s) in streets.enumerated() {
            dStreets[s.district] += 1
            dVillages[s.district] += s.villages
            dNeed[s.district] += need[i]
        }
        for (d, x) in districts.enumerated() { dPop[d] = x.population }
        districtPopulation = dPop
        districtStreets = dStreets
        districtVillages = dVillages
        districtCap = districts.map { $0.fiscalCapacity * f.districtBudgetShare }

        let totalPop = dPop.reduce(0, +)
        let cityCapacity = districts.map(\.fiscalCapacity).reduce(0, +) / totalPop
        let cityNeed = dNeed.reduce(0, +) / totalPop
        districtShare = districts.indices.map { d in
            let raw: Double
            switch f.policy {
            case .uniform, .performance:
                raw = f.cityShare
            case .capacity:
                let r = cityCapacity > 0 ? districts[d].fiscalCapacity / dPop[d] / cityCapacity : 1
                if f.capacityTiers.isEmpty {
                    raw = f.cityShare - f.capacitySlope * (r - 1)
                } else {
                    raw = f.capacityTiers.first { r < $0.below }?.share ?? f.cityShare
                }
            case .need:
                let n = cityNeed > 0 ? dNeed[d] / dPop[d] / cityNeed : 1
                raw = f.cityShare + f.needSlope * (n - 1)
            }
            return min(f.maxShare, max(f.minShare, raw))
        }
        salary = districts.map { st.salary(in: $0.id) }
        turnover = districts.map { st.turnover(in: $0.id) }
        pool = districts.map { d in st.poolByDistrict[d.id] ?? Int((st.poolPer100k * d.population / 100_000).rounded(.down)) }
        postCost = salary.map { f.fixedCost + $0 * Double(st.targetPerStation) }
        performanceShare = f.policy == .performance
            ? (0..<4).map { min(f.maxShare, max(f.minShare, f.cityShare + f.performanceBonus[$0])) }
            : []
        cheapestCandidateMargin = zip(districtShare, postCost)
            .map { share, cost in share * cost - 2 * Self.budgetSlack(cost: cost) }.min() ?? .infinity
        if !issues.isEmpty { throw ScenarioError(issues) }
        arrangeByDistrict()
    }

    /// The tolerance when a budget is compared with a cost c: 10⁻⁹·max(1, c) 万元, so that a budget of
    /// exactly k stations opens k despite rounding.
    @inline(__always)
    static func budgetSlack(cost: Double) -> Double { 1e-9 * max(1, cost) }

    /// The city's share of the cost of a station in district `d` whose last grade (the one it entered
    /// the year with) is `grade` (0 = A … 3 = D, −1: none yet): the performance share for its grade under
    /// the performance policy, else the district's share.
    @inline(__always)
    func cityShare(grade: Int, district d: Int) -> Double {
        grade >= 0 && grade < performanceShare.count ? performanceShare[grade] : districtShare[d]
    }

    /// Moves the per-street arrays from region order into slot order (grouped by district, stable) and
    /// maps `priorityOrder` onto slots. O(streets).
    private mutating func arrangeByDistrict() {
        let nd = districtCount
        var start = [Int](repeating: 0, count: nd + 1)
        for d in district { start[d + 1] += 1 }
        for d in 0..<nd { start[d + 1] += start[d] }
        districtSlots = start
        var next = start
        var slotOf = [Int](repeating: 0, count: district.count)
        for (s, d) in district.enumerated() {
            slotOf[s] = next[d]
            next[d] += 1
        }
        func arranged<T>(_ a: [T]) -> [T] {
            var out = a
            for (s, p) in slotOf.enumerated() { out[p] = a[s] }
            return out
        }
        street = arranged(street)
        district = arranged(district)
        perResident = arranged(perResident)
        servedElderly = arranged(servedElderly)
        servedChildren = arranged(servedChildren)
        servedLowIncome = arranged(servedLowIncome)
        villages = arranged(villages)
        inverseVillages = arranged(inverseVillages)
        openAtStart = arranged(openAtStart)
        initialStaff = arranged(initialStaff)
        initialScore = arranged(initialScore)
        initialGrade = arranged(initialGrade)
        priorityOrder = priorityOrder.map { slotOf[$0] }
    }
}
