/// Fixed-point text for numbers held as integers: 1234 with 2 decimals is "12.34".
/// Writing from integers makes every number's text independent of platform formatting.
enum SynthFixedDecimal {
    /// `value / 10^decimals` with exactly `decimals` digits after the point.
    static func text(_ value: Int, decimals: Int) -> String {
        guard decimals > 0 else { return String(value) }
        var scale = 1
        for _ in 0..<decimals { scale *= 10 }
        let magnitude = value.magnitude
        let whole = magnitude / UInt(scale), frac = magnitude % UInt(scale)
        var fracText = String(frac)
        while fracText.count < decimals { fracText = "0" + fracText }
        return (value < 0 ? "-" : "") + String(whole) + "." + fracText
    }

    /// `x` rounded to `decimals` places, as the integer `round(x·10^decimals)`.
    static func scaled(_ x: Double, decimals: Int) -> Int {
        var scale = 1.0
        for _ in 0..<decimals { scale *= 10 }
        return Int((x * scale).rounded())
    }

    /// `x` rounded to `decimals` places and written with exactly that many digits.
    static func text(_ x: Double, decimals: Int) -> String {
        text(scaled(x, decimals: decimals), decimals: decimals)
    }
}
