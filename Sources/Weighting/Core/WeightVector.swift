/// Named criterion weights, as the `weights` command writes them and `score`/`robustness` read them.
///
/// JSON: `{"method": "entropy", "criteria": ["A1", …], "weights": [0.12, …]}` (other keys, such as
/// the AHP consistency numbers, are allowed and ignored when reading).
public struct WeightVector: Codable, Sendable, Equatable {
    /// Which method produced the weights (free text, e.g. "ahp", "entropy", "combined").
    public var method: String
    /// Criterion names.
    public var criteria: [String]
    /// One weight per criterion; the producing methods make them sum to 1.
    public var weights: [Double]

    public init(method: String, criteria: [String], weights: [Double]) {
        self.method = method
        self.criteria = criteria
        self.weights = weights
    }

    /// The weights in the order of `order`, matched by criterion name.
    /// - Throws: `WeightingError.dimensionMismatch` naming a criterion without a weight.
    public func aligned(to order: [String]) throws -> [Double] {
        var byName: [String: Double] = [:]
        for (c, w) in zip(criteria, weights) { byName[c] = w }
        return try order.map { c in
            guard let w = byName[c] else {
                throw WeightingError.dimensionMismatch("no weight for criterion '\(c)' (weights cover \(criteria))")
            }
            return w
        }
    }
}
