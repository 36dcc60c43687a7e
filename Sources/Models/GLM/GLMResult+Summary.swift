extension GLMResult {
    /// A text summary laid out like statsmodels' `GLMResults.summary()`.
    public func summary() -> String {
        typealias S = SummaryTable
        return SummaryTable(
            title: "Generalized Linear Model Regression Results",
            left: [("Dep. Variable:", specification.formula.response.name), ("Model:", "GLM"),
                   ("Model Family:", model.family.displayName), ("Link Function:", model.resolvedLink.displayName),
                   ("Method:", "IRLS"), ("No. Observations:", "\(observationCount)"),
                   ("Df Residuals:", S.integral(dfResidual)), ("Df Model:", S.integral(dfModel)),
                   ("Covariance Type:", S.covarianceName(model.covariance))],
            right: [("Log-Likelihood:", S.number(logLikelihood, "%#.5g")), ("Deviance:", S.number(deviance, "%#.5g")),
                    ("Null Deviance:", S.number(nullDeviance, "%#.5g")), ("Pearson chi2:", S.number(pearsonChiSquared, "%#.3g")),
                    ("Pseudo R-squ. (McF.):", S.number(pseudoRSquared, "%.4f")), ("AIC:", S.number(aic, "%#.4g")),
                    ("BIC:", S.number(bic, "%#.4g")), ("Scale:", S.number(scale, "%#.5g")),
                    ("No. Iterations:", "\(iterations)"),
                    ("Rows dropped (NA):", "\(droppedRowCount)")],
            coefficients: coefficients, droppedCollinear: droppedCollinear, distribution: distribution,
            confidenceLevel: model.confidenceLevel,
            notes: S.notes(covariance: model.covariance, clusterCounts: clusterCounts,
                           droppedCollinear: droppedCollinear, droppedRows: droppedRowCount)
        ).render()
    }
}
