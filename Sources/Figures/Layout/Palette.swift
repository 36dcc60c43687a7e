/// Colour-blind-safe colours.
///
/// Reference: M. Okabe and K. Ito, "Color Universal Design (CUD): how to make figures and presentations that are
/// friendly to colorblind people", J*Fly, 2002/2008 (https://jfly.uni-koeln.de/color/); the eight colours as in
/// B. Wong, "Points of view: Color blindness", *Nature Methods* 8, 441 (2011).
public enum Palette {
    /// Okabe–Ito order without black: orange, sky blue, bluish green, yellow, blue, vermillion, reddish purple.
    public static let okabeIto = ["#E69F00", "#56B4E9", "#009E73", "#F0E442", "#0072B2", "#D55E00", "#CC79A7", "#000000"]

    /// The colour of series `i` (cycles after eight).
    public static func color(_ i: Int) -> String { okabeIto[((i % okabeIto.count) + okabeIto.count) % okabeIto.count] }

    /// A sequential colour for t ∈ [0, 1] on a light-to-dark blue ramp (white → Okabe–Ito blue #0072B2 → navy),
    /// monotone in lightness so it prints in grey and reads for all common colour-vision deficiencies.
    public static func sequential(_ t: Double) -> String {
        let u = t.isFinite ? min(1, max(0, t)) : 0
        let stops: [(Double, Double, Double)] = [(247, 251, 255), (86, 180, 233), (0, 114, 178), (8, 48, 107)]
        let pos = u * Double(stops.count - 1)
        let i = min(stops.count - 2, Int(pos))
        let w = pos - Double(i)
        let a = stops[i], b = stops[i + 1]
        func h(_ x: Double, _ y: Double) -> String {
            let v = Int((x + (y - x) * w).rounded())
            let digits = Array("0123456789ABCDEF")
            return String([digits[v / 16], digits[v % 16]])
        }
        return "#" + h(a.0, b.0) + h(a.1, b.1) + h(a.2, b.2)
    }

    /// Grey for axes and grid.
    static let axis = "#333333"
    /// Light grey for grid lines.
    static let grid = "#DDDDDD"
}
