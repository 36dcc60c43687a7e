import ArgumentParser
import StationKit

/// `stationkit fit gamma`: Gamma GLM with the log link.
struct FitGammaCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "gamma",
        abstract: "Gamma regression of a positive response with the log link (GLM, IRLS).",
        discussion: """
            Estimates match statsmodels' GLM(family=Gamma(link=Log())): coefficients are log ratios of means; \
            the scale is Pearson χ²/(n − k) and standard errors use it (z statistics as statsmodels). \
            Responses must be positive. Covariance: classical, --vcov hc0 or --cluster (one- or two-way; sandwich \
            with the observed-information bread, as statsmodels). JSON as `fit logit`, fit.scale in the summary.

            Examples:
              stationkit fit gamma costs.csv "cost_per_case ~ staff + C(district)"
              stationkit fit gamma costs.csv "cost_per_case ~ log(population)" --format json --output gamma.json
            """
    )

    @OptionGroup var options: FitOptions
    @OptionGroup var glm: GLMOptions

    func validate() throws {
        if glm.trials != nil { throw ValidationError("--trials is for binomial models (probit, cloglog, logit)") }
    }

    func run() throws { try options.runGLM(.gamma, link: .log, glm: glm) }
}
