import Data
import Foundation

extension Scenario {
    /// Reads a scenario from a TOML file. Absent keys keep their defaults.
    ///
    /// Every problem is reported at once with file:line:column: unknown keys (typos), values of the
    /// wrong type, unknown enum choices, and out-of-range values (the same checks as `validate()`).
    /// - Parameters:
    ///   - path: the file to read.
    ///   - displayName: how the file is named in messages (default `path`).
    /// - Throws: `DataError` (missing file, exit 66; TOML syntax, exit 65) or `DataErrors` listing every problem.
    public static func load(path: String, displayName: String? = nil) throws -> Scenario {
        try ScenarioFile.load(path: path, displayName: displayName).scenario
    }

    /// Maps a parsed TOML document onto a scenario with default values (see `load(path:)`).
    /// - Throws: `DataErrors` listing every unknown key, type mismatch and out-of-range value.
    public init(toml table: TOMLTable, file: String) throws {
        self.init()
        try apply(toml: table, file: file)
    }

    /// A copy with one key set from a TOML literal, e.g. `setting("funding.city_share", to: "0.6")`;
    /// a bare word that is not a TOML value is taken as a string (`policy` → `"need"`).
    /// - Throws: `DataErrors` (unknown key, wrong type, out of range) located in `--vary KEY=VALUE`.
    public func setting(_ keyPath: String, to literal: String) throws -> Scenario {
        let file = "--vary \(keyPath)=\(literal)"
        let table: TOMLTable
        if let t = try? TOML.parse("\(keyPath) = \(literal)", file: file) {
            table = t
        } else {
            let quoted = literal.replacingOccurrences(of: "\\", with: "\\\\").replacingOccurrences(of: "\"", with: "\\\"")
            table = try TOML.parse("\(keyPath) = \"\(quoted)\"", file: file)
        }
        var copy = self
        try copy.apply(toml: table, file: file)
        return copy
    }

    /// Overwrites the fields that `table` sets, then validates the whole scenario.
    /// - Throws: `DataErrors` listing every unknown key, type mismatch and out-of-range value.
    public mutating func apply(toml table: TOMLTable, file: String) throws {
        _ = try applyLocated(toml: table, file: file)
    }

