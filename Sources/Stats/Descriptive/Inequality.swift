import RealModule

extension Descriptive {
    /// The Gini coefficient in its mean-difference form:
    /// G = Σᵢ Σⱼ wᵢ wⱼ |xᵢ − xⱼ| / (2 W² μ), W = Σ wᵢ, μ = Σ wᵢxᵢ / W
    /// (with unit weights: G = Σᵢ Σⱼ |xᵢ − xⱼ| / (2 n² x̄), the population Gini, no n/(n − 1) factor).
    ///
    /// Computed in O(n log n) from the sorted values with cumulative weights Cᵢ:
    /// G = Σᵢ wᵢ xᵢ (2Cᵢ − wᵢ − W) / (W Σᵢ wᵢxᵢ), which equals the double sum exactly (ties included).
    /// G = 0 for perfect equality and approaches 1 when one unit holds everything.
    ///
    /// Reference: F. A. Cowell, Measuring Inequality, 3rd ed., Oxford 2011, §2.2 and Technical
    /// Appendix A.2 (mean-difference definition); weights as frequency weights.
    /// - Parameters:
    ///   - x: non-negative values (incomes, staff counts, funding).
    ///   - weights: optional non-negative frequency weights (population shares), one per value.
    /// - Returns: G in [0, 1).
    /// - Throws: `StatsError.emptyInput` for no values (or zero total weight), `StatsError.lengthMismatch`,
    ///   `StatsError.invalidParameter` for a negative or non-finite value or weight, or a zero total.
    /// - Complexity: O(n log n).
    public static func gini(_ x: [Double], weights: [Double]? = nil) throws -> Double {
        let w = weights ?? [Double](repeating: 1, count: x.count)
        let total = try checkedWeightTotal(x, w)
        try checkNonNegative(x)
        let order = stableAscendingOrder(nonNegative: x)
        var cumulative = CompensatedSum()
        var numerator = CompensatedSum()
        var mass = CompensatedSum()
        for i in order {
            cumulative.add(w[i])
            let c = cumulative.value
            numerator.add(w[i] * x[i] * (2 * c - w[i] - total))
            mass.add(w[i] * x[i])
        }
        guard mass.value > 0 else { throw StatsError.invalidParameter("Gini needs a positive total (all values are 0)") }
        return numerator.value / (total * mass.value)
    }

    /// Theil's T index (the GE(1) entropy index): T = (1/W) Σ wᵢ (xᵢ/μ) ln(xᵢ/μ), μ = Σ wᵢxᵢ / W,
    /// with 0 · ln 0 = 0.
    ///
    /// T = 0 for perfect equality and ln W (ln n) when one unit holds everything. It is additively
    /// decomposable into within- and between-group parts.
    ///
    /// Reference: H. Theil, Economics and Information Theory, North-Holland 1967, ch. 4;
    /// F. A. Cowell, Measuring Inequality, 3rd ed., 2011, §3.3 (GE(1)).
    /// - Parameters:
    ///   - x: non-negative values.
    ///   - weights: optional non-negative frequency weights, one per value.
    /// - Returns: T ≥ 0.
    /// - Throws: as `gini`.
    /// - Complexity: O(n).
    public static func theil(_ x: [Double], weights: [Double]? = nil) throws -> Double {
        let w = weights ?? [Double](repeating: 1, count: x.count)
        let total = try checkedWeightTotal(x, w)
        try checkNonNegative(x)
        let mu = CompensatedSum.of(zip(x, w).lazy.map { $0 * $1 }) / total
        guard mu > 0 else { throw StatsError.invalidParameter("Theil index needs a positive mean (all values are 0)") }
        var s = CompensatedSum()
        for (v, wi) in zip(x, w) where v > 0 && wi > 0 {
            let r = v / mu
            s.add(wi * r * Double.log(r))
        }
        return max(s.value / total, 0)
    }

    private static func checkNonNegative(_ x: [Double]) throws {
        for (i, v) in x.enumerated() where !(v >= 0 && v.isFinite) {
            throw StatsError.invalidParameter("value[\(i)] must be non-negative and finite, got \(v)")
        }
    }
}
