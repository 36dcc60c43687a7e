import Stats

extension RunState {
    /// Metrics per unit in one year's output block.
    static let metricCount = Metric.allCases.count
    /// Raw values of the city-only metrics (undefined for districts).
    static let cityOnlyMetrics = Metric.allCases.filter(\.isCityOnly).map(\.rawValue)
    /// Metrics whose city value is the sum of the districts'.
    static let additiveMetrics = [Metric.stationsOpen, .openings, .streetsCovered, .villagesReached, .servedElderly,
                                  .servedChildren, .servedLowIncome, .socialWorkers, .costCity, .costDistrict,
                                  .meanScore, .gradeA, .gradeB, .gradeC, .gradeD, .replacements].map(\.rawValue)

    /// One simulated year, DESIGN.md's six steps, writing every one of the year's outputs into `out`
    /// (`(1 + districts) × Metric.allCases.count` values: the city first, then each district,
    /// each a block indexed by `Metric.rawValue`).
    ///
    /// Streets are visited district by district (slot order), so each district's outputs are summed in
    /// registers; the score noise is drawn by the ziggurat method (`ZigguratNormal`).
    /// - Complexity: O(streets × target staff) per year, plus O(candidates) for the rollout while the
    ///   budget lasts and O(districts log districts) for the Gini indices.
    mutating func step(into out: UnsafeMutableBufferPointer<Double>) {
        let yearKey = runRandom.next()
        var (cityLeft, districtLeft) = committedBudget()
        let openings = rollOut(cityLeft: &cityLeft, districtLeft: &districtLeft)
        let workers = hire(yearKey: yearKey)
        let hours = scenario.supervision.hours(workers: workers)
        evaluate(hours: hours, into: out)
        for d in 0..<inputs.districtCount {
            out[(1 + d) * Self.metricCount + Metric.openings.rawValue] = Double(openings[d])
        }
        summarise(hours: hours, into: out)
    }

    /// 1. Budget: the caps minus what the stations already open commit (their full posts).
    /// Outside the performance policy every station of a district pays the same split, so the
    /// commitment is the district's open stations times one station's parts.
    /// - Returns: what is left for new stations, of the city's budget and of each district's cap.
    func committedBudget() -> (city: Double, districts: [Double]) {
        let x = inputs
        var cityLeft = scenario.funding.cityBudget
        var districtLeft = x.districtCap
        for d in 0..<x.districtCount {
            let c = x.postCost[d]
            if x.performanceShare.isEmpty {
                let a = x.districtShare[d], k = Double(openCount[d])
                cityLeft -= k * (a * c)
                districtLeft[d] -= k * ((1 - a) * c)
            } else {
                for p in x.districtSlots[d]..<x.districtSlots[d + 1] where open[p] {
                    let a = x.cityShare(grade: lastGrade[p], district: d)
                    cityLeft -= a * c
                    districtLeft[d] -= (1 - a) * c
                }
            }
        }
        return (cityLeft, districtLeft)
    }

    /// 2. Rollout: candidates in priority order open while both levels can pay and the limits allow.
    /// Opened candidates leave `candidates`; the scan stops once not even the cheapest candidate's city
    /// part fits (no later candidate could open).
    /// - Returns: openings per district.
    mutating func rollOut(cityLeft: inout Double, districtLeft: inout [Double]) -> [Int] {
        let x = inputs
        let districtLimit = scenario.rollout.maxOpeningsPerDistrict ?? Int.max
        let cityLimit = scenario.rollout.maxOpeningsCity ?? Int.max
        var openings = [Int](repeating: 0, count: x.districtCount)
        var cityOpenings = 0
        var queue: [Int] = []
        swap(&queue, &candidates)
        defer { swap(&queue, &candidates) }
        var kept = 0, i = 0
        while i < queue.count, cityOpenings < cityLimit, cityLeft >= x.cheapestCandidateMargin {
            let p = queue[i]
            i += 1
            let d = x.district[p]
            let c = x.postCost[d]
            // A candidate has no grade yet, so it pays the district's base share.
            let cityPart = x.cityShare(grade: -1, district: d) * c
            let districtPart = c - cityPart
            // A relative slack of 1e-9 so that a budget of exactly k stations opens k despite rounding.
            let slack = StreetArrays.budgetSlack(cost: c)
            if openings[d] < districtLimit, cityPart <= cityLeft + slack, districtPart <= districtLeft[d] + slack {
                open[p] = true
                openCount[d] += 1
                staff[p] = 0
                cityLeft -= cityPart
                districtLeft[d] -= districtPart
                openings[d] += 1
                cityOpenings += 1
            } else {
                queue[kept] = p
                kept += 1
            }
        }
        if kept < i {
            while i < queue.count {
                queue[kept] = queue[i]
                kept += 1
                i += 1
            }
            queue.removeLast(queue.count - kept)
        }
        return openings
    }

