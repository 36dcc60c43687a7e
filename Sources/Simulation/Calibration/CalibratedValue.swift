/// One calibrated number with where it came from: the estimate, its standard error, the number of
/// observations behind it and a short description of the source (table, years, method).
public struct CalibratedValue: Sendable, Equatable, Codable {
    /// The estimate, in the unit of the scenario key it sets.
    public let value: Double
    /// Its standard error (NaN when the method gives none).
    public let standardError: Double
    /// Observations used (station-years, districts, …).
    public let n: Int
    /// Where it came from, e.g. "staffing.csv 2021–2025: Σ departures / Σ previous-year workers".
    public let source: String

    /// Creates a value.
    public init(value: Double, standardError: Double, n: Int, source: String) {
        self.value = value
        self.standardError = standardError
        self.n = n
        self.source = source
    }

    /// A ratio Σ numerator / Σ denominator of counts, with the binomial standard error √(p(1 − p)/Σ denominator).
    /// - Returns: NaN value when the denominator is 0.
    static func proportion(_ num: Double, _ den: Double, n: Int, source: String) -> CalibratedValue {
        guard den > 0 else { return CalibratedValue(value: .nan, standardError: .nan, n: n, source: source) }
        let p = num / den
        return CalibratedValue(value: p, standardError: (max(0, p * (1 - p)) / den).squareRoot(), n: n, source: source)
    }

    /// The mean of `xs` with the standard error sd/√n (sd with divisor n − 1).
    static func mean(_ xs: [Double], source: String) -> CalibratedValue {
        let n = xs.count
        guard n > 0 else { return CalibratedValue(value: .nan, standardError: .nan, n: 0, source: source) }
        let m = xs.reduce(0, +) / Double(n)
        let v = n > 1 ? xs.reduce(0) { $0 + ($1 - m) * ($1 - m) } / Double(n - 1) : .nan
        return CalibratedValue(value: m, standardError: (v / Double(n)).squareRoot(), n: n, source: source)
    }
}

extension CalibratedValue {
    enum CodingKeys: String, CodingKey { case value, standardError, n, source }

    /// Encodes NaN (not estimable) as JSON null, which JSON has instead of NaN.
    public func encode(to encoder: Encoder) throws {
        var c = encoder.container(keyedBy: CodingKeys.self)
        try c.encode(value.isFinite ? value : nil, forKey: .value)
        try c.encode(standardError.isFinite ? standardError : nil, forKey: .standardError)
        try c.encode(n, forKey: .n)
        try c.encode(source, forKey: .source)
    }

    /// Decodes what `encode(to:)` writes (null → NaN).
    public init(from decoder: Decoder) throws {
        let c = try decoder.container(keyedBy: CodingKeys.self)
        self.init(value: try c.decodeIfPresent(Double.self, forKey: .value) ?? .nan,
                  standardError: try c.decodeIfPresent(Double.self, forKey: .standardError) ?? .nan,
                  n: try c.decode(Int.self, forKey: .n), source: try c.decode(String.self, forKey: .source))
    }
}
