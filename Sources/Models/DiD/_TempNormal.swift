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
