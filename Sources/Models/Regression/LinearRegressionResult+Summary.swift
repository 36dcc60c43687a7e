import Foundation

extension LinearRegressionResult {
    /// A text summary laid out like statsmodels' `summary()`: a two-column header of fit statistics, the
    /// coefficient table (coef, std err, t or z, P>|t|, confidence interval) and notes on the covariance,
    /// collinear columns dropped and rows dropped for missing values. Numbers use statsmodels' `forg` rules
    /// (4 significant figures for coefficients, fixed-point unless very large or small).
    public func summary() -> String {
        let width = 78
        let rule = String(repeating: "=", count: width)
        var lines: [String] = []
        let title = "\(model.name) Regression Results"
        let pad = max(0, (width - title.count) / 2)
        lines.append(String(repeating: " ", count: pad) + title)
        lines.append(rule)
        let covName = model.covariance.description + (model.covariance.clusterColumns.isEmpty
            ? "" : "(" + model.covariance.clusterColumns.joined(separator: ",") + ")")
        let left: [(String, String)] = [
            ("Dep. Variable:", specification.formula.response.name),
            ("Model:", model.name),
            ("Method:", "Least Squares"),
            ("No. Observations:", "\(observationCount)"),
            ("Df Residuals:", LinearRegressionResult.integral(dfResidual)),
            ("Df Model:", LinearRegressionResult.integral(dfModel)),
            ("Covariance Type:", covName),
            ("Rows dropped (NA):", "\(droppedRowCount)"),
        ]
        let right: [(String, String)] = [
            ("R-squared:", LinearRegressionResult.header(rSquared, "%.3f")),
            ("Adj. R-squared:", LinearRegressionResult.header(adjustedRSquared, "%.3f")),
            ("F-statistic:", LinearRegressionResult.header(fStatistic, "%#.4g")),
            ("Prob (F-statistic):", LinearRegressionResult.header(fPValue, "%#.3g")),
            ("Log-Likelihood:", LinearRegressionResult.header(logLikelihood, "%#.5g")),
            ("AIC:", LinearRegressionResult.header(aic, "%#.4g")),
            ("BIC:", LinearRegressionResult.header(bic, "%#.4g")),
            ("Collinear dropped:", "\(droppedCollinear.count)"),
        ]
        for (l, r) in zip(left, right) {
            lines.append(LinearRegressionResult.cell(l, 36) + "   " + LinearRegressionResult.cell(r, 39))
        }
        let nameWidth = max(10, (coefficients.map { $0.term.count } + droppedCollinear.map(\.count)).max() ?? 0) + 1
        let tableRule = String(repeating: "=", count: nameWidth + 66)
        lines.append(tableRule)
        let isT: Bool
        if case .t = distribution { isT = true } else { isT = false }
        let lo = (1 - model.confidenceLevel) / 2
        let header = ["coef", "std err", isT ? "t" : "z", isT ? "P>|t|" : "P>|z|",
                      "[" + LinearRegressionResult.level(lo), LinearRegressionResult.level(1 - lo) + "]"]
        lines.append(String(repeating: " ", count: nameWidth) + header.map { LinearRegressionResult.right($0, 11) }.joined())
        lines.append(String(repeating: "-", count: nameWidth + 66))
        for c in coefficients {
            let cells = [LinearRegressionResult.forg(c.estimate, 4), LinearRegressionResult.forg(c.standardError, 3),
                         LinearRegressionResult.forg(c.statistic, 3), String(format: "%.3f", c.pValue),
                         LinearRegressionResult.forg(c.confidenceLow, 3), LinearRegressionResult.forg(c.confidenceHigh, 3)]
            lines.append(c.term.padding(toLength: nameWidth, withPad: " ", startingAt: 0)
                         + cells.map { LinearRegressionResult.right($0, 11) }.joined())
        }
        for d in droppedCollinear {
            lines.append(d.padding(toLength: nameWidth, withPad: " ", startingAt: 0) + LinearRegressionResult.right("NA", 11)
                         + "   (collinear, dropped)")
        }
        lines.append(tableRule)
        lines.append("")
        lines.append("Notes:")
        var notes: [String] = []
        switch model.covariance {
        case .classical: notes.append("Standard Errors assume that the covariance matrix of the errors is correctly specified.")
        case .cluster(let c):
            notes.append("Standard Errors are robust to cluster correlation (cluster: \(c.joined(separator: ", ")); "
                         + "\(clusterCounts.map(String.init).joined(separator: ", ")) clusters)")
        default: notes.append("Standard Errors are heteroscedasticity robust (\(model.covariance))")
        }
        if !droppedCollinear.isEmpty {
            notes.append("\(droppedCollinear.count) column(s) dropped as linear combinations of earlier columns: "
                         + droppedCollinear.joined(separator: ", "))
        }
        if droppedRowCount > 0 { notes.append("\(droppedRowCount) row(s) with missing values dropped") }
        for (i, n) in notes.enumerated() { lines.append("[\(i + 1)] \(n)") }
        return lines.joined(separator: "\n") + "\n"
    }

    /// statsmodels' `forg`: fixed point unless |x| ≥ 1e4 or < 1e-4, then %g.
    static func forg(_ x: Double, _ precision: Int) -> String {
        guard x.isFinite else { return x.isNaN ? "nan" : (x > 0 ? "inf" : "-inf") }
        if abs(x) >= 1e4 || (abs(x) < 1e-4 && x != 0) { return String(format: "%.\(precision)g", x) }
        return String(format: "%.\(precision)f", x)
    }

    /// Header numbers with statsmodels' printf format (e.g. `%#.4g` for F and AIC).
    static func header(_ x: Double, _ format: String) -> String {
        guard x.isFinite else { return x.isNaN ? "nan" : "inf" }
        return String(format: format, x)
    }

    static func integral(_ x: Double) -> String { x == x.rounded() ? String(Int(x)) : String(x) }

    static func level(_ p: Double) -> String { String(format: "%.3f", p) }

    static func right(_ s: String, _ w: Int) -> String {
        s.count >= w ? " " + s : String(repeating: " ", count: w - s.count) + s
    }

    /// "label      value" in a cell of width w.
    static func cell(_ pair: (String, String), _ w: Int) -> String {
        let gap = max(1, w - pair.0.count - pair.1.count)
        return pair.0 + String(repeating: " ", count: gap) + pair.1
    }
}
