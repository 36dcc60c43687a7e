import ArgumentParser
import StationKit

/// `stationkit fit probit`: binomial GLM with the probit link.
struct FitProbitCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "probit",
        abstract: "Probit regression of a 0/1, proportion or success-count response (binomial GLM, IRLS).",
        discussion: """
            Estimates match statsmodels' GLM(family=Binomial(link=Probit())). The response is 0/1, a proportion \
            in [0, 1] (fractional response), or a count of successes with --trials COLUMN. Covariance: classical \
            or --vcov hc0 or --cluster (sandwich with the observed-information bread, as statsmodels). Separation \
            is an error (exit 65). JSON as `fit logit`.

            Examples:
              stationkit fit probit spector.csv "GRADE ~ GPA + TUCE + PSI"
              stationkit fit probit streets.csv "covered ~ log(population) + C(district)" --trials villages --format json
            """
    )

    @OptionGroup var options: FitOptions
    @OptionGroup var glm: GLMOptions

    func run() throws { try options.runGLM(.binomial, link: .probit, glm: glm) }
}
