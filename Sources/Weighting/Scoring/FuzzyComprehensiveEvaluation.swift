import Linalg

/// Fuzzy comprehensive evaluation (模糊综合评价; Wang Peizhuang 1983, *Fuzzy Set Theory and Its Applications*).
///
/// For one alternative, R is the n × g membership matrix (criterion j's membership in grade g, rows summing
/// to 1); B = W ∘ R with the weighted-average operator M(·, ⊕): b_g = Σ_j w_j r_jg (default), or the
/// main-factor operator M(∧, ∨): b_g = max_j min(w_j, r_jg). B is normalised to sum 1 and the grade is the one
/// of maximum membership (最大隶属度原则).
///
/// From numbers to memberships (`membership(of:peaks:)`): triangular functions peaking at each grade's
/// representative score; a value between two adjacent peaks splits linearly between those two grades; beyond
/// the outermost peaks it belongs wholly to the end grade. With a `GradeScale`, the peak of a grade is the
/// midpoint of its score interval (the top grade's interval ends at `top`, e.g. 100).
public struct FuzzyComprehensiveEvaluation: Sendable {
    /// The composition operator.
    public enum Operator: String, Sendable, Codable { case weightedAverage, maxMin }

    public var compositionOperator: Operator

    public init(operator: Operator = .weightedAverage) { self.compositionOperator = `operator` }

    /// B = W ∘ R, normalised to sum 1.
    /// - Parameters:
    ///   - weights: n weights.
    ///   - membership: n × g membership matrix.
    /// - Returns: g grade memberships summing to 1 and the index of the maximum (first on ties).
    /// - Throws: `WeightingError` on mismatched sizes, negative entries or an all-zero result.
    public func evaluate(weights: [Double], membership r: Matrix) throws -> (membership: [Double], grade: Int) {
        try checkWeights(weights, count: r.rows, method: "fuzzy evaluation")
        guard r.storage.allSatisfy({ $0 >= 0 && $0.isFinite }) else {
            throw WeightingError.invalidInput("fuzzy evaluation: memberships must be finite and non-negative")
        }
        let b = (0..<r.columns).map { g -> Double in
            switch compositionOperator {
            case .weightedAverage: return (0..<r.rows).reduce(0.0) { $0 + weights[$1] * r[$1, g] }
            case .maxMin: return (0..<r.rows).reduce(0.0) { max($0, min(weights[$1], r[$1, g])) }
            }
        }
        let normalised = try normalizedToSum(b, what: "fuzzy evaluation vector")
        let best = normalised.indices.max { normalised[$0] < normalised[$1] || (normalised[$0] == normalised[$1] && $0 < $1) }
        return (normalised, best ?? 0)
    }

    /// Triangular memberships of `value` in grades whose representative scores are `peaks` (strictly
    /// monotone, either direction). Returns `peaks.count` numbers summing to 1.
    public static func membership(of value: Double, peaks: [Double]) -> [Double] {
        var mu = [Double](repeating: 0, count: peaks.count)
        guard peaks.count > 1 else { return peaks.isEmpty ? [] : [1] }
        let descending = peaks[0] > peaks[peaks.count - 1]
        let p = descending ? peaks.map { -$0 } : peaks
        let v = descending ? -value : value
        if v <= p[0] { mu[0] = 1; return mu }
        if v >= p[p.count - 1] { mu[p.count - 1] = 1; return mu }
        for k in 0..<(p.count - 1) where v >= p[k] && v <= p[k + 1] {
            let t = (v - p[k]) / (p[k + 1] - p[k])
            mu[k] = 1 - t
            mu[k + 1] = t
            break
        }
        return mu
    }

    /// Representative score of each grade of `scale`: the midpoint of [min_score, next threshold up),
    /// the top grade's interval ending at `top`.
    public static func peaks(of scale: GradeScale, top: Double) -> [Double] {
        scale.grades.indices.map { g in
            let upper = g == 0 ? top : scale.grades[g - 1].minScore
            return (scale.grades[g].minScore + upper) / 2
        }
    }

    /// Evaluates every alternative of a decision matrix: values are min–max normalised (with direction) and
    /// scaled to [0, `top`], memberships come from `peaks(of:top:)`, B from `evaluate`; the score is the
    /// membership-weighted representative score Σ_g b_g · peak_g, and the grade the maximum-membership grade.
    public func scores(_ matrix: DecisionMatrix, weights: [Double], grades: GradeScale, top: Double = 100)
        throws -> CompositeScores
    {
        let r = try Normalization.minMax.apply(to: matrix)
        let peaks = Self.peaks(of: grades, top: top)
        var scores: [Double] = [], labels: [String] = []
        for i in 0..<matrix.alternativeCount {
            var mem = Matrix(rows: matrix.criterionCount, columns: peaks.count)
            for j in 0..<matrix.criterionCount {
                let mu = Self.membership(of: top * r[i, j], peaks: peaks)
                for g in mu.indices { mem[j, g] = mu[g] }
            }
            let (b, g) = try evaluate(weights: weights, membership: mem)
            scores.append(zip(b, peaks).reduce(0.0) { $0 + $1.0 * $1.1 })
            labels.append(grades.grades[g].id)
        }
        return CompositeScores(method: "fuzzy", alternatives: matrix.alternatives, scores: scores, grades: labels)
    }
}
