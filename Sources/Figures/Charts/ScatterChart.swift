import Foundation
import Stats

/// Scatter plot with the least-squares line and its pointwise confidence band for the mean.
///
/// Line: ŷ = a + b·x with b = Sxy/Sxx, a = ȳ − b·x̄. Band: ŷ(x₀) ± t₍₁₋α/₂, n−2₎ · s · √(1/n + (x₀ − x̄)²/Sxx),
/// s² = SSR/(n − 2) (e.g. Wooldridge, *Introductory Econometrics*, 7th ed., §6.4). O(n).
public enum ScatterChart {
    /// The fitted line of `x`, `y`: intercept, slope, residual standard deviation and the band function.
    public struct Fit: Sendable {
        /// Intercept a, slope b, residual SD s, x̄, Sxx, n and the t critical value.
        public let intercept, slope, residualSD, meanX, sxx: Double
        /// Number of points.
        public let n: Int
        /// t quantile used for the band.
        public let critical: Double

        /// Half-width of the confidence band at x₀.
        public func halfWidth(at x0: Double) -> Double {
            critical * residualSD * (1 / Double(n) + (x0 - meanX) * (x0 - meanX) / sxx).squareRoot()
        }
    }

    /// Least-squares fit with a `level` confidence band (nil with fewer than 3 points or constant x).
    /// - Throws: nothing in practice (the t quantile of a valid level).
    public static func fit(x: [Double], y: [Double], level: Double = 0.95) throws -> Fit? {
        let n = min(x.count, y.count)
        guard n >= 3 else { return nil }
        let mx = x.prefix(n).reduce(0, +) / Double(n), my = y.prefix(n).reduce(0, +) / Double(n)
        var sxx = 0.0, sxy = 0.0
        for i in 0..<n { sxx += (x[i] - mx) * (x[i] - mx); sxy += (x[i] - mx) * (y[i] - my) }
        guard sxx > 0 else { return nil }
        let b = sxy / sxx, a = my - b * mx
        var ssr = 0.0
        for i in 0..<n { let e = y[i] - a - b * x[i]; ssr += e * e }
        let t = try StudentT(degreesOfFreedom: Double(n - 2)).quantile(0.5 + level / 2)
        return Fit(intercept: a, slope: b, residualSD: (ssr / Double(n - 2)).squareRoot(), meanX: mx, sxx: sxx, n: n, critical: t)
    }

    /// The chart.
    /// - Parameters: x, y: the points (pairs with a non-finite value are dropped); xTitle, yTitle: axis titles with units.
    /// - Returns: the SVG: `<g class="points">` of circles, `<g class="fit">` with the band polygon and line.
    /// - Throws: as `fit`.
    public static func render(x: [Double], y: [Double], style: FigureStyle, xTitle: String, yTitle: String) throws -> SVGDocument {
        let pairs = zip(x, y).filter { $0.0.isFinite && $0.1.isFinite }
        let px = pairs.map(\.0), py = pairs.map(\.1)
        let f = try fit(x: px, y: py)
        let xs = NiceScale(minimum: px.min() ?? 0, maximum: px.max() ?? 1)
        var grid: [Double] = []
        if f != nil { grid = (0...40).map { xs.lower + (xs.upper - xs.lower) * Double($0) / 40 } }
        var yAll = py
        if let f { for g in grid { let c = f.intercept + f.slope * g; yAll += [c - f.halfWidth(at: g), c + f.halfWidth(at: g)] } }
        let legend = [style.text(.fitted), style.text(.confidenceBand)]
        let area = PlotArea(style: style, x: xs, y: NiceScale(minimum: yAll.min() ?? 0, maximum: yAll.max() ?? 1),
                            legendWidth: Legend.width(legend, style: style))
        var nodes = [area.axes(style: style, xTitle: xTitle, yTitle: yTitle, xLabel: xs.label)]
        if let f {
            let upper = grid.map { (area.px($0), area.py(f.intercept + f.slope * $0 + f.halfWidth(at: $0))) }
            let lower = grid.reversed().map { (area.px($0), area.py(f.intercept + f.slope * $0 - f.halfWidth(at: $0))) }
            nodes.append(.group("fit", [
                .polygon(upper + lower, fill: Palette.color(1), opacity: 0.3, stroke: nil),
                .path(grid.map { (area.px($0), area.py(f.intercept + f.slope * $0)) }, stroke: Palette.color(4), width: 1.5, dash: false),
            ]))
        }
        nodes.append(.group("points", pairs.map { .circle(cx: area.px($0.0), cy: area.py($0.1), r: 2, fill: Palette.color(0), stroke: "#FFFFFF") }))
        nodes.append(Legend.nodes([(name: legend[0], color: Palette.color(4), box: false), (name: legend[1], color: Palette.color(1), box: true)],
                                  x: area.right + 10, y: area.top + 8, style: style))
        return style.document(nodes)
    }
}
