import Stats

extension RunState {
    /// Metrics per unit in one year's output block.
    static let metricCount = Metric.allCases.count
    /// Raw values of the city-only metrics (undefined for districts).
    static let cityOnlyMetrics = Metric.allCases.filter(\.isCityOnly).map(\.rawValue)

    /// One simulated year, DESIGN.md's six steps, writing the year's outputs into `out`
    /// (zeroed, `(1 + districts) × Metric.allCases.count` values: the city first, then each district,
    /// each a block indexed by `Metric.rawValue`).
    mutating func step(into out: UnsafeMutableBufferPointer<Double>) {
        let x = inputs
        let f = scenario.funding
        let q = scenario.quality
        let st = scenario.staffing
        let cov = scenario.coverage
        let n = x.streetCount
        let nd = x.districtCount
        let m = Self.metricCount
        for s in 0..<n { streetRandom[s] = Xoshiro256StarStar(seed: runRandom.next()) }

        // 1. Budget: caps minus what the stations already open commit (their full posts).
        var share = [Double](repeating: 0, count: n)
        for s in 0..<n {
            if f.policy == .performance, lastGrade[s] >= 0 {
                share[s] = min(f.maxShare, max(f.minShare, f.cityShare + f.performanceBonus[lastGrade[s]]))
            } else {
                share[s] = x.districtShare[x.district[s]]
            }
        }
        var cityLeft = f.cityBudget
        var districtLeft = x.districtCap
        for s in 0..<n where open[s] {
            let c = x.postCost[x.district[s]]
            cityLeft -= share[s] * c
            districtLeft[x.district[s]] -= (1 - share[s]) * c
        }

        // 2. Rollout: candidates in priority order while both levels can pay and limits allow.
        let districtLimit = scenario.rollout.maxOpeningsPerDistrict ?? Int.max
        let cityLimit = scenario.rollout.maxOpeningsCity ?? Int.max
        var openings = [Int](repeating: 0, count: nd)
        var cityOpenings = 0
        for s in order where !open[s] && cityOpenings < cityLimit {
            let d = x.district[s]
            let c = x.postCost[d]
            let cityPart = share[s] * c
            let districtPart = c - cityPart
            // A relative slack of 1e-9 so that a budget of exactly k stations opens k despite rounding.
            let slack = 1e-9 * max(1, c)
            guard openings[d] < districtLimit, cityPart <= cityLeft + slack, districtPart <= districtLeft[d] + slack else {
                continue
            }
            open[s] = true
            staff[s] = 0
            cityLeft -= cityPart
            districtLeft[d] -= districtPart
            openings[d] += 1
            cityOpenings += 1
        }

        // The per-street state of steps 3–5 as locals (moved out of `self`, so the loops below neither
        // copy nor re-check uniqueness), moved back at the end.
        var random: [Xoshiro256StarStar] = [], workforce: [Int] = [], scores: [Double] = [], grades: [Int] = []
        swap(&random, &streetRandom); swap(&workforce, &staff)
        swap(&scores, &lastScore); swap(&grades, &lastGrade)
        defer {
            swap(&random, &streetRandom); swap(&workforce, &staff)
            swap(&scores, &lastScore); swap(&grades, &lastGrade)
        }
        let isOpen = open

        // 3. Staffing: departures, then vacancies filled while the district's pool lasts (street order).
        var poolLeft = x.pool
        var workers = 0
        for s in 0..<n where isOpen[s] {
            let d = x.district[s]
            var k = workforce[s]
            var r = random[s]
            defer { random[s] = r }
            for _ in 0..<workforce[s] where r.nextUniform() < x.turnover[d] { k -= 1 }
            for _ in 0..<max(0, st.targetPerStation - k) {
                // Always draw, so a street's random numbers do not depend on other streets' pools.
                let u = r.nextUniform()
                if u < st.hiringProbability && poolLeft[d] > 0 {
                    k += 1
                    poolLeft[d] -= 1
                }
            }
            workforce[s] = k
            workers += k
        }
        let hours = scenario.supervision.hours(workers: workers)

        // 4. Quality and payment; 5. coverage. Accumulated per district.
        for s in 0..<n where isOpen[s] {
            let d = x.district[s]
            let base = (1 + d) * m
            let k = Double(workforce[s])
            let cost = f.fixedCost + x.salary[d] * k
            let perResident = x.population[s] > 0 ? cost * 10_000 / x.population[s] : 0
            var r = random[s]
            let z = r.nextNormal()
            let raw = q.intercept + q.workers * k + q.supervision * hours + q.fundingPerCapita * perResident
                + q.lagged * scores[s] + q.noiseSD * z
            let score = min(100, max(0, raw))
            let grade = q.grade(of: score)
            let replaced = r.nextUniform() < q.replacementProbability && grade == 3

            let reached = min(x.villages[s], cov.villagesPerWorker * k)
            let fraction = x.villages[s] > 0 ? reached / x.villages[s] : (workforce[s] > 0 ? 1 : 0)
            out[base + Metric.stationsOpen.rawValue] += 1
            if workforce[s] > 0 { out[base + Metric.streetsCovered.rawValue] += 1 }
            out[base + Metric.villagesReached.rawValue] += reached
            out[base + Metric.servedElderly.rawValue] += cov.targetShares.elderly * x.elderly[s] * fraction
            out[base + Metric.servedChildren.rawValue] += cov.targetShares.children * x.children[s] * fraction
            out[base + Metric.servedLowIncome.rawValue] += cov.targetShares.lowIncome * x.lowIncome[s] * fraction
            out[base + Metric.socialWorkers.rawValue] += k
            out[base + Metric.costCity.rawValue] += share[s] * cost
            out[base + Metric.costDistrict.rawValue] += cost - share[s] * cost
            out[base + Metric.meanScore.rawValue] += score
            out[base + Metric.gradeA.rawValue + grade] += 1
            if replaced {
                out[base + Metric.replacements.rawValue] += 1
                // The new operator's first months: each worker leaves with probability `disruption`.
                var left = workforce[s]
                for _ in 0..<workforce[s] where r.nextUniform() < q.disruption { left -= 1 }
                workforce[s] = left
            }
            scores[s] = score
            grades[s] = grade
        }
        for d in 0..<nd { out[(1 + d) * m + Metric.openings.rawValue] = Double(openings[d]) }

        // 6. Outputs: city totals, ratios, equity across districts.
        let additive: [Metric] = [.stationsOpen, .openings, .streetsCovered, .villagesReached, .servedElderly,
                                  .servedChildren, .servedLowIncome, .socialWorkers, .costCity, .costDistrict,
                                  .meanScore, .gradeA, .gradeB, .gradeC, .gradeD, .replacements]
        for d in 0..<nd {
            for metric in additive { out[metric.rawValue] += out[(1 + d) * m + metric.rawValue] }
        }
        var coverage = [Double](repeating: 0, count: nd)
        var spending = [Double](repeating: 0, count: nd)
        let cityPopulation = x.districtPopulation.reduce(0, +)
        for unit in 0...nd {
            let base = unit * m
            let streets = unit == 0 ? Double(n) : x.districtStreets[unit - 1]
            let villages = unit == 0 ? x.districtVillages.reduce(0, +) : x.districtVillages[unit - 1]
            let population = unit == 0 ? cityPopulation : x.districtPopulation[unit - 1]
            let stations = out[base + Metric.stationsOpen.rawValue]
            let total = out[base + Metric.costCity.rawValue] + out[base + Metric.costDistrict.rawValue]
            out[base + Metric.coverage.rawValue] = streets > 0 ? out[base + Metric.streetsCovered.rawValue] / streets : .nan
            out[base + Metric.villageCoverage.rawValue] =
                villages > 0 ? out[base + Metric.villagesReached.rawValue] / villages : .nan
            out[base + Metric.supervisionHoursPerWorker.rawValue] = hours
            out[base + Metric.costTotal.rawValue] = total
            out[base + Metric.spendingPerCapita.rawValue] = population > 0 ? total * 10_000 / population : .nan
            out[base + Metric.cityShareOfCost.rawValue] = total > 0 ? out[base + Metric.costCity.rawValue] / total : .nan
            out[base + Metric.meanScore.rawValue] = stations > 0 ? out[base + Metric.meanScore.rawValue] / stations : .nan
            if unit > 0 {
                coverage[unit - 1] = out[base + Metric.coverage.rawValue].isNaN ? 0 : out[base + Metric.coverage.rawValue]
                spending[unit - 1] = out[base + Metric.spendingPerCapita.rawValue]
                for metric in Self.cityOnlyMetrics { out[base + metric] = .nan }
            }
        }
        out[Metric.giniCoverage.rawValue] = Equity.gini(coverage, weights: x.districtPopulation)
        out[Metric.theilCoverage.rawValue] = Equity.theil(coverage, weights: x.districtPopulation)
        out[Metric.giniSpending.rawValue] = Equity.gini(spending, weights: x.districtPopulation)
        out[Metric.theilSpending.rawValue] = Equity.theil(spending, weights: x.districtPopulation)
    }
}
