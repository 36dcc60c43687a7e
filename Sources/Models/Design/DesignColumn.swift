/// One column of a design matrix: the product of its parts evaluated on a row
/// (no parts = the intercept column of ones).
public struct DesignColumn: Sendable, Hashable, Codable {
    /// One factor's contribution to a column.
    public enum Part: Sendable, Hashable, Codable {
        /// A numeric column, transformed.
        case numeric(column: String, transform: Factor.Transform)
        /// 1 where the categorical column has this level, else 0.
        case indicator(column: String, level: String)
    }

    /// The name statsmodels/patsy gives the column (`Intercept`, `x`, `C(g)[T.b]`, `x:C(g)[T.b]`).
    public let name: String
    /// The factors whose product is the column.
    public let parts: [Part]
}
