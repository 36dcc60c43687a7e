import Foundation

/// Population-weighted inequality indices across districts.
///
/// Reference: F. Cowell, *Measuring Inequality*, 3rd ed., Oxford University Press 2011, ch. 2 and 3
/// (Gini as the weighted mean absolute difference over twice the mean; Theil's T index).
public enum Equity {
    /// Weighted Gini coefficient G = Σᵢ Σⱼ wᵢ wⱼ |xᵢ − xⱼ| / (2 W² μ), μ = Σ wᵢ xᵢ / W, W = Σ wᵢ.
    /// Computed after sorting as Σᵢ wᵢ xᵢ (W₍<ᵢ₎ − W₍>ᵢ₎) / (W² μ).
    /// - Parameters:
    ///   - x: non-negative values (coverage shares, yuan per resident).
    ///   - weights: non-negative weights (district populations), same count as `x`.
    /// - Returns: G in [0, 1); 0 when all values are equal or the weighted mean is 0; NaN for no weight.
    /// - Complexity: O(n log n).
    public static func gini(_ x: [Double], weights: [Double]) -> Double {
        let order = x.indices.sorted { x[$0] < x[$1] }
        let total = weights.reduce(0, +)
        guard total > 0 else { return .nan }
        let mean = zip(x, weights).reduce(0) { $0 + $1.0 * $1.1 } / total
        guard mean > 0 else { return 0 }
        var below = 0.0
        var sum = 0.0
        for i in order {
            let above = total - below - weights[i]
            sum += weights[i] * x[i] * (below - above)
            below += weights[i]
        }
        return sum / (total * total * mean)
    }

    /// Weighted Theil T index T = Σᵢ (wᵢ/W) (xᵢ/μ) ln(xᵢ/μ), with 0·ln 0 = 0.
    /// - Returns: T in [0, ln(W/min w)]; 0 when the weighted mean is 0; NaN for no weight.
    /// - Complexity: O(n).
    public static func theil(_ x: [Double], weights: [Double]) -> Double {
        let total = weights.reduce(0, +)
        guard total > 0 else { return .nan }
        let mean = zip(x, weights).reduce(0) { $0 + $1.0 * $1.1 } / total
        guard mean > 0 else { return 0 }
        var t = 0.0
        for (xi, wi) in zip(x, weights) where xi > 0 {
            let r = xi / mean
            t += wi / total * r * log(r)
        }
        return t
    }
}
