import Foundation

extension Calibration {
    /// `base` with every calibrated key set (values rounded to 4 decimals; a value that could not be
    /// estimated keeps the base's): horizon start after the data, staffing (target, salary by district,
    /// hiring, turnover by district, initial staff), quality (score model, noise, initial score) and funding
    /// (policy `capacity` with the fitted share and slope, observed share range, fixed cost).
    /// - Parameter budgetGrowth: when given, the budgets are last year's spending × this factor
    ///   (1.1 = 10% more money than the stations cost in the last year); nil keeps the base's budgets.
    public func scenario(base: Scenario = Scenario(), budgetGrowth: Double? = nil) -> Scenario {
        var s = base
        func set(_ x: inout Double, _ v: CalibratedValue, in range: ClosedRange<Double> = -1e9...1e9) {
            if v.value.isFinite { x = min(range.upperBound, max(range.lowerBound, Calibration.rounded(v.value))) }
        }
        s.horizon.startYear = lastYear + 1
        if target.value.isFinite { s.staffing.targetPerStation = max(1, min(100, Int(target.value.rounded()))) }
        set(&s.staffing.salary, salary, in: 0...100)
        s.staffing.salaryByDistrict = salaryByDistrict.compactMapValues { $0.value.isFinite ? Calibration.rounded($0.value) : nil }
        // The observed turnover already includes any pay effect: the reference is the lowest district pay, so
        // calibrated salaries add no gap (a policy that cuts pay below it raises turnover).
        if let low = s.staffing.salaryByDistrict.values.min() ?? (salary.value.isFinite ? salary.value : nil) {
            s.staffing.referenceSalary = max(1e-9, min(100, Calibration.rounded(low)))
        }
        set(&s.staffing.hiringProbability, hiringProbability, in: 0...1)
        set(&s.staffing.turnover, turnover, in: 0...1)
        s.staffing.turnoverByDistrict = turnoverByDistrict.compactMapValues { $0.value.isFinite ? Calibration.rounded($0.value) : nil }
        if initialStaff.value.isFinite {
            s.staffing.initialStaff = max(0, min(s.staffing.targetPerStation, Int(initialStaff.value.rounded())))
        }
        set(&s.supervision.hoursPerWorker, supervisionPerWorker, in: 0...10_000)
        set(&s.supervision.poolHours, supervisionPool, in: 0...1e9)
        set(&s.quality.intercept, scoreIntercept)
        set(&s.quality.workers, scoreWorkers)
        set(&s.quality.supervision, scoreSupervision)
        set(&s.quality.lagged, scoreLagged)
        s.quality.fundingPerCapita = 0
        set(&s.quality.noiseSD, scoreNoiseSD, in: 0...100)
        set(&s.quality.initialScore, initialScore, in: 0...100)
        s.funding.policy = .capacity
        s.funding.capacityTiers = []
        set(&s.funding.cityShare, cityShare, in: 0...1)
        set(&s.funding.capacitySlope, capacitySlope, in: 0...10)
        s.funding.minShare = Calibration.rounded(max(0, min(1, minShare)))
        s.funding.maxShare = Calibration.rounded(max(s.funding.minShare, min(1, maxShare)))
        set(&s.funding.fixedCost, fixedCost, in: 0...1e6)
        if let g = budgetGrowth {
            if cityBudget.value.isFinite { s.funding.cityBudget = Calibration.rounded(cityBudget.value * g) }
            if districtBudgetShare.value.isFinite {
                s.funding.districtBudgetShare = min(1, max(0, (districtBudgetShare.value * g * 1e7).rounded() / 1e7))
            }
        }
        return s
    }

    /// The calibrated scenario as TOML with a comment above every calibrated key: estimate, standard error,
    /// n and source.
    /// - Parameters:
    ///   - base: the scenario whose other keys (budgets, rollout, coverage, …) are kept.
    ///   - command: the command line that produced the file, recorded in the header.
    /// - Throws: only on an internal serialization failure.
    ///   - budgetGrowth: budgets = last year's spending × this factor (nil: the base's budgets).
    public func toml(base: Scenario = Scenario(), budgetGrowth: Double? = nil, command: String) throws -> String {
        let header = [
            "Calibrated from the bundle '\(bundleName)' (\(firstYear)–\(lastYear)) by:",
            "  \(command)",
            "Every calibrated key has a comment: estimate ± standard error (n) and the table it came from.",
            "Keys without a comment come from the base scenario (or the defaults); they are not estimated from data.",
        ]
        var c: [String: [String]] = [:]
        func note(_ key: String, _ v: CalibratedValue, _ extra: String = "") {
            c[key] = ["\(Calibration.describe(v))\(extra)", v.source]
        }
        c["horizon.start_year"] = ["the year after the bundle's last year (\(lastYear)): stations opened by then are open at the start"]
        note("staffing.target_per_station", target, " (rounded)")
        note("staffing.salary", salary)
        c["staffing.reference_salary"] = ["lowest district salary: the observed turnover already includes pay effects,",
                                          "so calibrated salaries add no pay gap; cutting pay below this raises turnover"]
        note("staffing.hiring_probability", hiringProbability)
        note("staffing.turnover", turnover)
        note("staffing.initial_staff", initialStaff, " (rounded)")
        for (d, v) in turnoverByDistrict { c["staffing.turnover_by_district.\(d)"] = [Calibration.describe(v)] }
        for (d, v) in salaryByDistrict { c["staffing.salary_by_district.\(d)"] = [Calibration.describe(v)] }
        c["staffing.turnover_by_district"] = [turnover.source.replacingOccurrences(of: " (all districts)", with: "") + ", by district"]
        c["staffing.salary_by_district"] = [salary.source.replacingOccurrences(of: " (all stations)", with: "") + ", by district"]
        note("supervision.hours_per_worker", supervisionPerWorker)
        note("supervision.pool_hours", supervisionPool)
        note("quality.intercept", scoreIntercept)
        note("quality.workers", scoreWorkers)
        note("quality.supervision", scoreSupervision)
        note("quality.lagged", scoreLagged)
        note("quality.noise_sd", scoreNoiseSD)
        c["quality.funding_per_capita"] = ["not in the fitted score model (0)"]
        note("quality.initial_score", initialScore)
        c["funding.policy"] = ["the district shares fall with fiscal capacity per resident: policy `capacity` (shares by district below)"]
        note("funding.city_share", cityShare)
        note("funding.capacity_slope", capacitySlope)
        let observed = districtIDs.compactMap { d in cityShareByDistrict[d].map { "\(d) \(String(format: "%.4f", $0.value)) ± \(String(format: "%.2g", $0.standardError))" } }
        c["funding.min_share"] = ["smallest and largest observed district share (funding.csv):"] + stride(from: 0, to: observed.count, by: 5).map {
            "  " + observed[$0..<min(observed.count, $0 + 5)].joined(separator: ", ")
        }
        note("funding.fixed_cost", fixedCost)
        if let g = budgetGrowth {
            note("funding.city_budget", cityBudget, " × \(g) (--budget-growth)")
            note("funding.district_budget_share", districtBudgetShare, " × \(g) (--budget-growth)")
        }
        return try scenario(base: base, budgetGrowth: budgetGrowth).toml(header: header, comments: c)
    }

    static func rounded(_ x: Double) -> Double { (x * 10_000).rounded() / 10_000 }

    static func describe(_ v: CalibratedValue) -> String {
        let se = v.standardError.isFinite ? " ± \(String(format: "%.4g", v.standardError))" : ""
        return "estimate \(String(format: "%.6g", v.value))\(se) (n = \(v.n))"
    }
}
