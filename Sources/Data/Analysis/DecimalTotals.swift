/// Sums of values written with a few decimals, computed in exact decimal arithmetic.
///
/// Item scores like 12.3 and money like 18.25 are decimals that binary doubles hold only
/// approximately, so a plain floating-point sum prints as `75.89999999999998`. The rule used
/// for derived totals (total and first-level scores, funding totals, mean scores): find the
/// fewest decimals `d` (≤ `maxPlaces`) with which every input is written, scale each input to the
/// integer `round(v · 10^d)`, add the integers exactly (they are whole numbers below 2^53), and
/// divide once by `10^d` (or `n · 10^d` for a mean). The result is the double nearest to the
/// exact decimal total, so it prints with no more decimals than its inputs (`75.9`). When the
/// inputs need more than `maxPlaces` decimals, or are too large to scale exactly, the plain
/// floating-point sum is used.
enum DecimalTotals {
    /// The most decimals looked for.
    static let maxPlaces = 9

    /// The fewest decimals `d ≤ maxPlaces` such that every finite value equals
    /// `round(v · 10^d) / 10^d` and `|v| · 10^d < 2^53`; nil when there is none. O(n · d).
    static func places(_ values: [Double]) -> Int? {
        var d = 0
        var scale = 1.0
        for v in values where v.isFinite {
            while (v * scale).rounded() / scale != v || abs(v) * scale >= 9_007_199_254_740_992 {
                d += 1
                scale *= 10
                if d > maxPlaces { return nil }
            }
        }
        return d
    }

    /// `10^d` as a double (exact for d ≤ 22).
    static func scale(_ d: Int) -> Double {
        (0..<d).reduce(1.0) { a, _ in a * 10 }
    }

    /// The values scaled to whole numbers `round(v · 10^d)` (missing stays NaN).
    static func scaled(_ values: [Double], places d: Int) -> [Double] {
        let s = scale(d)
        return values.map { $0.isFinite ? ($0 * s).rounded() : $0 }
    }
}