    /// 3. Staffing: departures, then vacancies filled while the district's pool lasts (street order).
    /// Leaves each open street's generator counter in `streetCounter` for `evaluate`.
    /// - Returns: social workers in post, city-wide.
    mutating func hire(yearKey: UInt64) -> Int {
        let x = inputs
        let target = scenario.staffing.targetPerStation
        let hiring = scenario.staffing.hiringProbability
        let isOpen = open
        var workers = 0
        staff.withUnsafeMutableBufferPointer { workforce in
            streetCounter.withUnsafeMutableBufferPointer { counters in
                for d in 0..<x.districtCount {
                    var poolLeft = x.pool[d]
                    let turnover = x.turnover[d]
                    for p in x.districtSlots[d]..<x.districtSlots[d + 1] where isOpen[p] {
                        var r = SplitMix64(state: yearKey &+ Self.streetOffset(x.street[p]))
                        let before = workforce[p]
                        var k = before
                        // Branch-free count (departures are rare and random: a branch would mispredict).
                        for _ in 0..<before { k -= r.nextUniform() < turnover ? 1 : 0 }
                        for _ in 0..<max(0, target - k) {
                            // Always draw, so a street's random numbers do not depend on other streets' pools.
                            if r.nextUniform() < hiring && poolLeft > 0 {
                                k += 1
                                poolLeft -= 1
                            }
                        }
                        workforce[p] = k
                        counters[p] = r.state
                        workers += k
                    }
                }
            }
        }
        return workers
    }

    /// 4. Quality and payment; 5. coverage. Each district's sums are kept in locals and stored once
    /// into its block of `out`; scores, grades and (after an operator replacement) staff are updated.
    mutating func evaluate(hours: Double, into out: UnsafeMutableBufferPointer<Double>) {
        let x = inputs, f = scenario.funding, q = scenario.quality, cov = scenario.coverage
        let m = Self.metricCount
        let normal = ZigguratNormal.standard
        let isOpen = open
        let counters = streetCounter
        // Grades are read (for the performance share) and written in the same pass: read first.
        var grades: [Int] = []
        swap(&grades, &lastGrade)
        defer { swap(&grades, &lastGrade) }
        staff.withUnsafeMutableBufferPointer { workforce in
            lastScore.withUnsafeMutableBufferPointer { scores in
                grades.withUnsafeMutableBufferPointer { grade in
                    for d in 0..<x.districtCount {
                        var sums = DistrictSums()
                        let salary = x.salary[d]
                        let base = (1 + d) * m
                        for p in x.districtSlots[d]..<x.districtSlots[d + 1] where isOpen[p] {
                            let staffed = workforce[p]
                            let k = Double(staffed)
                            let cost = f.fixedCost + salary * k
                            let a = x.cityShare(grade: grade[p], district: d)
                            let perResident = cost * x.perResident[p]
                            var r = SplitMix64(state: counters[p])
                            let z = normal.next(using: &r)
                            let raw = q.intercept + q.workers * k + q.supervision * hours
                                + q.fundingPerCapita * perResident + q.lagged * scores[p] + q.noiseSD * z
                            let score = min(100, max(0, raw))
                            let g = q.grade(of: score)
                            let replaced = r.nextUniform() < q.replacementProbability && g == 3

                            let villages = x.villages[p]
                            let reached = min(villages, cov.villagesPerWorker * k)
                            // Exactly 1 when every village is reached (49 · (1/49) alone is one ulp short).
                            let fraction = reached >= villages ? (villages > 0 || staffed > 0 ? 1 : 0)
                                : reached * x.inverseVillages[p]
                            sums.stations += 1
                            if staffed > 0 { sums.covered += 1 }
                            sums.reached += reached
                            sums.elderly += x.servedElderly[p] * fraction
                            sums.children += x.servedChildren[p] * fraction
                            sums.lowIncome += x.servedLowIncome[p] * fraction
                            sums.workers += k
                            sums.costCity += a * cost
                            sums.costDistrict += cost - a * cost
                            sums.score += score
                            sums.count(grade: g)
                            if replaced {
                                sums.replacements += 1
                                // The new operator's first months: each worker leaves with probability `disruption`.
                                var left = staffed
                                for _ in 0..<staffed where r.nextUniform() < q.disruption { left -= 1 }
                                workforce[p] = left
                            }
                            scores[p] = score
                            grade[p] = g
                        }
                        sums.store(into: out, at: base)
                    }
                }
            }
        }
    }

