/// Grade thresholds, as in a bundle's grades.csv: each grade has a `min_score`; a score gets the first grade
/// (from the highest threshold down) whose `min_score` it reaches. A score below every threshold gets the
/// lowest grade (grades.csv normally gives the lowest grade `min_score` 0 anyway).
///
/// A score reaches a threshold t when score ≥ t − 1e-9·max(1, |t|): weighted sums of decimal item scores land a
/// few ulps below a total such as 80.0 that the items add up to exactly (e.g. 100 Σ (max_i/100)·x_i).
public struct GradeScale: Codable, Sendable, Equatable {
    /// One grade.
    public struct Grade: Codable, Sendable, Equatable {
        /// Grade id (A/B/C/D).
        public var id: String
        /// Lowest score that earns the grade.
        public var minScore: Double
        /// Display label (优秀/良好/合格/不合格).
        public var label: String

        public init(id: String, minScore: Double, label: String) {
            self.id = id
            self.minScore = minScore
            self.label = label
        }
    }

    /// Grades, highest threshold first.
    public let grades: [Grade]

    /// - Throws: `WeightingError.invalidInput` when empty, ids repeat, or thresholds are not strictly decreasing
    ///   once sorted (two grades with one threshold).
    public init(_ grades: [Grade]) throws {
        let sorted = grades.sorted { $0.minScore > $1.minScore }
        guard !sorted.isEmpty else { throw WeightingError.invalidInput("grade scale is empty") }
        guard Set(sorted.map(\.id)).count == sorted.count,
              zip(sorted, sorted.dropFirst()).allSatisfy({ $0.minScore > $1.minScore }),
              sorted.allSatisfy({ $0.minScore.isFinite })
        else {
            throw WeightingError.invalidInput("grade thresholds must be finite, distinct, with unique ids: \(grades)")
        }
        self.grades = sorted
    }

    /// The thresholds as compared: `minScore − 1e-9·max(1, |minScore|)`, highest first.
    public var effectiveThresholds: [Double] {
        grades.map { $0.minScore - 1e-9 * max(1, abs($0.minScore)) }
    }

    /// Index (into `grades`) of the grade of `score`.
    public func gradeIndex(_ score: Double) -> Int {
        effectiveThresholds.firstIndex { score >= $0 } ?? (grades.count - 1)
    }

    /// The grade of `score`.
    public func grade(_ score: Double) -> Grade { grades[gradeIndex(score)] }
}
