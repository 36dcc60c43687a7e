import Foundation

/// One factor of a formula term: a data column, optionally transformed, or a column coded as categorical.
///
/// A numeric factor contributes one design column (`x`, `log(x)`); a categorical factor contributes one
/// indicator column per level (minus the reference level when a lower-order term already spans the
/// constant, following patsy's full-rank rules, see `DesignMatrixBuilder`).
public struct Factor: Hashable, Sendable, Codable, CustomStringConvertible {
    /// The elementwise transformation applied to a numeric column.
    public enum Transform: String, Hashable, Sendable, Codable, CaseIterable {
        /// The column itself.
        case identity
        /// Natural logarithm, `log(x)` (also written `np.log(x)`); defined for x > 0.
        case log
        /// Base-10 logarithm, `log10(x)`; defined for x > 0.
        case log10
        /// Square root, `sqrt(x)`; defined for x ≥ 0.
        case sqrt
        /// Exponential, `exp(x)`.
        case exp

        /// Applies the transformation; values outside the domain give NaN (the row is then dropped as missing).
        public func apply(_ x: Double) -> Double {
            switch self {
            case .identity: return x
            case .log: return x > 0 ? Foundation.log(x) : .nan
            case .log10: return x > 0 ? Foundation.log(x) / Foundation.log(10.0) : .nan
            case .sqrt: return x >= 0 ? x.squareRoot() : .nan
            case .exp: return Foundation.exp(x)
            }
        }
    }

    /// The data column this factor reads.
    public var column: String
    /// The transformation of a numeric factor (`.identity` for categorical factors).
    public var transform: Transform
    /// Whether the formula wrote `C(column)`. A text column is categorical even without `C()`.
    public var isExplicitlyCategorical: Bool

    /// Creates a factor.
    public init(column: String, transform: Transform = .identity, categorical: Bool = false) {
        self.column = column
        self.transform = categorical ? .identity : transform
        self.isExplicitlyCategorical = categorical
    }

    /// The name statsmodels prints: `x`, `log(x)`, `C(x)` (levels are appended as `[T.level]`).
    public var name: String {
        if isExplicitlyCategorical { return "C(\(column))" }
        switch transform {
        case .identity: return column
        default: return "\(transform.rawValue)(\(column))"
        }
    }

    public var description: String { name }
}
