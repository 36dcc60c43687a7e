import ArgumentParser

/// `stationkit fit <model>`: fits a statistical model to a CSV table (one subcommand per model family).
struct FitCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "fit",
        abstract: "Fit regression models to a CSV table (formulas like R/statsmodels/fixest).",
        discussion: """
            Formulas: `y ~ x1 + x2 + C(district) + x1:x2 + x1*x2 + log(x3)`; `-1` or `+0` drops the intercept; \
            C() codes a column as categorical with the first level in sorted order as reference (as \
            statsmodels). Rows with missing values in used columns are dropped and counted. A formula error \
            shows a caret under the problem and exits 64 (usage error).

            Examples:
              stationkit fit ols panel.csv "score ~ staff + log(funding) + C(district)"
              stationkit fit ols grunfeld.csv "invest ~ value + capital" --cluster firm --format json
              stationkit fit wls panel.csv "score ~ staff" --weights population --vcov hc3
              stationkit fit logit spector.csv "GRADE ~ GPA + TUCE + PSI" --format json
              stationkit fit ols 社工站.xlsx --sheet 2025年 "score ~ staff + C(district)"
            """,
        subcommands: [FitOLSCommand.self, FitWLSCommand.self, FitLogitCommand.self, FitProbitCommand.self, FitCloglogCommand.self,
                      FitPoissonCommand.self, FitNegbinCommand.self, FitGammaCommand.self, FitCurveCommand.self]
    )
}
