extension LinearRegressionResult {
    /// A text summary laid out like statsmodels' `summary()`: fit statistics, the coefficient table
    /// (coef, std err, t or z, P>|t|, confidence interval) and notes on the covariance, collinear columns
    /// dropped and rows dropped for missing values.
    public func summary() -> String {
        typealias S = SummaryTable
        return SummaryTable(
            title: "\(model.name) Regression Results",
            left: [("Dep. Variable:", specification.formula.response.name), ("Model:", model.name),
                   ("Method:", "Least Squares"), ("No. Observations:", "\(observationCount)"),
                   ("Df Residuals:", S.integral(dfResidual)), ("Df Model:", S.integral(dfModel)),
                   ("Covariance Type:", S.covarianceName(model.covariance)), ("Rows dropped (NA):", "\(droppedRowCount)")],
            right: [("R-squared:", S.number(rSquared, "%.3f")), ("Adj. R-squared:", S.number(adjustedRSquared, "%.3f")),
                    ("F-statistic:", S.number(fStatistic, "%#.4g")), ("Prob (F-statistic):", S.number(fPValue, "%#.3g")),
                    ("Log-Likelihood:", S.number(logLikelihood, "%#.5g")), ("AIC:", S.number(aic, "%#.4g")),
                    ("BIC:", S.number(bic, "%#.4g")), ("Collinear dropped:", "\(droppedCollinear.count)")],
            coefficients: coefficients, droppedCollinear: droppedCollinear, distribution: distribution,
            confidenceLevel: model.confidenceLevel,
            notes: absorbedNote + S.notes(covariance: model.covariance, clusterCounts: clusterCounts,
                                          droppedCollinear: droppedCollinear, droppedRows: droppedRowCount)
        ).render()
    }

    /// The note on absorbed fixed effects (levels, k_fe, within R²), empty without them.
    var absorbedNote: [String] {
        let effects = specification.formula.absorbedEffects
        guard !effects.isEmpty else { return [] }
        let levels = zip(effects, absorbedLevelCounts).map { "\($0) (\($1))" }.joined(separator: ", ")
        return ["Fixed effects absorbed: \(levels); \(absorbedParameterCount) parameters; within R-squared "
                + SummaryTable.number(withinRSquared ?? .nan, "%.4f") + " (fixest degrees of freedom, t inference)"]
    }
}
