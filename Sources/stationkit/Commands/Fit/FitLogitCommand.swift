import ArgumentParser
import StationKit

/// `stationkit fit logit`: logistic regression (binomial GLM, logit link) by IRLS.
struct FitLogitCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "logit",
        abstract: "Logistic regression of a 0/1 response (binomial GLM with logit link, IRLS).",
        discussion: """
            Estimates and z statistics match statsmodels' GLM(family=Binomial()). The response is 0/1, a \
            proportion in [0, 1] (fractional logit, e.g. coverage rates; use --vcov hc0), or a count of successes \
            with --trials COLUMN (R's cbind(successes, failures)). Perfect or quasi-complete \
            separation (the MLE does not exist) is an error (exit 65) naming the diverging coefficients. \
            --vcov: classical or hc0; --cluster for cluster-robust errors. JSON: as `fit ols`, plus family, \
            link and fit[log_likelihood, null_log_likelihood, deviance, null_deviance, pearson_chi2, \
            pseudo_r_squared (McFadden), aic, bic, df_resid, df_model, iterations].

            Examples:
              stationkit fit logit spector.csv "GRADE ~ GPA + TUCE + PSI"
              stationkit fit logit districts.csv "covered_streets ~ funding + C(year)" --trials streets
              stationkit fit logit stations.csv "opened ~ log(population) + C(kind)" --cluster district_id --format json
            """
    )

    @OptionGroup var options: FitOptions
    @OptionGroup var glm: GLMOptions

    func run() throws { try options.runGLM(.binomial, link: .logit, glm: glm) }
}
