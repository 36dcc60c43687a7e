import ArgumentParser
import StationKit

/// `stationkit fit poisson`: Poisson regression (log link) by IRLS.
struct FitPoissonCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "poisson",
        abstract: "Poisson regression of a count response (GLM with log link, IRLS).",
        discussion: """
            Estimates match statsmodels' GLM(family=Poisson()). Zero-count cells that drive a mean to 0 are \
            reported as separation (exit 65). --vcov: classical or hc0 (use hc0 or --cluster for \
            overdispersed counts, or `fit negbin`). --exposure COLUMN models rates per exposure (log exposure \
            as offset), --offset COLUMN adds a column to the linear predictor. JSON as `fit logit`.

            Examples:
              stationkit fit poisson cpunish.csv "EXECUTIONS ~ log(INCOME) + PERPOVERTY + SOUTH"
              stationkit fit poisson services.csv "cases ~ social_workers + C(year)" --vcov hc0 --format csv
              stationkit fit poisson services.csv "cases ~ social_workers" --exposure population
            """
    )

    @OptionGroup var options: FitOptions
    @OptionGroup var glm: GLMOptions

    func run() throws { try options.runGLM(.poisson, link: .log, glm: glm) }
}
