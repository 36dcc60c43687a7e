extension PanelData {
    /// Cohorts with fewer than `minimum` units, smallest cohort value first (0 = never treated).
    ///
    /// R did warns about these ("Be aware that there are some small groups in your dataset") with
    /// `minimum` = 5 + the number of covariates: a cohort's ATT(g,t) and its standard error then rest on
    /// a handful of units (one unit: its own noise is the estimate). A unit's cohort is the first one
    /// recorded for it; a missing cohort is never treated.
    ///
    /// Reference: B. Callaway and P. H. C. Sant'Anna, R package did, `pre_process_did`.
    /// - Parameter minimum: the smallest size that is not reported.
    /// - Returns: (cohort, number of units) for each small cohort.
    /// - Complexity: O(rows).
    public func smallCohorts(minimum: Int) -> [(cohort: Int, units: Int)] {
        var cohortOfUnit: [String: Int] = [:]
        for (u, g) in zip(unit, cohort) where cohortOfUnit[u] == nil { cohortOfUnit[u] = g ?? 0 }
        var size: [Int: Int] = [:]
        for g in cohortOfUnit.values { size[g, default: 0] += 1 }
        return size.filter { $0.value < minimum }.sorted { $0.key < $1.key }.map { (cohort: $0.key, units: $0.value) }
    }
}
