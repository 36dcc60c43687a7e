/// A term of a formula: a product (interaction) of distinct factors, `x1:x2`. The empty term is the intercept.
/// Two terms are equal when they hold the same factors in any order (`a:b` = `b:a`), as in patsy.
public struct Term: Hashable, Sendable, Codable, CustomStringConvertible {
    /// The factors in the order first written (this order names the columns).
    public private(set) var factors: [Factor]

    /// A term of the given factors; repeated factors are kept once (`x:x` = `x`).
    public init(_ factors: [Factor]) {
        var unique: [Factor] = []
        for f in factors where !unique.contains(f) { unique.append(f) }
        self.factors = unique
    }

    /// The name statsmodels prints for a numeric term (`x1:x2`), or `Intercept` for the empty term.
    public var name: String { factors.isEmpty ? "Intercept" : factors.map(\.name).joined(separator: ":") }

    public var description: String { name }

    public static func == (a: Term, b: Term) -> Bool { Set(a.factors) == Set(b.factors) }

    public func hash(into hasher: inout Hasher) { hasher.combine(Set(factors)) }
}
