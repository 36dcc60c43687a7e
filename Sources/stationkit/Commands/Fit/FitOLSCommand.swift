import ArgumentParser
import StationKit

/// `stationkit fit ols`: ordinary least squares.
struct FitOLSCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "ols",
        abstract: "Ordinary least squares with classical, HC0–HC3 or cluster-robust standard errors.",
        discussion: """
            Collinear columns are dropped and reported (R's NA). Covariances and p-values follow \
            statsmodels 0.15: normal reference distribution for robust covariances unless --distribution t; \
            clusters use G/(G-1)·(N-1)/(N-K). JSON fields: model, formula, n, n_dropped, covariance, \
            coefficients[term, estimate, std_error, statistic, p_value, conf_low, conf_high], \
            dropped_collinear, fit[r_squared, adj_r_squared, f_statistic, f_p_value, log_likelihood, aic, bic, \
            df_resid, df_model, ssr, scale].

            Examples:
              stationkit fit ols longley.csv "TOTEMP ~ GNPDEFL + GNP + UNEMP + ARMED + POP + YEAR"
              stationkit fit ols grunfeld.csv "invest ~ value + capital" --cluster firm,year --format json
              stationkit fit ols panel.csv "score ~ staff*C(year)" --vcov hc1 --format csv --output coef.csv
            """
    )

    @OptionGroup var options: FitOptions

    func run() throws { try options.runLinear(weights: nil) }
}
