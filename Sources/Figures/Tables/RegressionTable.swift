import Foundation

/// Several regressions side by side, one column per model (the layout of Stata's `esttab` / R's `modelsummary`):
/// for each term the estimate with significance stars and, below it, the standard error in parentheses; then one
/// row per absorbed fixed effect (Yes/No), N, R², adjusted R², pseudo R² and log-likelihood where any model has them.
///
/// Star convention (as in the American Economic Association's journals): `*` p < 0.10, `**` p < 0.05,
/// `***` p < 0.01, from each report's two-sided p-value (so from its own covariance type).
public enum RegressionTable {
    /// Stars for a p-value.
    public static func stars(_ p: Double?) -> String {
        guard let p else { return "" }
        return p < 0.01 ? "***" : p < 0.05 ? "**" : p < 0.1 ? "*" : ""
    }

    /// The table grid.
    /// - Parameters:
    ///   - models: the reports, in column order.
    ///   - names: column headings (default "(1)", "(2)", …).
    ///   - decimals: decimals of estimates and standard errors (3); fit statistics use 3, log-likelihood 2.
    ///   - language: row labels in Chinese or English.
    /// - Returns: a grid with rules after the coefficients and after the fixed-effect rows, and the star note.
    public static func grid(_ models: [FitReport], names: [String]? = nil, decimals: Int = 3,
                            language: FigureLanguage = .en) -> TextGrid {
        let zh = language == .zh
        let heads = names ?? models.indices.map { "(\($0 + 1))" }
        func num(_ x: Double?, _ d: Int) -> String {
            guard let x, x.isFinite else { return "" }
            let s = String(format: "%.\(d)f", x)
            return Double(s) == 0 ? String(format: "%.\(d)f", 0.0) : s
        }
        var terms: [String] = []
        for m in models { for c in m.coefficients where !terms.contains(c.term) { terms.append(c.term) } }
        var rows: [[String]] = []
        for t in terms {
            var est = [t], se = [""]
            for m in models {
                let c = m.coefficients.first { $0.term == t }
                est.append(c.map { num($0.estimate, decimals) + stars($0.pValue) } ?? "")
                se.append(c.flatMap { $0.stdError }.map { "(" + num($0, decimals) + ")" } ?? "")
            }
            rows += [est, se]
        }
        var rules: Set<Int> = [rows.count - 1]
        var effects: [String] = []
        for m in models { for e in m.absorbed where !effects.contains(e) { effects.append(e) } }
        for e in effects {
            rows.append([(zh ? "固定效应: " : "Fixed effects: ") + e] + models.map { $0.absorbed.contains(e) ? (zh ? "是" : "Yes") : (zh ? "否" : "No") })
        }
        if !effects.isEmpty { rules.insert(rows.count - 1) }
        rows.append([zh ? "观测数" : "N"] + models.map { String($0.n) })
        if models.contains(where: { $0.rSquared != nil }) { rows.append(["R²"] + models.map { num($0.rSquared, 3) }) }
        if models.contains(where: { $0.adjRSquared != nil }) {
            rows.append([zh ? "调整 R²" : "Adj. R²"] + models.map { num($0.adjRSquared, 3) })
        }
        if models.contains(where: { $0.pseudoRSquared != nil }) {
            rows.append([zh ? "伪 R²" : "Pseudo R²"] + models.map { num($0.pseudoRSquared, 3) })
        }
        if models.contains(where: { $0.logLikelihood != nil }) {
            rows.append([zh ? "对数似然" : "Log-likelihood"] + models.map { num($0.logLikelihood, 2) })
        }
        let covs = Set(models.map(\.covariance))
        let seNote = zh ? "括号内为标准误" : "Standard errors in parentheses"
        let note = (covs.count == 1 && !(covs.first ?? "").isEmpty ? "\(seNote) (\(covs.first ?? ""))" : seNote)
            + (zh ? "; * p<0.10, ** p<0.05, *** p<0.01" : "; * p<0.10, ** p<0.05, *** p<0.01")
        return TextGrid(header: [""] + heads, rows: rows, rulesAfter: rules, notes: [note])
    }
}
