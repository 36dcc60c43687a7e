import Stats

/// Population-weighted inequality across districts, as the simulation reports it: Stats'
/// `Descriptive.gini` and `Descriptive.theil` with the convention that a distribution whose mean is
/// 0 (no district covered, nothing spent) is perfectly equal (index 0) instead of an error.
///
/// Reference: F. Cowell, *Measuring Inequality*, 3rd ed., Oxford University Press 2011, §2.2 and §3.3.
public enum Equity {
    /// Weighted Gini coefficient G = Σᵢ Σⱼ wᵢ wⱼ |xᵢ − xⱼ| / (2 W² μ) (`Descriptive.gini`).
    /// - Parameters:
    ///   - x: non-negative values (coverage shares, yuan per resident).
    ///   - weights: non-negative weights (district populations), same count as `x`.
    /// - Returns: G in [0, 1); 0 when every value is 0; NaN for invalid input (negative, non-finite, no weight).
    /// - Complexity: O(n log n).
    public static func gini(_ x: [Double], weights: [Double]) -> Double {
        if let g = try? Descriptive.gini(x, weights: weights) { return g }
        return allZero(x, weights) ? 0 : .nan
    }

    /// Weighted Theil T index T = Σᵢ (wᵢ/W)(xᵢ/μ) ln(xᵢ/μ), 0·ln 0 = 0 (`Descriptive.theil`).
    /// - Returns: T ≥ 0; 0 when every value is 0; NaN for invalid input.
    /// - Complexity: O(n).
    public static func theil(_ x: [Double], weights: [Double]) -> Double {
        if let t = try? Descriptive.theil(x, weights: weights) { return t }
        return allZero(x, weights) ? 0 : .nan
    }

    private static func allZero(_ x: [Double], _ w: [Double]) -> Bool {
        x.count == w.count && w.reduce(0, +) > 0 && x.allSatisfy { $0 == 0 }
    }
}
