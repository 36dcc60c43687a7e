/// Composite scores of the alternatives, with ranks and (optionally) grades.
public struct CompositeScores: Codable, Sendable, Equatable {
    /// The scoring method ("weighted", "topsis", "gra", "fuzzy").
    public var method: String
    /// Alternative ids.
    public var alternatives: [String]
    /// One score per alternative; higher is better for every method.
    public var scores: [Double]
    /// Competition ranks (1 = best), see `competitionRanks`.
    public var ranks: [Int]
    /// Grade id per alternative when thresholds were given.
    public var grades: [String]?

    public init(method: String, alternatives: [String], scores: [Double], grades: [String]? = nil) {
        self.method = method
        self.alternatives = alternatives
        self.scores = scores
        self.ranks = competitionRanks(scores)
        self.grades = grades
    }
}
