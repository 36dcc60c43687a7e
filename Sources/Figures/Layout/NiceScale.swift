import Foundation

/// Axis ticks at "nice" numbers (1, 2, 5 × 10ᵏ).
///
/// Reference: P. S. Heckbert, "Nice numbers for graph labels", in *Graphics Gems* (A. Glassner, ed.),
/// Academic Press, 1990, pp. 61–63 (the "loose labeling" algorithm).
public struct NiceScale: Sendable, Equatable {
    /// Axis lower and upper limits (multiples of `step`, enclosing the data).
    public let lower, upper: Double
    /// Distance between ticks.
    public let step: Double

    /// Loose labelling of [minimum, maximum] with about `ticks` ticks.
    /// - Parameters:
    ///   - minimum: smallest data value; `maximum`: largest (equal values get a unit-wide range).
    ///   - ticks: desired number of ticks (≥ 2).
    public init(minimum: Double, maximum: Double, ticks: Int = 5) {
        var lo = minimum.isFinite ? minimum : 0
        var hi = maximum.isFinite ? maximum : 1
        if lo > hi { swap(&lo, &hi) }
        if hi - lo < 1e-12 * max(1, abs(hi)) { lo -= 0.5 * max(1, abs(lo)) * (lo == 0 ? 1 : 0.1); hi += 0.5 * max(1, abs(hi)) * (hi == 0 ? 1 : 0.1) }
        let range = Self.nice(hi - lo, round: false)
        let d = Self.nice(range / Double(max(1, ticks - 1)), round: true)
        lower = (lo / d).rounded(.down) * d
        upper = (hi / d).rounded(.up) * d
        step = d
    }

    /// A scale with given limits and step (e.g. integer event times with half a period of padding).
    init(lower: Double, upper: Double, step: Double) {
        self.lower = lower
        self.upper = upper
        self.step = step
    }

    /// A year axis: exactly the data range (no padding years), ticks every 1, 2, 5, … years from the first year.
    static func years(minimum: Double, maximum: Double) -> NiceScale {
        let lo = minimum.isFinite ? minimum.rounded() : 0, hi = maximum.isFinite ? maximum.rounded() : 1
        guard hi > lo else { return NiceScale(lower: lo - 1, upper: lo + 1, step: 1) }
        return NiceScale(lower: lo, upper: hi, step: max(1, nice((hi - lo) / 7, round: true).rounded(.up)))
    }

    /// Heckbert's `nicenum`: a nice number near `x`, rounded or taken as the ceiling.
    static func nice(_ x: Double, round: Bool) -> Double {
        let e = floor(log10(x))
        let f = x / pow(10, e)
        let nf: Double
        if round {
            nf = f < 1.5 ? 1 : f < 3 ? 2 : f < 7 ? 5 : 10
        } else {
            nf = f <= 1 ? 1 : f <= 2 ? 2 : f <= 5 ? 5 : 10
        }
        return nf * pow(10, e)
    }

    /// Tick values from `lower` to `upper` inclusive.
    public var ticks: [Double] {
        let n = Int(((upper - lower) / step + 1e-9).rounded(.down))
        return (0...max(0, n)).map { lower + Double($0) * step }
    }

    /// Decimals needed to print the ticks exactly (Heckbert's nfrac = max(−floor(log10 d), 0)).
    public var decimals: Int { max(0, -Int(floor(log10(step) + 1e-9))) }

    /// A tick value printed with `decimals` decimals ("−0" printed as "0").
    public func label(_ x: Double) -> String {
        let s = String(format: "%.\(decimals)f", x)
        return Double(s) == 0 ? String(format: "%.\(decimals)f", 0.0) : s
    }
}
