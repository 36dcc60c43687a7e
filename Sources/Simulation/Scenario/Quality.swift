/// `[quality]`: the yearly evaluation score (0–100) of each open station, its grade, and operator replacement.
///
/// score_t = clamp₀¹⁰⁰( intercept + β_w·workers + β_s·supervision hours per worker
///                      + β_f·funding per resident (yuan) + β_l·score_{t−1} + ε ),  ε ~ N(0, noise_sd²)
/// A new station's score_{t−1} is `initial_score`. Grade: A (优秀) ≥ `thresholds.A`, B (良好) ≥ `thresholds.B`,
/// C (合格) ≥ `thresholds.C`, else D (不合格). After a D the operator (承接机构) is replaced with probability
/// `replacement_probability`; each worker then leaves with probability `disruption` before next year.
public struct Quality: Sendable, Equatable, Codable {
    enum CodingKeys: String, CodingKey {
        case intercept
        case workers
        case supervision
        case fundingPerCapita = "funding_per_capita"
        case lagged
        case noiseSD = "noise_sd"
        case initialScore = "initial_score"
        case thresholds
        case replacementProbability = "replacement_probability"
        case disruption
    }

    /// `intercept`: score points, −1000…1000 (default 30).
    public var intercept: Double = 30
    /// `workers`: points per stationed social worker, −100…100 (default 3).
    public var workers: Double = 3
    /// `supervision`: points per supervision hour per worker per year, −100…100 (default 0.2).
    public var supervision: Double = 0.2
    /// `funding_per_capita`: points per yuan of station spending per street resident, −100…100 (default 0.5).
    public var fundingPerCapita: Double = 0.5
    /// `lagged`: weight of last year's score, −1…1 (default 0.4; |β_l| < 1 keeps scores stable).
    public var lagged: Double = 0.4
    /// `noise_sd`: standard deviation of ε, score points, 0…100 (default 5).
    public var noiseSD: Double = 5
    /// `initial_score`: score_{t−1} of a station's first evaluation and of stations open at the start, 0…100 (default 75).
    public var initialScore: Double = 75
    /// `thresholds`: minimum scores of grades A, B, C (D below C), strictly decreasing, 0…100
    /// (default 90, 80, 60; the usual 优秀/良好/合格/不合格 cut-offs). `D` is ignored.
    public var thresholds = GradeValues(a: 90, b: 80, c: 60, d: 0)
    /// `replacement_probability`: chance a D grade replaces the operator, 0…1 (default 0.5).
    public var replacementProbability: Double = 0.5
    /// `disruption`: chance each worker leaves when the operator is replaced, 0…1 (default 0.5).
    public var disruption: Double = 0.5

    public init() {}

    /// The grade index (0 = A … 3 = D) of a score.
    public func grade(of score: Double) -> Int {
        if score >= thresholds.a { return 0 }
        if score >= thresholds.b { return 1 }
        if score >= thresholds.c { return 2 }
        return 3
    }

    func validate(into v: inout ScenarioValidator) {
        v.check(intercept, -1000...1000, "quality.intercept")
        v.check(workers, -100...100, "quality.workers")
        v.check(supervision, -100...100, "quality.supervision")
        v.check(fundingPerCapita, -100...100, "quality.funding_per_capita")
        v.check(lagged, -1...1, "quality.lagged")
        v.check(noiseSD, 0...100, "quality.noise_sd")
        v.check(initialScore, 0...100, "quality.initial_score")
        v.check(thresholds.a, 0...100, "quality.thresholds.A")
        v.check(thresholds.b, 0...100, "quality.thresholds.B")
        v.check(thresholds.c, 0...100, "quality.thresholds.C")
        if !(thresholds.a > thresholds.b && thresholds.b > thresholds.c) {
            v.add("quality.thresholds", "A > B > C is required, got \(ScenarioValidator.text(thresholds.a)), "
                + "\(ScenarioValidator.text(thresholds.b)), \(ScenarioValidator.text(thresholds.c))")
        }
        v.check(replacementProbability, 0...1, "quality.replacement_probability")
        v.check(disruption, 0...1, "quality.disruption")
    }
}