    /// `apply(toml:file:)`, returning where each key was written.
    mutating func applyLocated(toml table: TOMLTable, file: String) throws -> ScenarioTOMLReader {
        var r = ScenarioTOMLReader(file: file)
        r.checkKeys(table, "", known: ["name", "horizon", "funding", "rollout", "staffing", "supervision", "quality",
                                       "coverage"])
        r.read(table, "name", "", into: &name)
        r.section(table, "horizon", "") { r, t, p in
            r.checkKeys(t, p, known: ["start_year", "years", "runs"])
            r.read(t, "start_year", p, into: &horizon.startYear)
            r.read(t, "years", p, into: &horizon.years)
            r.read(t, "runs", p, into: &horizon.runs)
        }
        r.section(table, "funding", "") { r, t, p in
            r.checkKeys(t, p, known: ["policy", "city_share", "min_share", "max_share", "capacity_tiers", "capacity_slope",
                                      "need_weights", "need_slope", "performance_bonus", "district_budget_share",
                                      "city_budget", "fixed_cost"])
            r.read(t, "policy", p, into: &funding.policy)
            r.read(t, "city_share", p, into: &funding.cityShare)
            r.read(t, "min_share", p, into: &funding.minShare)
            r.read(t, "max_share", p, into: &funding.maxShare)
            r.read(t, "capacity_tiers", p, into: &funding.capacityTiers)
            r.read(t, "capacity_slope", p, into: &funding.capacitySlope)
            r.section(t, "need_weights", p) { r, t, p in
                r.checkKeys(t, p, known: ["elderly", "children", "low_income"])
                r.read(t, "elderly", p, into: &funding.needWeights.elderly)
                r.read(t, "children", p, into: &funding.needWeights.children)
                r.read(t, "low_income", p, into: &funding.needWeights.lowIncome)
            }
            r.read(t, "need_slope", p, into: &funding.needSlope)
            r.read(t, "performance_bonus", p, into: &funding.performanceBonus)
            r.read(t, "district_budget_share", p, into: &funding.districtBudgetShare)
            r.read(t, "city_budget", p, into: &funding.cityBudget)
            r.read(t, "fixed_cost", p, into: &funding.fixedCost)
        }
        r.section(table, "rollout", "") { r, t, p in
            r.checkKeys(t, p, known: ["priority", "max_openings_per_district", "max_openings_city", "order"])
            r.read(t, "priority", p, into: &rollout.priority)
            r.read(t, "max_openings_per_district", p, into: &rollout.maxOpeningsPerDistrict)
            r.read(t, "max_openings_city", p, into: &rollout.maxOpeningsCity)
            r.read(t, "order", p, into: &rollout.order)
        }
        r.section(table, "staffing", "") { r, t, p in
            r.checkKeys(t, p, known: ["target_per_station", "salary", "salary_by_district", "reference_salary",
                                      "hiring_probability", "pool_per_100k", "pool_by_district", "turnover",
                                      "turnover_by_district", "pay_sensitivity", "initial_staff"])
            r.read(t, "target_per_station", p, into: &staffing.targetPerStation)
            r.read(t, "salary", p, into: &staffing.salary)
            r.read(t, "salary_by_district", p, into: &staffing.salaryByDistrict)
            r.read(t, "reference_salary", p, into: &staffing.referenceSalary)
            r.read(t, "hiring_probability", p, into: &staffing.hiringProbability)
            r.read(t, "pool_per_100k", p, into: &staffing.poolPer100k)
            r.read(t, "pool_by_district", p, into: &staffing.poolByDistrict)
            r.read(t, "turnover", p, into: &staffing.turnover)
            r.read(t, "turnover_by_district", p, into: &staffing.turnoverByDistrict)
            r.read(t, "pay_sensitivity", p, into: &staffing.paySensitivity)
            r.read(t, "initial_staff", p, into: &staffing.initialStaff)
        }
        r.section(table, "supervision", "") { r, t, p in
            r.checkKeys(t, p, known: ["pool_hours", "hours_per_worker"])
            r.read(t, "pool_hours", p, into: &supervision.poolHours)
            r.read(t, "hours_per_worker", p, into: &supervision.hoursPerWorker)
        }
        r.section(table, "quality", "") { r, t, p in
            r.checkKeys(t, p, known: ["intercept", "workers", "supervision", "funding_per_capita", "lagged", "noise_sd",
                                      "initial_score", "thresholds", "replacement_probability", "disruption"])
            r.read(t, "intercept", p, into: &quality.intercept)
            r.read(t, "workers", p, into: &quality.workers)
            r.read(t, "supervision", p, into: &quality.supervision)
            r.read(t, "funding_per_capita", p, into: &quality.fundingPerCapita)
            r.read(t, "lagged", p, into: &quality.lagged)
            r.read(t, "noise_sd", p, into: &quality.noiseSD)
            r.read(t, "initial_score", p, into: &quality.initialScore)
            r.read(t, "thresholds", p, into: &quality.thresholds, grades: ["A", "B", "C"])
            r.read(t, "replacement_probability", p, into: &quality.replacementProbability)
            r.read(t, "disruption", p, into: &quality.disruption)
        }
        r.section(table, "coverage", "") { r, t, p in
            r.checkKeys(t, p, known: ["villages_per_worker", "target_shares"])
            r.read(t, "villages_per_worker", p, into: &coverage.villagesPerWorker)
            r.section(t, "target_shares", p) { r, t, p in
                r.checkKeys(t, p, known: ["elderly", "children", "low_income"])
                r.read(t, "elderly", p, into: &coverage.targetShares.elderly)
                r.read(t, "children", p, into: &coverage.targetShares.children)
                r.read(t, "low_income", p, into: &coverage.targetShares.lowIncome)
            }
        }
        var errors = r.errors
        for issue in issues() {
            errors.append(DataError(at: r.location(of: issue.keyPath), "`\(issue.keyPath)` \(issue.message)"))
        }
        if !errors.isEmpty { throw DataErrors(errors.sorted { $0.location < $1.location }) }
        return r
    }
}
