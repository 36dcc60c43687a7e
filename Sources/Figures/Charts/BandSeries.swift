/// One line with an uncertainty band: x values, a centre line and lower/upper limits (nil where undefined).
public struct BandSeries: Sendable, Equatable {
    /// Series name (legend entry, panel title).
    public var name: String
    /// x values (years).
    public var x: [Double]
    /// Centre line (mean), band lower and upper limits (p5, p95); same length as `x`.
    public var centre, low, high: [Double?]

    /// A series; arrays shorter than `x` are padded with nil.
    public init(name: String, x: [Double], centre: [Double?], low: [Double?], high: [Double?]) {
        func pad(_ a: [Double?]) -> [Double?] { (0..<x.count).map { $0 < a.count ? a[$0].flatMap { $0.isFinite ? $0 : nil } : nil } }
        self.name = name
        self.x = x
        self.centre = pad(centre)
        self.low = pad(low)
        self.high = pad(high)
    }

    /// Every finite value (for axis ranges).
    var values: [Double] { (centre + low + high).compactMap { $0 } }
}
