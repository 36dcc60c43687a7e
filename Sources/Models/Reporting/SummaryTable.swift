import Foundation

/// Text layout of a model summary in the style of statsmodels' `summary()`: a centred title, a two-column
/// header of (label, value) pairs, the coefficient table (coef, std err, t or z, P>|t|, interval) with
/// dropped collinear columns listed as NA, and numbered notes. Numbers follow statsmodels' `forg` rules
/// (fixed point with 4 decimals for coefficients, 3 for the rest, %g when |x| ≥ 1e4 or < 1e-4).
struct SummaryTable {
    var title: String
    var left: [(String, String)]
    var right: [(String, String)]
    var coefficients: [RegressionCoefficient]
    var droppedCollinear: [String]
    var distribution: ReferenceDistribution
    var confidenceLevel: Double
    var notes: [String]

    func render() -> String {
        let width = 78
        var lines: [String] = []
        lines.append(String(repeating: " ", count: max(0, (width - title.count) / 2)) + title)
        lines.append(String(repeating: "=", count: width))
        for (l, r) in zip(left, right) {
            lines.append(SummaryTable.cell(l, 36) + "   " + SummaryTable.cell(r, 39))
        }
        let nameWidth = max(10, (coefficients.map { $0.term.count } + droppedCollinear.map(\.count)).max() ?? 0) + 1
        let tableRule = String(repeating: "=", count: nameWidth + 66)
        lines.append(tableRule)
        let isT: Bool
        if case .t = distribution { isT = true } else { isT = false }
        let lo = (1 - confidenceLevel) / 2
        let header = ["coef", "std err", isT ? "t" : "z", isT ? "P>|t|" : "P>|z|",
                      "[" + String(format: "%.3f", lo), String(format: "%.3f", 1 - lo) + "]"]
        lines.append(String(repeating: " ", count: nameWidth) + header.map { SummaryTable.right($0, 11) }.joined())
        lines.append(String(repeating: "-", count: nameWidth + 66))
        for c in coefficients {
            let cells = [SummaryTable.forg(c.estimate, 4), SummaryTable.forg(c.standardError, 3),
                         SummaryTable.forg(c.statistic, 3), String(format: "%.3f", c.pValue),
                         SummaryTable.forg(c.confidenceLow, 3), SummaryTable.forg(c.confidenceHigh, 3)]
            lines.append(c.term.padding(toLength: nameWidth, withPad: " ", startingAt: 0)
                         + cells.map { SummaryTable.right($0, 11) }.joined())
        }
        for d in droppedCollinear {
            lines.append(d.padding(toLength: nameWidth, withPad: " ", startingAt: 0) + SummaryTable.right("NA", 11)
                         + "   (collinear, dropped)")
        }
        lines.append(tableRule)
        if !notes.isEmpty {
            lines.append("")
            lines.append("Notes:")
            for (i, n) in notes.enumerated() { lines.append("[\(i + 1)] \(n)") }
        }
        return lines.joined(separator: "\n") + "\n"
    }

    /// The standard notes: covariance kind, collinear columns and missing rows dropped.
    static func notes(covariance: CovarianceType, clusterCounts: [Int], droppedCollinear: [String],
                      droppedRows: Int) -> [String] {
        var notes: [String] = []
        switch covariance {
        case .classical: notes.append("Standard Errors assume that the covariance matrix of the errors is correctly specified.")
        case .cluster(let c):
            notes.append("Standard Errors are robust to cluster correlation (cluster: \(c.joined(separator: ", ")); "
                         + "\(clusterCounts.map(String.init).joined(separator: ", ")) clusters)")
        default: notes.append("Standard Errors are heteroscedasticity robust (\(covariance))")
        }
        if !droppedCollinear.isEmpty {
            notes.append("\(droppedCollinear.count) column(s) dropped as linear combinations of earlier columns: "
                         + droppedCollinear.joined(separator: ", "))
        }
        if droppedRows > 0 { notes.append("\(droppedRows) row(s) with missing values dropped") }
        return notes
    }

    /// The covariance name as the header shows it: `HC1`, `cluster(firm,year)`.
    static func covarianceName(_ c: CovarianceType) -> String {
        c.description + (c.clusterColumns.isEmpty ? "" : "(" + c.clusterColumns.joined(separator: ",") + ")")
    }

    /// statsmodels' `forg`: fixed point unless |x| ≥ 1e4 or < 1e-4, then %g.
    static func forg(_ x: Double, _ precision: Int) -> String {
        guard x.isFinite else { return x.isNaN ? "nan" : (x > 0 ? "inf" : "-inf") }
        if abs(x) >= 1e4 || (abs(x) < 1e-4 && x != 0) { return String(format: "%.\(precision)g", x) }
        return String(format: "%.\(precision)f", x)
    }

    /// A header number with statsmodels' printf format (e.g. `%#.4g` for F and AIC).
    static func number(_ x: Double, _ format: String) -> String {
        guard x.isFinite else { return x.isNaN ? "nan" : "inf" }
        return String(format: format, x)
    }

    static func integral(_ x: Double) -> String { x == x.rounded() && abs(x) < 1e15 ? String(Int(x)) : String(x) }

    static func right(_ s: String, _ w: Int) -> String {
        s.count >= w ? " " + s : String(repeating: " ", count: w - s.count) + s
    }

    /// "label      value" in a cell of width w.
    static func cell(_ pair: (String, String), _ w: Int) -> String {
        pair.0 + String(repeating: " ", count: max(1, w - pair.0.count - pair.1.count)) + pair.1
    }
}
