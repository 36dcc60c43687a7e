/// An optional value that JSON-encodes `nil` as `null` (synthesized `Encodable` would omit the key),
/// so every documented key is always present.
public struct Nullable<Value: Encodable & Sendable>: Encodable, Sendable {
    /// The value, or nil for `null`.
    public let value: Value?

    /// Wraps a value.
    public init(_ value: Value?) { self.value = value }

    public func encode(to encoder: any Encoder) throws {
        var c = encoder.singleValueContainer()
        if let value { try c.encode(value) } else { try c.encodeNil() }
    }
}

extension Nullable where Value == Double {
    /// The number, or `null` when it is NaN or infinite.
    public static func finite(_ x: Double) -> Nullable<Double> { Nullable(x.isFinite ? x : nil) }
}
