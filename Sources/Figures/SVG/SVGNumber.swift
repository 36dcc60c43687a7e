import Foundation

/// Fixed number formatting for SVG attributes, so the same scene gives the same bytes on every machine.
enum SVGNumber {
    /// `x` with at most two decimals, trailing zeros removed ("12.5", "3", "-0.25"); non-finite numbers become 0.
    static func format(_ x: Double) -> String {
        guard x.isFinite else { return "0" }
        let rounded = (x * 100).rounded() / 100
        var s = String(format: "%.2f", rounded == 0 ? 0 : rounded)
        while s.hasSuffix("0") { s.removeLast() }
        if s.hasSuffix(".") { s.removeLast() }
        return s
    }
}
