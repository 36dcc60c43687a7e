import Data
import Models

extension Calibration {
    /// Estimates the scenario parameters from a bundle with staffing, funding and evaluations tables.
    /// - Parameter bundle: a loaded dataset bundle (DESIGN.md, "Dataset bundle").
    /// - Returns: the calibration (see the type's documentation for every estimator).
    /// - Throws: `DataError` when a table or column is missing or too few rows remain for a fit;
    ///   `ModelError`/`LinalgError` from the score regression.
    /// - Complexity: O(rows of staffing, funding and evaluations).
    public static func estimate(_ bundle: DatasetBundle) throws -> Calibration {
        let m = bundle.manifest
        let file = bundle.directory
        for t in ["staffing", "funding", "evaluations"] where bundle.tables[t] == nil {
            throw DataError(at: SourceLocation(file: file), "calibration needs the \(t) table")
        }
        let dist = bundle.districts, streets = bundle.streets, stations = bundle.stations
        let districtIDs = try dist.strings("district_id").map { $0 ?? "" }
        let dPop = try dist.doubles("population"), dCap = try dist.doubles("fiscal_capacity")
        var streetDistrict: [String: String] = [:]
        for (s, d) in zip(try streets.strings("street_id"), try streets.strings("district_id")) {
            if let s, let d { streetDistrict[s] = d }
        }
        var stationDistrict: [String: String] = [:], opened: [String: Int] = [:]
        for (i, (st, sr)) in zip(try stations.strings("station_id"), try stations.strings("street_id")).enumerated() {
            if let st, let sr { stationDistrict[st] = streetDistrict[sr] }
            if let st { opened[st] = try stations.ints("opened")[i] }
        }
        let years = "\(m.firstYear)–\(m.lastYear)"

        // Staffing: one record per station-year.
        let sf = bundle.tables["staffing"] ?? bundle.table("staffing")
        let sID = try sf.strings("station_id"), sYear = try sf.ints("year")
        let workers = try sf.doubles("social_workers"), hours = try sf.doubles("supervision_hours")
        let hires = try sf.doubles("hires"), departures = try sf.doubles("departures"), salary = try sf.doubles("salary")
        var row: [String: Int] = [:]
        for i in 0..<sf.rowCount { if let s = sID[i] { row["\(s)|\(sYear[i])"] = i } }
        var dep: [String: (Double, Double, Int)] = [:], openingStaff: [String: Double] = [:]
        for i in 0..<sf.rowCount { if let s = sID[i], opened[s] == sYear[i] { openingStaff[s] = workers[i] } }
        var hired = 0.0, vacancies = 0.0, nHire = 0
        var salaryLast: [String: [Double]] = [:], staffLast: [Double] = [], hoursLast: [Double] = []
        for i in 0..<sf.rowCount {
            guard let s = sID[i], let d = stationDistrict[s] else { continue }
            if sYear[i] == m.lastYear {
                salaryLast[d, default: []].append(salary[i])
                staffLast.append(workers[i])
                hoursLast.append(hours[i])
            }
            guard let p = row["\(s)|\(sYear[i] - 1)"], opened[s] != sYear[i] else { continue }
            var a = dep[d] ?? (0, 0, 0)
            a.0 += departures[i]; a.1 += workers[p]; a.2 += 1
            dep[d] = a
            if let k = openingStaff[s] {
                let open = k - (workers[p] - departures[i])
                if open > 0 { hired += hires[i]; vacancies += open; nHire += 1 }
            }
        }
        let turnoverSource = "staffing.csv \(years), station-years after opening: Σ departures / Σ previous-year social_workers"
        var turnoverBy: [String: CalibratedValue] = [:]
        for (d, a) in dep { turnoverBy[d] = .proportion(a.0, a.1, n: a.2, source: turnoverSource) }
        let all = dep.values.reduce((0.0, 0.0, 0)) { ($0.0 + $1.0, $0.1 + $1.1, $0.2 + $1.2) }
        let turnover = CalibratedValue.proportion(all.0, all.1, n: all.2, source: turnoverSource + " (all districts)")
        let hiring = CalibratedValue.proportion(hired, vacancies, n: nHire,
            source: "staffing.csv \(years): Σ hires / Σ (opening-year staff − staff remaining after departures), rows with a vacancy")
        let target = CalibratedValue.mean(Array(openingStaff.values),
            source: "staffing.csv \(years): mean social_workers in the opening year")

        // Score model: totals per station-year.
        let ev = bundle.tables["evaluations"] ?? bundle.table("evaluations")
        var total: [String: Double] = [:]
        for (i, (s, y)) in zip(try ev.strings("station_id"), try ev.ints("year")).enumerated() {
            if let s { total["\(s)|\(y)", default: 0] += try ev.doubles("score")[i] }
        }
        var ys: [Double] = [], xw: [Double] = [], xh: [Double] = [], xl: [Double] = [], lastScores: [Double] = []
        for i in 0..<sf.rowCount {
            guard let s = sID[i], let t = total["\(s)|\(sYear[i])"] else { continue }
            if sYear[i] == m.lastYear { lastScores.append(t) }
            guard let lag = total["\(s)|\(sYear[i] - 1)"], workers[i] > 0 else { continue }
            ys.append(t); xw.append(workers[i]); xh.append(hours[i] / workers[i]); xl.append(lag)
        }
        guard ys.count > 4 else {
            throw DataError(at: SourceLocation(file: file), "calibration: too few station-years with a previous score (\(ys.count))")
        }
        let frame = try ModelFrame(numeric: ["score": ys, "workers": xw, "hours": xh, "lagged": xl])
        let fit = try LinearModel(formula: Formula("score ~ workers + hours + lagged")).fit(frame)
        let scoreSource = "evaluations.csv + staffing.csv \(years): OLS of total score on social_workers, supervision_hours/social_workers, previous-year total (R² \(String(format: "%.3f", fit.rSquared)))"
        func coef(_ term: String) -> CalibratedValue {
            let c = fit.coefficient(term)
            return CalibratedValue(value: c?.estimate ?? .nan, standardError: c?.standardError ?? .nan,
                                   n: fit.observationCount, source: scoreSource)
        }
        let noise = CalibratedValue(value: fit.scale.squareRoot(), standardError: .nan, n: fit.observationCount,
                                    source: scoreSource + ": residual sd")

        // Funding shares and costs.
        let fu = bundle.tables["funding"] ?? bundle.table("funding")
        let fID = try fu.strings("station_id"), fYear = try fu.ints("year")
        let city = try fu.doubles("city"), district = try fu.doubles("district"), other = try fu.doubles("other")
        var shares: [String: [Double]] = [:], sums: [String: (Double, Double)] = [:], fixed: [Double] = []
        var lastCity = 0.0, lastDistrict = 0.0, nLast = 0
        for i in 0..<fu.rowCount {
            guard let s = fID[i], let d = stationDistrict[s] else { continue }
            let paid = city[i] + district[i]
            if fYear[i] == m.lastYear { lastCity += city[i]; lastDistrict += district[i]; nLast += 1 }
            if paid > 0 { shares[d, default: []].append(city[i] / paid) }
            var a = sums[d] ?? (0, 0)
            a.0 += city[i]; a.1 += paid
            sums[d] = a
            if let r = row["\(s)|\(fYear[i])"] { fixed.append(city[i] + district[i] + other[i] - workers[r] * salary[r]) }
        }
        let shareSource = "funding.csv \(years): Σ city / Σ (city + district); SE from the station-year ratios"
        var shareBy: [String: CalibratedValue] = [:]
        for (d, a) in sums where a.1 > 0 {
            let rs = CalibratedValue.mean(shares[d] ?? [], source: shareSource)
            shareBy[d] = CalibratedValue(value: a.0 / a.1, standardError: rs.standardError, n: rs.n, source: shareSource)
        }
        let cityCap = dCap.reduce(0, +) / max(1, dPop.reduce(0, +))
        var rx: [Double] = [], ry: [Double] = []
        for (j, d) in districtIDs.enumerated() {
            if let s = shareBy[d], dPop[j] > 0, cityCap > 0 { rx.append(dCap[j] / dPop[j] / cityCap); ry.append(s.value) }
        }
        let policySource = "OLS of the \(rx.count) district shares on relative fiscal capacity per resident (districts.csv)"
        var cityShare = CalibratedValue.mean(ry, source: "mean of the district shares (fewer than 3 districts)")
        var slope = CalibratedValue(value: 0, standardError: .nan, n: rx.count, source: "no capacity effect estimated")
        if rx.count >= 3 {
            let share = try LinearModel(formula: Formula("share ~ r")).fit(ModelFrame(numeric: ["share": ry, "r": rx]))
            let a = share.coefficient("Intercept"), b = share.coefficient("r")
            let cov = share.covarianceRows
            let ab = cov.count == 2 ? cov[0][0] + cov[1][1] + 2 * cov[0][1] : .nan
            cityShare = CalibratedValue(value: (a?.estimate ?? .nan) + (b?.estimate ?? .nan), standardError: ab.squareRoot(),
                                        n: rx.count, source: policySource + ": share at r = 1 (R² \(String(format: "%.3f", share.rSquared)))")
            slope = CalibratedValue(value: -(b?.estimate ?? .nan), standardError: b?.standardError ?? .nan,
                                    n: rx.count, source: policySource + ": minus the slope")
        }
        let salarySource = "staffing.csv \(m.lastYear): mean salary"
        var salaryBy: [String: CalibratedValue] = [:]
        for (d, xs) in salaryLast { salaryBy[d] = .mean(xs, source: salarySource) }
        return Calibration(
            bundleName: m.name, firstYear: m.firstYear, lastYear: m.lastYear, districtIDs: districtIDs,
            turnoverByDistrict: turnoverBy, turnover: turnover, hiringProbability: hiring, target: target,
            scoreIntercept: coef("Intercept"), scoreWorkers: coef("workers"), scoreSupervision: coef("hours"),
            scoreLagged: coef("lagged"), scoreNoiseSD: noise, scoreRSquared: fit.rSquared,
            cityShareByDistrict: shareBy, cityShare: cityShare, capacitySlope: slope,
            minShare: ry.min() ?? 0, maxShare: ry.max() ?? 1,
            salaryByDistrict: salaryBy, salary: .mean(salaryLast.values.flatMap { $0 }, source: salarySource + " (all stations)"),
            fixedCost: .mean(fixed, source: "funding.csv + staffing.csv \(years): mean of city + district + other − social_workers × salary"),
            cityBudget: CalibratedValue(value: lastCity, standardError: .nan, n: nLast,
                                        source: "funding.csv \(m.lastYear): Σ city over stations"),
            districtBudgetShare: CalibratedValue(value: dCap.reduce(0, +) > 0 ? lastDistrict / dCap.reduce(0, +) : .nan,
                                                 standardError: .nan, n: nLast,
                                                 source: "funding.csv \(m.lastYear): Σ district over stations ÷ Σ fiscal_capacity (districts.csv)"),
            supervisionPerWorker: CalibratedValue(value: staffLast.reduce(0, +) > 0 ? hoursLast.reduce(0, +) / staffLast.reduce(0, +) : .nan,
                                                  standardError: .nan, n: staffLast.count,
                                                  source: "staffing.csv \(m.lastYear): Σ supervision_hours / Σ social_workers"),
            supervisionPool: CalibratedValue(value: hoursLast.reduce(0, +), standardError: .nan, n: hoursLast.count,
                                             source: "staffing.csv \(m.lastYear): Σ supervision_hours"),
            initialStaff: .mean(staffLast, source: "staffing.csv \(m.lastYear): mean social_workers"),
            initialScore: .mean(lastScores, source: "evaluations.csv \(m.lastYear): mean total score"))
    }
}
