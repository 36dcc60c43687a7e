import Figures
import Foundation
import TestSupport
import XCTest

/// Regression tables against hand-checked LaTeX and Markdown for a two-model example built from reference fits.
final class RegressionTableTests: XCTestCase {
    /// (1) Grunfeld pooled OLS `invest ~ value + capital` (statsmodels 0.15.0); (2) firm effects absorbed, firm-clustered
    /// (linearmodels 7.1; R² and log L of the dummy-variable OLS). Values from Tests/ModelsTests/Fixtures/ols_reference.json
    /// (Tests/References/Models/ols_reference.py); expected cells printed by Tests/References/Figures/regression_table.py.
    private func models() throws -> [FitReport] {
        let url = RepositoryPaths.fixture("ModelsTests", "ols_reference.json")
        let root = try XCTUnwrap(JSONSerialization.jsonObject(with: try Foundation.Data(contentsOf: url)) as? [String: Any])
        let g = try XCTUnwrap(((root["grunfeld"] as? [String: Any])?["fits"] as? [String: Any])?["nonrobust"] as? [String: Any])
        let a = try XCTUnwrap((root["absorbed"] as? [String: Any])?["firm"] as? [String: Any])
        let c = try XCTUnwrap(a["cluster_firm"] as? [String: Any]), d = try XCTUnwrap(a["dummy_ols"] as? [String: Any])
        func coefs(_ names: [String], _ m: [String: Any]) throws -> [FitReport.Coefficient] {
            let p = try XCTUnwrap(m["params"] as? [Double]), b = try XCTUnwrap(m["bse"] as? [Double])
            let pv = try XCTUnwrap(m["pvalues"] as? [Double])
            return names.indices.map { FitReport.Coefficient(term: names[$0], estimate: p[$0], stdError: b[$0], pValue: pv[$0]) }
        }
        let m1 = FitReport(model: "OLS", formula: "invest ~ value + capital", n: 220,
                           coefficients: try coefs(["Intercept", "value", "capital"], g),
                           rSquared: g["rsquared"] as? Double, adjRSquared: g["rsquared_adj"] as? Double,
                           logLikelihood: g["llf"] as? Double, covariance: "nonrobust")
        let m2 = FitReport(model: "OLS", formula: "invest ~ value + capital | firm", n: 220, coefficients: try coefs(["value", "capital"], c),
                           absorbed: ["firm"], rSquared: d["rsquared"] as? Double, adjRSquared: d["rsquared_adj"] as? Double,
                           logLikelihood: d["llf"] as? Double, covariance: "cluster")
        return [m1, m2]
    }

    func testLaTeXTableMatchesHandCheckedBooktabs() throws {
        let text = TableRenderer.render(RegressionTable.grid(try models()), as: .latex)
        let expected = #"""
        \begin{tabular}{lrr}
        \toprule
         & (1) & (2) \\
        \midrule
        Intercept & -38.410*** &  \\
         & (8.413) &  \\
        value & 0.115*** & 0.110*** \\
         & (0.006) & (0.015) \\
        capital & 0.228*** & 0.310*** \\
         & (0.024) & (0.052) \\
        \midrule
        Fixed effects: firm & No & Yes \\
        \midrule
        N & 220 & 220 \\
        R$^2$ & 0.818 & 0.946 \\
        Adj. R$^2$ & 0.816 & 0.943 \\
        Log-likelihood & -1301.30 & -1167.43 \\
        \bottomrule
        \multicolumn{3}{l}{\footnotesize Standard errors in parentheses; * p<0.10, ** p<0.05, *** p<0.01} \\
        \end{tabular}

        """#
        XCTAssertEqual(text, expected)
    }

    func testMarkdownTableMatchesHandCheckedPipeTable() throws {
        let text = TableRenderer.render(RegressionTable.grid(try models(), names: ["Pooled", "Firm FE"]), as: .markdown)
        let expected = #"""
        |  | Pooled | Firm FE |
        |:---|---:|---:|
        | Intercept | -38.410\*\*\* |  |
        |  | (8.413) |  |
        | value | 0.115\*\*\* | 0.110\*\*\* |
        |  | (0.006) | (0.015) |
        | capital | 0.228\*\*\* | 0.310\*\*\* |
        |  | (0.024) | (0.052) |
        | Fixed effects: firm | No | Yes |
        | N | 220 | 220 |
        | R² | 0.818 | 0.946 |
        | Adj. R² | 0.816 | 0.943 |
        | Log-likelihood | -1301.30 | -1167.43 |

        Standard errors in parentheses; \* p<0.10, \*\* p<0.05, \*\*\* p<0.01

        """#
        XCTAssertEqual(text, expected)
    }

    func testStarConventionBoundaries() {
        XCTAssertEqual(RegressionTable.stars(0.0099), "***")
        XCTAssertEqual(RegressionTable.stars(0.01), "**")
        XCTAssertEqual(RegressionTable.stars(0.05), "*")
        XCTAssertEqual(RegressionTable.stars(0.1), "")
        XCTAssertEqual(RegressionTable.stars(nil), "")
    }

    func testHTMLAndLaTeXEscapeCellText() {
        let g = TextGrid(header: ["", "a<b>"], rows: [["x_1 & 50%", "$"]], notes: ["n"])
        let html = TableRenderer.render(g, as: .html)
        XCTAssertTrue(html.contains("<th>a&lt;b&gt;</th>"))
        XCTAssertTrue(html.contains("<th scope=\"row\">x_1 &amp; 50%</th><td>$</td>"))
        let latex = TableRenderer.render(g, as: .latex)
        XCTAssertTrue(latex.contains("x\\_1 \\& 50\\% & \\$ \\\\"))
        XCTAssertEqual(TableRenderer.render(g, as: .csv), ",a<b>\nx_1 & 50%,$\n")
    }

    func testFitReportReadsTheStationkitFitLayout() throws {
        // The layout of Sources/Models/Regression/LinearRegressionReport.swift with an absorbed effect.
        let json = """
        {"model": "OLS", "formula": "y ~ x | firm", "n": 220, "n_dropped": 0,
         "covariance": {"type": "cluster", "clusters": ["firm"], "n_clusters": [10], "distribution": "t", "df": 9, "confidence_level": 0.95},
         "coefficients": [{"term": "x", "estimate": 0.5, "std_error": 0.1, "statistic": 5, "p_value": 0.001, "conf_low": 0.3, "conf_high": 0.7}],
         "dropped_collinear": [], "absorbed": {"effects": ["firm"], "levels": [10], "parameters": 9},
         "fit": {"r_squared": 0.9, "adj_r_squared": 0.89, "within_r_squared": 0.5, "f_statistic": null, "f_p_value": null,
                 "log_likelihood": -100.5, "aic": 1, "bic": 2, "df_resid": 9, "df_model": 1, "ssr": 3, "scale": 4}}
        """
        let r = try FitReport(path: try temporaryFile(json, ext: "json"))
        XCTAssertEqual(r, FitReport(model: "OLS", formula: "y ~ x | firm", n: 220,
                                    coefficients: [.init(term: "x", estimate: 0.5, stdError: 0.1, pValue: 0.001)], absorbed: ["firm"],
                                    rSquared: 0.9, adjRSquared: 0.89, logLikelihood: -100.5, covariance: "cluster"))
        XCTAssertThrowsError(try FitReport(path: try temporaryFile("[1]", ext: "json")))
    }
}
