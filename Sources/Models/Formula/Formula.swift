/// A parsed model formula in the Wilkinson–Rogers notation used by R, patsy/statsmodels and fixest:
///
/// ```
/// y ~ x1 + x2 + C(district) + x1:x2 + x1*x2 + log(x3) + sqrt(x) + exp(x) | fe1 + fe2
/// ```
/// - `+` adds terms, `-` removes them; `a:b` is the interaction (product) of `a` and `b`;
///   `a*b` is `a + b + a:b`; parentheses group, so `(a + b):c` is `a:c + b:c`.
/// - An intercept is included unless the formula says `-1` or `+0` (`0 + x` too).
/// - `C(g)` codes column `g` as categorical (a text column is categorical without `C()`); the
///   reference level is the first in sorted order (Unicode code-point order for text, numeric order
///   for numbers), as patsy and statsmodels do.
/// - `log(x)`, `log10(x)`, `sqrt(x)`, `exp(x)` transform a column (`np.log` etc. are accepted too).
/// - After `|`, fixed effects to absorb (fixest syntax): `y ~ x | firm + year`.
/// - Names that are not plain identifiers go in backticks: `` `staff count` ``.
/// - A formula may expand to at most 1,000 terms (`a*b*…` over k names gives 2^k − 1); beyond that
///   parsing throws at the operator, instead of spending minutes and gigabytes on a typo.
///
/// Reference: Wilkinson & Rogers (1973), "Symbolic description of factorial models for analysis of
/// variance", Applied Statistics 22:392–399; patsy's formula documentation; fixest's `feols`.
public struct Formula: Sendable, Hashable, Codable, CustomStringConvertible {
    /// The text the formula was parsed from.
    public let text: String
    /// The response (left-hand side), possibly transformed (`log(y)`).
    public let response: Factor
    /// Whether the model has an intercept.
    public let hasIntercept: Bool
    /// The right-hand-side terms in the order written (duplicates removed; the intercept is not listed).
    public let terms: [Term]
    /// Columns whose fixed effects are absorbed (after `|`), in the order written.
    public let absorbedEffects: [String]

    /// Parses a formula.
    /// - Parameter text: the formula, e.g. `"y ~ x1 + C(district) | year"`.
    /// - Throws: `FormulaError` with the 1-based column of the first problem (the message shows a caret under it).
    /// - Complexity: O(length + terms²).
    public init(_ text: String) throws {
        var parser = try FormulaParser(text)
        let parsed = try parser.parseFormula()
        self.text = text
        self.response = parsed.response
        self.hasIntercept = parsed.intercept
        self.terms = parsed.terms
        self.absorbedEffects = parsed.absorbed
    }

    /// Every column the formula reads (response, terms, absorbed effects), each once, in order of appearance.
    public var columns: [String] {
        var out: [String] = []
        for c in [response.column] + terms.flatMap({ $0.factors.map(\.column) }) + absorbedEffects
        where !out.contains(c) {
            out.append(c)
        }
        return out
    }

    public var description: String { text }
}
