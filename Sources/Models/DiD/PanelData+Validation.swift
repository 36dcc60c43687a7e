extension PanelData {
    /// Checks the shapes shared by every DiD sample (equal column lengths, cluster and weights per observation,
    /// weights finite and ≥ 0) and returns the requested covariate columns, each complete and finite.
    /// - Parameter names: names of `covariates` to return, in this order.
    /// - Throws: `DiDError(.shape)` for an empty panel, mismatched lengths or an unknown covariate;
    ///   `DiDError(.nonFinite)` (with the row) for a missing covariate or a bad weight.
    func validatedColumns(covariates names: [String]) throws -> [[Double]] {
        let n = count
        guard n > 0 else { throw DiDError(.shape, "the panel has no observations") }
        guard unit.count == n, time.count == n, cohort.count == n else {
            throw DiDError(.shape, "panel columns differ in length: unit \(unit.count), time \(time.count), "
                + "cohort \(cohort.count), outcome \(n)")
        }
        if let c = cluster, c.count != n {
            throw DiDError(.shape, "cluster has \(c.count) values for \(n) observations")
        }
        if let w = weights {
            guard w.count == n else { throw DiDError(.shape, "weights have \(w.count) values for \(n) observations") }
            if let r = w.firstIndex(where: { !$0.isFinite || $0 < 0 }) {
                throw DiDError(.nonFinite, row: r, column: weightsColumn, "weight \(w[r]) is negative or not finite")
            }
        }
        return try names.map { name in
            guard let column = covariates[name] else { throw DiDError(.shape, "no covariate '\(name)' in the panel") }
            guard column.count == n else {
                throw DiDError(.shape, "covariate '\(name)' has \(column.count) values for \(n) observations")
            }
            if let r = column.firstIndex(where: { !$0.isFinite }) {
                throw DiDError(.nonFinite, row: r, column: name, "covariate '\(name)' is missing or not finite")
            }
            return column
        }
    }
}
