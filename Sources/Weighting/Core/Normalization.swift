import Linalg

/// Column normalisations of a decision matrix, with direction (benefit/cost).
public enum Normalization: String, Codable, Sendable, CaseIterable {
    /// No change (raw values).
    case none
    /// Min–max (极差标准化): benefit r = (x − min)/(max − min), cost r = (max − x)/(max − min); r ∈ [0, 1].
    case minMax
    /// Vector (Hwang & Yoon 1981, TOPSIS): r = x / √(Σ x²) for both directions (direction enters
    /// through the ideal point).
    case vector
    /// Linear max (线性比例): benefit r = x / max, cost r = min / x.
    case max

    /// Normalises every column of `matrix`.
    /// - Returns: an m × n matrix of normalised values.
    /// - Throws: `WeightingError.constantColumn` for `.minMax` on a constant column; `.invalidInput` for
    ///   `.vector` on an all-zero column or `.max` on a column with a non-positive maximum or a zero cost value.
    /// - Complexity: O(m n).
    public func apply(to matrix: DecisionMatrix) throws -> Matrix {
        let m = matrix.alternativeCount
        var out = matrix.values
        for j in 0..<matrix.criterionCount {
            let col = matrix.values.column(j)
            let name = matrix.criteria[j]
            let cost = matrix.directions[j] == .cost
            let lo = col.min() ?? 0, hi = col.max() ?? 0
            switch self {
            case .none:
                continue
            case .minMax:
                guard hi > lo else { throw WeightingError.constantColumn(criterion: name) }
                for i in 0..<m { out[i, j] = cost ? (hi - col[i]) / (hi - lo) : (col[i] - lo) / (hi - lo) }
            case .vector:
                let norm = col.reduce(0) { $0 + $1 * $1 }.squareRoot()
                guard norm > 0 else {
                    throw WeightingError.invalidInput("criterion '\(name)' is all zero: vector normalisation divides by 0")
                }
                for i in 0..<m { out[i, j] = col[i] / norm }
            case .max:
                guard lo >= 0, hi > 0, !cost || lo > 0 else {
                    throw WeightingError.invalidInput(
                        "criterion '\(name)': linear max normalisation needs positive values (min \(lo), max \(hi))")
                }
                for i in 0..<m { out[i, j] = cost ? lo / col[i] : col[i] / hi }
            }
        }
        return out
    }
}

/// Normalises a vector of non-negative numbers to sum 1.
/// - Throws: `WeightingError.degenerate` when the sum is not positive or an entry is negative or not finite.
func normalizedToSum(_ x: [Double], what: String) throws -> [Double] {
    let s = x.reduce(0, +)
    guard s > 0, s.isFinite, x.allSatisfy({ $0 >= 0 && $0.isFinite }) else {
        throw WeightingError.degenerate("\(what): cannot normalise \(x) to sum 1")
    }
    return x.map { $0 / s }
}
