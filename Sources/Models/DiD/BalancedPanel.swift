/// A validated balanced panel in wide form: units × periods, the layout all DiD estimators share.
///
/// Built from `PanelData`: units keep the order of their first appearance, periods are sorted.
/// Every unit must be observed exactly once in every period (`DiDError.unbalanced`/`.duplicate`
/// otherwise), with a finite outcome and a cohort and cluster that do not change over time.
///
/// - Complexity: O(N) hashing for N observations; the outcome matrix takes units × periods doubles.
struct BalancedPanel: Sendable {
    /// Unit ids, in order of first appearance.
    let unitIDs: [String]
    /// Sorted distinct periods.
    let periods: [Int]
    /// Outcome, row-major by unit: `outcome[i * periods.count + t]`.
    let outcome: [Double]
    /// Cohort per unit: first treated period, 0 = never treated.
    let cohort: [Int]
    /// Cluster index per unit (0..<clusterCount); each unit its own cluster when no cluster was given.
    let clusterIndex: [Int]
    /// Number of distinct clusters.
    let clusterCount: Int
    /// Whether clusters were given (coarser than units).
    let clustered: Bool
    /// The observation (row of the long input) of each unit's first period, for error locations.
    let firstRow: [Int]
    /// Sampling weight per unit (1 when the panel has none).
    let weight: [Double]
    /// Requested covariates in the outcome's layout (`[c][i * periods.count + t]`), in the order asked.
    let covariates: [[Double]]

    var unitCount: Int { unitIDs.count }
    var periodCount: Int { periods.count }

    /// - Parameters:
    ///   - data: the long panel.
    ///   - covariates: names of `data.covariates` to carry (each must be complete and finite).
    init(_ data: PanelData, covariates covariateNames: [String] = []) throws {
        let n = data.count
        let covariateColumns = try data.validatedColumns(covariates: covariateNames)
        var unitIndex: [String: Int] = [:]
        unitIndex.reserveCapacity(n / 2)
        var ids: [String] = []
        var unitOfRow = [Int](repeating: 0, count: n)
        var firstRow: [Int] = []
        for r in 0..<n {
            let u = data.unit[r]
            if let k = unitIndex[u] {
                unitOfRow[r] = k
            } else {
                unitIndex[u] = ids.count
                unitOfRow[r] = ids.count
                ids.append(u)
                firstRow.append(r)
            }
        }
        let periods = Array(Set(data.time)).sorted()
        var periodIndex: [Int: Int] = [:]
        for (k, p) in periods.enumerated() { periodIndex[p] = k }
        let units = ids.count, tCount = periods.count
        guard units * tCount == n else {
            // Find a unit with the wrong number of observations for the message.
            var counts = [Int](repeating: 0, count: units)
            for r in 0..<n { counts[unitOfRow[r]] += 1 }
            if let bad = counts.firstIndex(where: { $0 != tCount }) {
                throw DiDError(.unbalanced, row: firstRow[bad],
                    "unbalanced panel: unit \(ids[bad]) has \(counts[bad]) observations for \(tCount) periods; "
                    + "the balanced-panel estimator needs every unit in every period (for R did's unbalanced-panel "
                    + "estimator use panelType .unbalanced, --panel-type unbalanced)")
            }
            throw DiDError(.unbalanced, "unbalanced panel: \(n) observations for \(units) units × \(tCount) periods")
        }
        var y = [Double](repeating: .nan, count: n)
        var covariateWide = covariateColumns.map { _ in [Double](repeating: .nan, count: n) }
        var seen = [Bool](repeating: false, count: n)
        var cohort = [Int](repeating: 0, count: units)
        var cohortSet = [Bool](repeating: false, count: units)
        var clusterOfUnit = [Int](repeating: -1, count: units)
        var weight = [Double](repeating: 1, count: units)
        var weightSet = [Bool](repeating: false, count: units)
        var clusterIndex: [String: Int] = [:]
        for r in 0..<n {
            let i = unitOfRow[r]
            guard let t = periodIndex[data.time[r]] else { continue }
            let cell = i * tCount + t
            if seen[cell] {
                throw DiDError(.duplicate, row: r, "unit \(ids[i]) is observed twice in period \(data.time[r])")
            }
            seen[cell] = true
            let v = data.outcome[r]
            guard v.isFinite else {
                throw DiDError(.nonFinite, row: r, "outcome of unit \(ids[i]) in period \(data.time[r]) is missing or not finite")
            }
            y[cell] = v
            for c in covariateColumns.indices { covariateWide[c][cell] = covariateColumns[c][r] }
            let g = data.cohort[r] ?? 0
            if g < 0 { throw DiDError(.design, row: r, "cohort \(g) of unit \(ids[i]) is negative") }
            if cohortSet[i] {
                if cohort[i] != g {
                    throw DiDError(.timeVarying, row: r,
                        "cohort of unit \(ids[i]) changes over time (\(cohort[i]) and \(g)); treatment must be absorbing")
                }
            } else {
                cohort[i] = g
                cohortSet[i] = true
            }
            if let w = data.weights?[r] {
                if weightSet[i], weight[i] != w {
                    throw DiDError(.timeVarying, row: r, column: data.weightsColumn, "weight of unit \(ids[i]) changes over time; give one weight "
                        + "per unit (or use the unbalanced-panel estimator, which weighs each observation)")
                }
                weight[i] = w
                weightSet[i] = true
            }
            if let clusters = data.cluster {
                let label = clusters[r]
                let c: Int
                if let k = clusterIndex[label] { c = k } else { c = clusterIndex.count; clusterIndex[label] = c }
                if clusterOfUnit[i] < 0 {
                    clusterOfUnit[i] = c
                } else if clusterOfUnit[i] != c {
                    throw DiDError(.timeVarying, row: r, "cluster of unit \(ids[i]) changes over time")
                }
            }
        }
        if let bad = seen.firstIndex(of: false) {
            let i = bad / tCount
            throw DiDError(.unbalanced, row: firstRow[i],
                "unbalanced panel: unit \(ids[i]) is not observed in period \(periods[bad % tCount]) "
                + "(for R did's unbalanced-panel estimator use panelType .unbalanced, --panel-type unbalanced)")
        }
        self.unitIDs = ids
        self.periods = periods
        self.outcome = y
        self.cohort = cohort
        self.firstRow = firstRow
        self.covariates = covariateWide
        self.weight = weight
        if data.cluster != nil {
            self.clusterIndex = clusterOfUnit
            self.clusterCount = clusterIndex.count
            self.clustered = true
        } else {
            self.clusterIndex = Array(0..<units)
            self.clusterCount = units
            self.clustered = false
        }
    }

}
