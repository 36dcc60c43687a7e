/// A validated long sample for the repeated cross-section form of Callaway–Sant'Anna: an unbalanced panel
/// (rows of the same unit share its id, cohort and cluster) or true repeated cross-sections (every row its own
/// unit), as R did with `allow_unbalanced_panel = TRUE` or `panel = FALSE`.
///
/// - Complexity: O(N) hashing for N observations.
struct LongPanel: Sendable {
    /// Sorted distinct periods.
    let periods: [Int]
    /// Unit ids, in order of first appearance (row numbers, 1-based, for repeated cross-sections).
    let unitIDs: [String]
    /// Unit (index into `unitIDs`) of each row.
    let unitOfRow: [Int]
    /// Period (index into `periods`) of each row.
    let periodOfRow: [Int]
    /// Outcome of each row.
    let outcome: [Double]
    /// Sampling weight of each row (1 without weights).
    let weight: [Double]
    /// Cohort per unit: first treated period, 0 = never treated.
    let cohort: [Int]
    /// Cluster index per unit, when clusters were given.
    let clusterOfUnit: [Int]?
    /// Requested covariates per row, `[c][row]`.
    let covariates: [[Double]]

    var unitCount: Int { unitIDs.count }

    /// - Parameters:
    ///   - data: the long input.
    ///   - covariates: names of `data.covariates` to carry (complete and finite).
    ///   - rowsAreUnits: true for repeated cross-sections (ids are ignored).
    /// - Throws: `DiDError` for mismatched columns, non-finite values, a unit seen twice in a period, or a
    ///   cohort or cluster that changes within a unit.
    init(_ data: PanelData, covariates covariateNames: [String], rowsAreUnits: Bool) throws {
        let n = data.count
        let columns = try data.validatedColumns(covariates: covariateNames)
        if let r = data.outcome.firstIndex(where: { !$0.isFinite }) {
            throw DiDError(.nonFinite, row: r, "outcome is missing or not finite")
        }
        let periods = Array(Set(data.time)).sorted()
        let periodIndex = Dictionary(uniqueKeysWithValues: periods.enumerated().map { ($1, $0) })
        var unitIndex: [String: Int] = [:]
        var ids: [String] = []
        var unitOfRow = [Int](repeating: 0, count: n)
        var cohort: [Int] = []
        var clusterOfUnit: [Int] = []
        var clusterIndex: [String: Int] = [:]
        var seen = Set<Int>()   // unit * periods.count + period
        for r in 0..<n {
            let g = data.cohort[r] ?? 0
            if g < 0 { throw DiDError(.design, row: r, "cohort \(g) is negative") }
            var cluster = -1
            if let labels = data.cluster {
                if let k = clusterIndex[labels[r]] { cluster = k } else {
                    cluster = clusterIndex.count
                    clusterIndex[labels[r]] = cluster
                }
            }
            let key = rowsAreUnits ? String(r + 1) : data.unit[r]
            if let i = unitIndex[key] {
                unitOfRow[r] = i
                if cohort[i] != g {
                    throw DiDError(.timeVarying, row: r,
                        "cohort of unit \(key) changes over time (\(cohort[i]) and \(g)); treatment must be absorbing")
                }
                if data.cluster != nil, clusterOfUnit[i] != cluster {
                    throw DiDError(.timeVarying, row: r, "cluster of unit \(key) changes over time")
                }
            } else {
                unitIndex[key] = ids.count
                unitOfRow[r] = ids.count
                ids.append(key)
                cohort.append(g)
                clusterOfUnit.append(cluster)
            }
            let cell = unitOfRow[r] * periods.count + (periodIndex[data.time[r]] ?? 0)
            guard seen.insert(cell).inserted else {
                throw DiDError(.duplicate, row: r, "unit \(key) is observed twice in period \(data.time[r])")
            }
        }
        self.periods = periods
        self.unitIDs = ids
        self.unitOfRow = unitOfRow
        self.periodOfRow = data.time.map { periodIndex[$0] ?? 0 }
        self.outcome = data.outcome
        self.weight = data.weights ?? [Double](repeating: 1, count: n)
        self.cohort = cohort
        self.clusterOfUnit = data.cluster == nil ? nil : clusterOfUnit
        self.covariates = columns
    }
}
