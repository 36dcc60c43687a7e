import ArgumentParser
import StationKit

/// `stationkit fit negbin`: negative binomial (NB2) regression with α by maximum likelihood.
struct FitNegbinCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "negbin",
        abstract: "Negative binomial (NB2) regression of overdispersed counts; α by maximum likelihood (log link).",
        discussion: """
            Estimates, standard errors and log-likelihood match statsmodels' discrete NegativeBinomial \
            (smf.negativebinomial, NB2): β and α are estimated jointly by Newton's method and the covariance is \
            the inverse observed information; α is reported as the last coefficient (`alpha`). With --alpha A the \
            dispersion is fixed and the fit is statsmodels' GLM(family=NegativeBinomial(alpha=A)). \
            --exposure COLUMN models rates (log exposure as offset); --offset COLUMN adds a column as is.
            Covariance: classical, --vcov hc0 or --cluster (one- or two-way); with α estimated the sandwich is \
            over (β, α), as statsmodels' NegativeBinomial(cov_type=…). JSON as `fit logit`.

            Examples:
              stationkit fit negbin services.csv "cases ~ social_workers + C(year)" --exposure population
              stationkit fit negbin services.csv "cases ~ social_workers" --alpha 0.5 --format json
            """
    )

    @OptionGroup var options: FitOptions
    @OptionGroup var glm: GLMOptions

    @Option(help: "Fix the NB2 dispersion α (default: estimate it by maximum likelihood).")
    var alpha: Double?

    func validate() throws {
        if let alpha, !(alpha > 0) { throw ValidationError("--alpha must be positive") }
        if glm.trials != nil { throw ValidationError("--trials is for binomial models (probit, cloglog, logit)") }
    }

    func run() throws { try options.runGLM(.negativeBinomial, link: .log, glm: glm, alpha: alpha) }
}
