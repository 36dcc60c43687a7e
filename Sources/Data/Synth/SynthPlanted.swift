/// The planted truth of a generated bundle, as the manifest's `[planted]` table and as
/// planted.json: every formula with its constants, so that an analysis of the data can be
/// checked against the values it should recover (in expectation).
enum SynthPlanted {
    static func sections(_ b: SyntheticBundle) -> [SynthPlantedSection] {
        let c = b.calibration
        let counts = SynthRolloutGeneration.cohortCounts(b.streets.count, calibration: c)
        let districtIDs = b.districts.map(\.id)
        var cumulative: [Int] = []
        var running = 0
        for k in c.cohortYears.indices {
            running += counts[k]
            cumulative.append(running)
        }
        let top = SynthPlantedSection(name: "", entries: [
            ("description", .string("Synthetic data: district names and structure are real (Jinan preset), every number is generated. Each relation below holds in expectation; formulas use the written (rounded) values of the tables.")),
            ("streams", .string("xoshiro256** streams of the seed: 0 districts, 1 streets, 2 rollout, 3 operators, 4 staffing, 5 scores, 6 items, 7 services, 8 people_served, 9 satisfaction, 10 funding, 11 national units")),
        ])
        let rollout = SynthPlantedSection(name: "rollout", entries: [
            ("rule", .string("exact cohort sizes (largest remainder of streets x shares); streets ordered by u + town_delay*[town], u ~ U(0,1); lowest keys open first; the last never_count streets have no opening year")),
            ("cohort_years", .ints(c.cohortYears)),
            ("cohort_shares", .numbers(c.cohortShares, 2)),
            ("never_share", .number(c.neverShare, 2)),
            ("cohort_counts", .ints(Array(counts.prefix(c.cohortYears.count)))),
            ("never_count", .int(counts.last ?? 0)),
            ("opened_by_year", .ints(cumulative)),
            ("town_delay", .number(c.townDelay, 2)),
        ])
        let served = SynthPlantedSection(name: "people_served", entries: [
            ("formula", .string("services.people_served ~ Poisson(m_s * (base_g + slope * (year - g))), g = opening year, m_s = population_s / mean population of cohort g's streets; a street with no open station serves 0")),
            ("att", .string("ATT(g, e) = base_g + slope * e for e = year - g >= 0; ATT(g, e) = 0 for e < 0")),
            ("did_outcome", .string("street-level panel: people_served of the street's station, 0 in years before opening and for never-opened streets (rows are absent there, as the bundle format requires); a cohort opening in first_year has no pre-period in the panel (start the panel a year earlier to estimate it)")),
            ("untreated_value", .int(0)),
            ("cohort_years", .ints(c.cohortYears)),
            ("base", .numbers(c.servedBase, 1)),
            ("slope", .number(c.servedSlope, 1)),
        ])
        let score = SynthPlantedSection(name: "score", entries: [
            ("formula", .string("total = a + b_workers * social_workers + b_supervision * supervision_hours / social_workers + b_lag * previous_total + e, e ~ N(0, noise_sd^2); previous_total = sum of the station's item scores last year, start_score in the opening year; written total = clamp(round(total, 1), 0, 100), spread over the 37 items (sum of evaluations.score per station-year)")),
            ("a", .number(c.scoreIntercept, 2)),
            ("b_workers", .number(c.scoreWorkers, 2)),
            ("b_supervision", .number(c.scoreSupervision, 3)),
            ("b_lag", .number(c.scoreLag, 2)),
            ("start_score", .number(c.scoreStart, 1)),
            ("noise_sd", .number(c.scoreNoise, 2)),
            ("item_noise_sd", .number(c.itemNoise, 3)),
            ("items_rule", .string("item_i = round(max_i * clamp(total/100 + d_i + N(0, item_noise_sd^2), 0, 1), 1), d_i ~ N(0, 0.04^2) fixed per item; then 0.1-point steps, cycling from a random item, until the items sum to the total")),
        ])
        let satisfaction = SynthPlantedSection(name: "satisfaction", entries: [
            ("formula", .string("satisfaction = clamp(round(100 * sum_i w_i * score_i / max_score_i + e, 1), 0, 100), e ~ N(0, noise_sd^2), intercept 0")),
            ("location", .string("services.csv, column satisfaction (服务对象满意度, 0-100), same station and year as the item scores")),
            ("noise_sd", .number(c.satisfactionNoise, 2)),
            ("area_weights", .numbers(c.satisfactionAreaWeights, 2)),
            ("items", .strings(SynthFramework.items.map(\.id))),
            ("weights", .numbers(c.satisfactionWeights, 6)),
        ])
        let staffing = SynthPlantedSection(name: "staffing", entries: [
            ("formula", .string("target K = 2 + Binomial(3, target_p); opening year hires = K; later departures ~ Binomial(previous social_workers, turnover), hires ~ Binomial(K - remaining, hire_fill) (at least 1 if the station would be empty); certified ~ Binomial(social_workers, min(0.95, certified_base + 0.05 e)); supervision_hours = social_workers * Gamma(6, supervision_mean/6); volunteers ~ Poisson(8 + 3 social_workers + 2 e); salary = salary_base * (1 + 0.04 (year - 2020)) * (1 + N(0, 0.04^2))")),
            ("turnover_rule", .string("turnover_d = 0.20 - 0.05 * min(fiscal_capacity_d / fiscal_reference, 1); estimate: sum departures / sum previous-year social_workers over a district's station-years after opening")),
            ("hire_fill", .number(c.hireFillProbability, 2)),
            ("district_ids", .strings(districtIDs)),
            ("target_p", .numbers(b.districts.map(\.staffProbability), 2)),
            ("turnover", .numbers(b.districts.map(\.turnover), 4)),
            ("certified_base", .numbers(b.districts.map(\.certifiedBase), 3)),
            ("supervision_mean", .numbers(b.districts.map(\.supervisionMean), 1)),
            ("salary_base", .numbers(b.districts.map(\.salaryBase), 2)),
        ])
        let funding = SynthPlantedSection(name: "funding", entries: [
            ("formula", .string("cost = social_workers * salary + 3.0 + 0.04 * villages + U(0, 1.5); other = cost * Beta(1.5, 28.5); city = round(city_share_d * (cost - other), 2); district = cost - other - city; spent = cost * Beta(38, 2)")),
            ("city_share_rule", .string("city_share_d = clamp(0.75 - 0.5 * min(fiscal_capacity_d / fiscal_reference, 1), 0.25, 0.75), 4 decimals; estimate: city / (city + district)")),
            ("fiscal_reference", .number(b.fiscalReference, 2)),
            ("district_ids", .strings(districtIDs)),
            ("city_share", .numbers(b.districts.map(\.cityShare), 4)),
            ("other_share_mean", .number(c.otherA / (c.otherA + c.otherB), 3)),
            ("spent_rate_mean", .number(c.spentA / (c.spentA + c.spentB), 3)),
        ])
        return [top, rollout, served, score, satisfaction, staffing, funding]
    }

    /// The `[planted]` tables as TOML text.
    static func toml(_ b: SyntheticBundle) -> String {
        var out = ""
        for section in sections(b) {
            out += section.name.isEmpty ? "[planted]\n" : "\n[planted.\(section.name)]\n"
            for (key, value) in section.entries { out += "\(key) = \(value.toml)\n" }
        }
        return out
    }

    /// planted.json: the same record as one JSON object (keys in a fixed order).
    static func json(_ b: SyntheticBundle) -> String {
        var parts: [String] = []
        for section in sections(b) {
            let body = section.entries.map { "    \(SynthValue.quoted($0.key)): \($0.value.json)" }
            if section.name.isEmpty {
                parts.append(contentsOf: body.map { String($0.dropFirst(2)) })
            } else {
                parts.append("  \(SynthValue.quoted(section.name)): {\n" + body.joined(separator: ",\n") + "\n  }")
            }
        }
        return "{\n" + parts.joined(separator: ",\n") + "\n}\n"
    }
}
