import Models
import TestSupport
import XCTest

/// Compares a GLM coefficient table with a statsmodels record written by Tests/References/Models/glm_records.py
/// (`coef_record`): names, params, bse, tvalues, pvalues, conf_low, conf_high.
func assertGLMCoefficients(_ r: GLMResult, _ e: [String: Any], estimateTolerance: Double, tolerance: Double,
                           file: StaticString = #filePath, line: UInt = #line) {
    XCTAssertEqual(r.coefficients.map(\.term), e.strings("names"), file: file, line: line)
    assertClose(r.coefficients.map(\.estimate), e.doubles("params"), relativeTolerance: estimateTolerance, file: file, line: line)
    for (key, values) in [("bse", r.coefficients.map(\.standardError)), ("tvalues", r.coefficients.map(\.statistic)),
                          ("pvalues", r.coefficients.map(\.pValue)), ("conf_low", r.coefficients.map(\.confidenceLow)),
                          ("conf_high", r.coefficients.map(\.confidenceHigh))] {
        assertClose(values, e.doubles(key), relativeTolerance: tolerance, key, file: file, line: line)
    }
}
