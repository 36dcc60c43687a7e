import ArgumentParser
import StationKit

/// `stationkit fit cloglog`: binomial GLM with the complementary log-log link.
struct FitCloglogCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "cloglog",
        abstract: "Complementary log-log regression of a 0/1, proportion or success-count response (binomial GLM, IRLS).",
        discussion: """
            Estimates match statsmodels' GLM(family=Binomial(link=CLogLog())). The response is 0/1, a proportion \
            in [0, 1] (fractional response), or a count of successes with --trials COLUMN. Covariance: classical \
            or --vcov hc0 or --cluster (sandwich with the observed-information bread, as statsmodels). Separation \
            is an error (exit 65). cloglog suits coverage reached by a hazard: 1 − μ = exp(−e^η). JSON as `fit logit`.

            Examples:
              stationkit fit cloglog spector.csv "GRADE ~ GPA + TUCE + PSI"
              stationkit fit cloglog streets.csv "covered ~ log(population) + C(district)" --trials villages --format json
            """
    )

    @OptionGroup var options: FitOptions
    @OptionGroup var glm: GLMOptions

    func run() throws { try options.runGLM(.binomial, link: .cloglog, glm: glm) }
}
