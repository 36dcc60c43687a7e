import ArgumentParser
import StationKit

/// Options of the GLM `fit` subcommands beyond `FitOptions`: binomial trials, offset, exposure, iteration limit.
struct GLMOptions: ParsableArguments {
    @Option(help: "Binomial: column of trials; the response is then the count of successes (R's cbind(successes, failures)).")
    var trials: String?

    @Option(help: "Column added to the linear predictor with coefficient 1 (e.g. a log population).")
    var offset: String?

    @Option(help: "Positive column whose log is the offset (counts per exposure, e.g. population).")
    var exposure: String?

    @Option(name: .customLong("max-iter"),
            help: "Iteration limit of IRLS (and of Newton for the negative binomial α); reaching it is an error that reports the last change.")
    var maxIter: Int = 100

    func validate() throws {
        if offset != nil, exposure != nil { throw ValidationError("--offset and --exposure are exclusive") }
        if maxIter < 1 { throw ValidationError("--max-iter must be at least 1") }
    }
}

extension FitOptions {
    /// Fits a GLM with a link, trials/offset/exposure and (negative binomial) a fixed α, and prints.
    func runGLM(_ family: GLMFamily, link: GLMLink?, glm: GLMOptions, alpha: Double? = nil) throws {
        let (parsed, frame) = try prepare()
        let model = GeneralizedLinearModel(formula: parsed, family: family, covariance: covariance, useT: useT,
                                           confidenceLevel: level, maxIterations: glm.maxIter, link: link, trials: glm.trials, offset: glm.offset,
                                           exposure: glm.exposure, alpha: alpha)
        let result = try model.fit(frame)
        try emit(summary: result.summary(), report: GLMReport(result), coefficients: result.coefficients,
                 dropped: result.droppedCollinear)
    }
}
