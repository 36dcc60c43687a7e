import Models
import TestSupport
import XCTest

/// Compares a GLM coefficient table with a statsmodels record written by Tests/References/Models/glm_records.py
/// (`coef_record`): names, params, bse, tvalues, pvalues, conf_low, conf_high. p-values far in the tail amplify the
/// relative difference of the statistic z by about z² (p ≈ φ(z)/z), so `pValueTolerance` may be looser.
func assertGLMCoefficients(_ r: GLMResult, _ e: [String: Any], estimateTolerance: Double, tolerance: Double,
                           pValueTolerance: Double? = nil, file: StaticString = #filePath, line: UInt = #line) {
    XCTAssertEqual(r.coefficients.map(\.term), e.strings("names"), file: file, line: line)
    assertClose(r.coefficients.map(\.estimate), e.doubles("params"), relativeTolerance: estimateTolerance, file: file, line: line)
    for (key, values) in [("bse", r.coefficients.map(\.standardError)), ("tvalues", r.coefficients.map(\.statistic)),
                          ("pvalues", r.coefficients.map(\.pValue)), ("conf_low", r.coefficients.map(\.confidenceLow)),
                          ("conf_high", r.coefficients.map(\.confidenceHigh))] {
        let t = key == "pvalues" ? pValueTolerance ?? tolerance : tolerance
        assertClose(values, e.doubles(key), relativeTolerance: t, key, file: file, line: line)
    }
}
