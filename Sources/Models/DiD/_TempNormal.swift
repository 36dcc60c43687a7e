import Foundation

// Stopgap until Stats' `Normal` (pinned in STATS-API.md) is merged: only the standard normal
// quantile the DiD intervals need, by bisection on erfc (exact to ~1e-15). Delete this file when
// the `stats` branch with Sources/Stats/Distributions/Normal.swift is merged; the DiD code already
// calls `Normal().quantile(_:)` with the pinned signature.
struct Normal {
    init() throws {}

    func cdf(_ x: Double) -> Double { 0.5 * erfc(-x / 2.0.squareRoot()) }

    func quantile(_ p: Double) throws -> Double {
        var lo = -40.0, hi = 40.0
        for _ in 0..<200 {
            let m = (lo + hi) / 2
            if cdf(m) < p { lo = m } else { hi = m }
        }
        return (lo + hi) / 2
    }
}

// Stopgap as above for Stats' `StudentT` (only `quantile`), by bisection on the t CDF through the
// regularized incomplete beta function evaluated with a continued fraction (Numerical Recipes §6.4).
struct StudentT {
    let nu: Double
    init(degreesOfFreedom: Double) throws { nu = degreesOfFreedom }

    func cdf(_ t: Double) -> Double {
        let x = nu / (nu + t * t)
        let tail = 0.5 * Self.incompleteBeta(nu / 2, 0.5, x)
        return t > 0 ? 1 - tail : tail
    }

    func quantile(_ p: Double) throws -> Double {
        var lo = -1e3, hi = 1e3
        for _ in 0..<200 {
            let m = (lo + hi) / 2
            if cdf(m) < p { lo = m } else { hi = m }
        }
        return (lo + hi) / 2
    }

    static func incompleteBeta(_ a: Double, _ b: Double, _ x: Double) -> Double {
        if x <= 0 { return 0 }
        if x >= 1 { return 1 }
        let lbeta = lgamma(a + b) - lgamma(a) - lgamma(b)
        let front = exp(lbeta + a * log(x) + b * log(1 - x))
        if x < (a + 1) / (a + b + 2) { return front * continuedFraction(a, b, x) / a }
        return 1 - front * continuedFraction(b, a, 1 - x) / b
    }

    static func continuedFraction(_ a: Double, _ b: Double, _ x: Double) -> Double {
        let tiny = 1e-300
        var c = 1.0, d = 1 - (a + b) * x / (a + 1)
        if abs(d) < tiny { d = tiny }
        d = 1 / d
        var h = d
        for m in 1...300 {
            let m = Double(m)
            var num = m * (b - m) * x / ((a + 2 * m - 1) * (a + 2 * m))
            d = 1 + num * d; if abs(d) < tiny { d = tiny }
            c = 1 + num / c; if abs(c) < tiny { c = tiny }
            d = 1 / d; h *= d * c
            num = -(a + m) * (a + b + m) * x / ((a + 2 * m) * (a + 2 * m + 1))
            d = 1 + num * d; if abs(d) < tiny { d = tiny }
            c = 1 + num / c; if abs(c) < tiny { c = tiny }
            d = 1 / d
            let delta = d * c
            h *= delta
            if abs(delta - 1) < 1e-16 { break }
        }
        return h
    }
}
