import Data

extension PanelData {
    /// Builds a panel from the named columns of a table (e.g. one read by `CSVReader`).
    ///
    /// The unit and cluster columns may hold text or numbers; time must be integral; an empty
    /// cohort cell means never treated (as does 0); the outcome must be numeric.
    /// - Parameters:
    ///   - table: the long-form panel, one row per (unit, period).
    ///   - unit: name of the unit id column.
    ///   - time: name of the period column.
    ///   - cohort: name of the first-treated-period column.
    ///   - outcome: name of the outcome column.
    ///   - cluster: optional name of a time-invariant cluster column.
    ///   - covariates: names of numeric covariate columns, carried into `covariates`.
    ///   - weights: optional name of a numeric sampling-weight column (R did's `weightsname`).
    /// - Throws: `DataError` for a missing or mistyped column; `DiDError` (with the row) for a missing
    ///   unit, period or outcome value.
    public init(table: Table, unit: String, time: String, cohort: String, outcome: String, cluster: String? = nil,
                covariates: [String] = [], weights: String? = nil) throws {
        let units = try table.strings(unit)
        let times = try table.ints(time)
        let cohorts = try table.ints(cohort)
        let y = try table.doubles(outcome)
        var unitIDs: [String] = []
        unitIDs.reserveCapacity(units.count)
        for (r, u) in units.enumerated() {
            guard let u else { throw DiDError(.nonFinite, row: r, column: unit, "missing unit id in column '\(unit)'") }
            unitIDs.append(u)
        }
        if let r = times.firstIndex(of: IntMissing) {
            throw DiDError(.nonFinite, row: r, column: time, "missing period in column '\(time)'")
        }
        if let r = y.firstIndex(where: { !$0.isFinite }) {
            throw DiDError(.nonFinite, row: r, column: outcome, "missing or non-finite outcome in column '\(outcome)'")
        }
        var clusters: [String]? = nil
        if let cluster {
            let c = try table.strings(cluster)
            if let r = c.firstIndex(where: { $0 == nil }) {
                throw DiDError(.nonFinite, row: r, column: cluster, "missing cluster in column '\(cluster)'")
            }
            clusters = c.map { $0 ?? "" }
        }
        var covariateValues: [String: [Double]] = [:]
        for name in covariates { covariateValues[name] = try table.doubles(name) }
        var weightValues: [Double]? = nil
        if let weights {
            let w = try table.doubles(weights)
            if let r = w.firstIndex(where: { !$0.isFinite || $0 < 0 }) {
                throw DiDError(.nonFinite, row: r, column: weights, "weight in column '\(weights)' is missing, negative or not finite")
            }
            weightValues = w
        }
        self.init(unit: unitIDs, time: times, cohort: cohorts.map { $0 == IntMissing ? nil : $0 }, outcome: y,
                  cluster: clusters, covariates: covariateValues, weights: weightValues)
        weightsColumn = weights
    }
}

extension DiDError {
    /// The error located in the CSV file the panel was read from: at the line of `row`, in the error's own
    /// `column` when it has one, else in the column called `column`, as `error: FILE:LINE:COL: message` wants it.
    /// - Parameters:
    ///   - file: the CSV file the panel came from (rows of the panel = data rows of the file).
    ///   - column: the column to point at when the error names none.
    /// - Returns: a `DataError` (exit status 65).
    public func located(in file: CSVFile, column: String) -> DataError {
        guard let row else { return DataError(.invalid, at: SourceLocation(file: file.path), message) }
        return DataError(.invalid, at: file.location(row: row, column: self.column ?? column), message)
    }
}