    /// 6. Outputs: city totals, ratios, equity across districts.
    func summarise(hours: Double, into out: UnsafeMutableBufferPointer<Double>) {
        let x = inputs
        let nd = x.districtCount
        let m = Self.metricCount
        for metric in Self.additiveMetrics { out[metric] = 0 }
        for d in 0..<nd {
            for metric in Self.additiveMetrics { out[metric] += out[(1 + d) * m + metric] }
        }
        var coverage = [Double](repeating: 0, count: nd)
        var spending = [Double](repeating: 0, count: nd)
        let cityPopulation = x.districtPopulation.reduce(0, +)
        for unit in 0...nd {
            let base = unit * m
            let streets = unit == 0 ? Double(x.streetCount) : x.districtStreets[unit - 1]
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

/// One district's additive outputs for a year, summed over its streets in slot order. Counts are
/// integers (general registers), so the floating-point sums have the vector registers to themselves.
struct DistrictSums {
    var stations = 0, covered = 0, replacements = 0
    var gradeA = 0, gradeB = 0, gradeC = 0, gradeD = 0
    var reached = 0.0, elderly = 0.0, children = 0.0, lowIncome = 0.0
    var workers = 0.0, costCity = 0.0, costDistrict = 0.0, score = 0.0

    @inline(__always)
    mutating func count(grade: Int) {
        switch grade {
        case 0: gradeA += 1
        case 1: gradeB += 1
        case 2: gradeC += 1
        default: gradeD += 1
        }
    }

    /// Writes the sums into the district's output block starting at `base` (`meanScore` holds the sum of
    /// scores until `summarise` divides it by the stations).
    func store(into out: UnsafeMutableBufferPointer<Double>, at base: Int) {
        out[base + Metric.stationsOpen.rawValue] = Double(stations)
        out[base + Metric.streetsCovered.rawValue] = Double(covered)
        out[base + Metric.villagesReached.rawValue] = reached
        out[base + Metric.servedElderly.rawValue] = elderly
        out[base + Metric.servedChildren.rawValue] = children
        out[base + Metric.servedLowIncome.rawValue] = lowIncome
        out[base + Metric.socialWorkers.rawValue] = workers
        out[base + Metric.costCity.rawValue] = costCity
        out[base + Metric.costDistrict.rawValue] = costDistrict
        out[base + Metric.meanScore.rawValue] = score
        out[base + Metric.gradeA.rawValue] = Double(gradeA)
        out[base + Metric.gradeB.rawValue] = Double(gradeB)
        out[base + Metric.gradeC.rawValue] = Double(gradeC)
        out[base + Metric.gradeD.rawValue] = Double(gradeD)
        out[base + Metric.replacements.rawValue] = Double(replacements)
    }
}
