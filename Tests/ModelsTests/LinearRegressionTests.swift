import Linalg
import Models
import TestSupport
import XCTest

// Expected values: statsmodels 0.15.0 (and pyfixest 0.60.0 / linearmodels 7.1 where named), written by
// Tests/References/Models/ols_reference.py into Fixtures/ols_reference.json; NIST StRD certified values
// for Longley.
final class LinearRegressionTests: XCTestCase {
    /// Compares estimates, standard errors, statistics, p-values, intervals and the F-test with a
    /// statsmodels record.
    func assertMatches(_ r: LinearRegressionResult, _ e: [String: Any], tolerance: Double = 1e-6,
                       inference: Bool = true, file: StaticString = #filePath, line: UInt = #line) {
        XCTAssertEqual(r.coefficients.map(\.term), e.strings("names"), file: file, line: line)
        assertClose(r.coefficients.map(\.estimate), e.doubles("params"), relativeTolerance: tolerance, "params", file: file, line: line)
        assertClose(r.coefficients.map(\.standardError), e.doubles("bse"), relativeTolerance: tolerance, "bse", file: file, line: line)
        assertClose(r.coefficients.map(\.statistic), e.doubles("tvalues"), relativeTolerance: tolerance, "t", file: file, line: line)
        guard inference else { return }
        assertClose(r.coefficients.map(\.pValue), e.doubles("pvalues"), relativeTolerance: 1e-6, absoluteFloor: 1e-300,
                    "p", file: file, line: line)
        assertClose(r.coefficients.map(\.confidenceLow), e.doubles("conf_low"), relativeTolerance: tolerance, "ci low", file: file, line: line)
        assertClose(r.coefficients.map(\.confidenceHigh), e.doubles("conf_high"), relativeTolerance: tolerance, "ci high", file: file, line: line)
        assertClose(r.fStatistic, e.double("fvalue"), relativeTolerance: tolerance, "F", file: file, line: line)
        assertClose(r.fPValue, e.double("f_pvalue"), relativeTolerance: 1e-6, "F p", file: file, line: line)
        if case .t = r.distribution { XCTAssertTrue(e["use_t"] as? Bool ?? false, file: file, line: line) } else {
            XCTAssertFalse(e["use_t"] as? Bool ?? true, file: file, line: line)
        }
    }

    /// Compares the fit statistics with a statsmodels record.
    func assertFitMatches(_ r: LinearRegressionResult, _ e: [String: Any], tolerance: Double = 1e-6,
                          file: StaticString = #filePath, line: UInt = #line) {
        XCTAssertEqual(Double(r.observationCount), e.double("nobs"), file: file, line: line)
        XCTAssertEqual(r.dfResidual, e.double("df_resid"), file: file, line: line)
        XCTAssertEqual(r.dfModel, e.double("df_model"), file: file, line: line)
        for (name, actual) in [("rsquared", r.rSquared), ("rsquared_adj", r.adjustedRSquared), ("llf", r.logLikelihood),
                               ("aic", r.aic), ("bic", r.bic), ("ssr", r.sumOfSquaredResiduals), ("scale", r.scale)] {
            assertClose(actual, e.double(name), relativeTolerance: tolerance, name, file: file, line: line)
        }
        assertClose(Array(r.residuals.prefix(5)), e.doubles("resid_head"), relativeTolerance: tolerance, absoluteFloor: 1e-6,
                    "resid", file: file, line: line)
        assertClose(Array(r.fittedValues.prefix(5)), e.doubles("fitted_head"), relativeTolerance: tolerance, "fitted",
                    file: file, line: line)
    }

    func fit(_ data: String, _ formula: String, weights: String? = nil, covariance: CovarianceType = .classical,
             useT: Bool? = nil, frame: ModelFrame? = nil) throws -> LinearRegressionResult {
        try LinearModel(formula: Formula(formula), weights: weights, covariance: covariance, useT: useT)
            .fit(frame ?? ReferenceFixture.frame(data))
    }

    func testLongleyMatchesNISTCertifiedValues() throws {
        let e = ReferenceFixture.object(["longley"])
        let r = try fit("longley.csv", e.string("formula"))
        // QR keeps ~8 digits on this cond ≈ 5e9 design; NIST certifies 15.
        assertClose(r.coefficients.map(\.estimate), e.doubles("nist_params"), relativeTolerance: 1e-8)
        assertClose(r.coefficients.map(\.standardError), e.doubles("nist_bse"), relativeTolerance: 1e-8)
        assertClose(r.rSquared, e.double("nist_rsquared"), relativeTolerance: 1e-10)
    }

    func testLongleyMatchesStatsmodelsForEveryHeteroskedasticCovariance() throws {
        let e = ReferenceFixture.object(["longley"])
        let formula = e.string("formula")
        let classical = try fit("longley.csv", formula)
        assertMatches(classical, ReferenceFixture.object(["longley", "fits", "nonrobust"]))
        assertFitMatches(classical, ReferenceFixture.object(["longley", "fits", "nonrobust"]))
        for (name, type) in [("HC0", CovarianceType.hc0), ("HC1", .hc1), ("HC2", .hc2), ("HC3", .hc3)] {
            assertMatches(try fit("longley.csv", formula, covariance: type), ReferenceFixture.object(["longley", "fits", name]))
        }
    }

    func testGrunfeldMatchesStatsmodelsForEveryCovariance() throws {
        let formula = ReferenceFixture.object(["grunfeld"]).string("formula")
        let fits = ReferenceFixture.object(["grunfeld", "fits"])
        let cases: [(String, CovarianceType, Bool?)] = [
            ("nonrobust", .classical, nil), ("HC0", .hc0, nil), ("HC1", .hc1, nil), ("HC2", .hc2, nil), ("HC3", .hc3, nil),
            ("cluster_firm", .cluster(["firm"]), nil), ("cluster_firm_year", .cluster(["firm", "year"]), nil),
            ("cluster_firm_use_t", .cluster(["firm"]), true), ("HC1_use_t", .hc1, true),
        ]
        for (name, type, useT) in cases {
            let r = try fit("grunfeld.csv", formula, covariance: type, useT: useT)
            assertMatches(r, fits[name] as? [String: Any] ?? [:])
        }
        assertFitMatches(try fit("grunfeld.csv", formula), fits["nonrobust"] as? [String: Any] ?? [:])
    }

    func testOneWayClusterEqualsPyfixestAndInferenceUsesGMinusOne() throws {
        let e = ReferenceFixture.object(["grunfeld"])
        let r = try fit("grunfeld.csv", e.string("formula"), covariance: .cluster(["firm"]), useT: true)
        // pyfixest CRV1 = statsmodels' one-way factor when no fixed effect is nested in the cluster.
        let pyfixest = ReferenceFixture.object(["grunfeld", "pyfixest"])
        assertClose(r.coefficients.map(\.standardError), pyfixest.doubles("cluster_firm_bse"), relativeTolerance: 1e-6)
        assertClose(r.coefficients.map(\.pValue), pyfixest.doubles("cluster_firm_pvalues"), relativeTolerance: 1e-6)
        XCTAssertEqual(r.clusterCounts, [11])
        XCTAssertEqual(r.distribution, .t(degreesOfFreedom: 10))
    }

    func testWLSMatchesStatsmodels() throws {
        var frame = try ReferenceFixture.frame("grunfeld.csv")
        frame = try ModelFrame(numeric: frame.numeric.merging(["inv_capital": (frame.numeric["capital"] ?? []).map { 1 / $0 }]) { a, _ in a },
                               text: frame.text)
        let e = ReferenceFixture.object(["grunfeld", "wls"])
        let formula = ReferenceFixture.object(["grunfeld"]).string("formula")
        let r = try fit("", formula, weights: "inv_capital", frame: frame)
        XCTAssertEqual(r.model.name, "WLS")
        assertMatches(r, e)
        assertFitMatches(r, e)
        for (name, type) in [("HC0", CovarianceType.hc0), ("HC1", .hc1), ("HC2", .hc2), ("HC3", .hc3),
                             ("cluster_firm", .cluster(["firm"]))] {
            assertMatches(try fit("", formula, weights: "inv_capital", covariance: type, frame: frame),
                          e[name] as? [String: Any] ?? [:])
        }
        // Prediction intervals of the WLS fit (new observation of weight 1).
        let p = ReferenceFixture.object(["grunfeld", "wls_prediction"])
        let newData = p["new"] as? [String: Any] ?? [:]
        let newFrame = try ModelFrame(numeric: ["value": newData.doubles("value"), "capital": newData.doubles("capital")])
        assertPredictions(try r.predict(newFrame), p)
    }

    func assertPredictions(_ got: [LinearPrediction], _ p: [String: Any], file: StaticString = #filePath, line: UInt = #line) {
        assertClose(got.map(\.mean), p.doubles("mean"), relativeTolerance: 1e-8, file: file, line: line)
        assertClose(got.map(\.standardError), p.doubles("mean_se"), relativeTolerance: 1e-6, file: file, line: line)
        assertClose(got.map(\.confidenceLow), p.doubles("mean_ci_lower"), relativeTolerance: 1e-6, file: file, line: line)
        assertClose(got.map(\.confidenceHigh), p.doubles("mean_ci_upper"), relativeTolerance: 1e-6, file: file, line: line)
        assertClose(got.map(\.predictionLow), p.doubles("obs_ci_lower"), relativeTolerance: 1e-6, file: file, line: line)
        assertClose(got.map(\.predictionHigh), p.doubles("obs_ci_upper"), relativeTolerance: 1e-6, file: file, line: line)
    }

    func testLongleyPredictionIntervalsMatchStatsmodels() throws {
        let e = ReferenceFixture.object(["longley"])
        let r = try fit("longley.csv", e.string("formula"))
        let p = ReferenceFixture.object(["longley", "prediction"])
        let newData = p["new"] as? [String: Any] ?? [:]
        var columns: [String: [Double]] = [:]
        for name in ["GNPDEFL", "GNP", "UNEMP", "ARMED", "POP", "YEAR"] { columns[name] = newData.doubles(name) }
        assertPredictions(try r.predict(ModelFrame(numeric: columns)), p)
    }

    func testCategoricalAndInteractionTermsMatchStatsmodelsNamesAndValues() throws {
        for key in ["interaction", "categorical_year"] {
            let e = ReferenceFixture.object(["grunfeld", key])
            let r = try fit("grunfeld.csv", e.string("formula"))
            assertMatches(r, e)
            assertFitMatches(r, e)
        }
        let j = ReferenceFixture.object(["jinan"])
        let r = try fit("jinan_small.csv", j.string("formula"))
        XCTAssertEqual(r.coefficients[1].term, "C(district)[T.历城区]")
        assertMatches(r, j)
        assertFitMatches(r, j)
        assertMatches(try fit("jinan_small.csv", j.string("formula"), covariance: .hc3), j["HC3"] as? [String: Any] ?? [:])
    }

    func testMissingRowsAreDroppedAndCounted() throws {
        let e = ReferenceFixture.object(["missing"])
        let r = try fit("grunfeld_missing.csv", e.string("formula"))
        XCTAssertEqual(r.observationCount, 214)
        XCTAssertEqual(r.droppedRowCount, 6)  // rows 3, 5, 17, 100, 150, 200 (0-based)
        XCTAssertFalse(r.rowsUsed.contains(17))
        assertMatches(r, e)
        assertFitMatches(r, e)
    }

    func testPerfectlyCollinearColumnIsDroppedAndReported() throws {
        let base = try ReferenceFixture.frame("grunfeld.csv")
        let value = base.numeric["value"] ?? [], capital = base.numeric["capital"] ?? []
        let frame = try ModelFrame(numeric: base.numeric.merging(["total": zip(value, capital).map { 2 * $0 - $1 }]) { a, _ in a },
                                   text: base.text)
        let r = try fit("", "invest ~ value + capital + total", frame: frame)
        XCTAssertEqual(r.droppedCollinear, ["total"])
        XCTAssertEqual(r.columnNames, ["Intercept", "value", "capital", "total"])
        // R's lm gives NA for `total` and the fit without it: statsmodels' fit of invest ~ value + capital.
        let e = ReferenceFixture.object(["grunfeld", "collinear_reference"])
        assertMatches(r, e)
        assertFitMatches(r, e)
        XCTAssertTrue(r.summary().contains("total"))
    }

    // Expected: pyfixest 0.60.0 feols (fixest conventions) and statsmodels' OLS with C(fe) dummies,
    // ols_reference.py ("absorbed"). pyfixest computes p = 2(1 − cdf), which is 0 below ~1e-16, hence the
    // absolute floor on p-values.
    func testAbsorbedFixedEffectsMatchPyfixestAndTheDummyRegression() throws {
        for fe in ["firm", "firm + year"] {
            let e = ReferenceFixture.object(["absorbed", fe])
            let cases: [(String, CovarianceType)] = [("iid", .classical), ("hetero", .hc1), ("cluster_firm", .cluster(["firm"])),
                                                     ("cluster_year", .cluster(["year"])),
                                                     ("cluster_firm_year", .cluster(["firm", "year"]))]
            for (name, type) in cases {
                let r = try fit("grunfeld.csv", "invest ~ value + capital | \(fe)", covariance: type)
                let p = e[name] as? [String: Any] ?? [:]
                XCTAssertEqual(r.coefficients.map(\.term), ["value", "capital"])
                assertClose(r.coefficients.map(\.estimate), p.doubles("params"), relativeTolerance: 1e-8, "\(fe) \(name)")
                assertClose(r.coefficients.map(\.standardError), p.doubles("bse"), relativeTolerance: 1e-6, "\(fe) \(name)")
                assertClose(r.coefficients.map(\.statistic), p.doubles("tvalues"), relativeTolerance: 1e-6, "\(fe) \(name)")
                assertClose(r.coefficients.map(\.pValue), p.doubles("pvalues"), relativeTolerance: 1e-6, absoluteFloor: 1e-10,
                            "\(fe) \(name)")
                assertClose(r.coefficients.map(\.confidenceLow), p.doubles("conf_low"), relativeTolerance: 1e-6, "\(fe) \(name)")
                assertClose(r.coefficients.map(\.confidenceHigh), p.doubles("conf_high"), relativeTolerance: 1e-6, "\(fe) \(name)")
                assertClose(r.withinRSquared ?? .nan, p.double("r2_within"), relativeTolerance: 1e-8)
                assertClose(r.rSquared, p.double("r2"), relativeTolerance: 1e-8)
            }
            // Same fit as the dummy-variable regression in statsmodels.
            let r = try fit("grunfeld.csv", "invest ~ value + capital | \(fe)")
            let d = e["dummy_ols"] as? [String: Any] ?? [:]
            assertClose(r.coefficients.map(\.standardError), d.doubles("bse"), relativeTolerance: 1e-6)
            for (name, actual) in [("rsquared", r.rSquared), ("rsquared_adj", r.adjustedRSquared), ("llf", r.logLikelihood),
                                   ("aic", r.aic), ("bic", r.bic), ("df_resid", r.dfResidual), ("ssr", r.sumOfSquaredResiduals)] {
                assertClose(actual, d.double(name), relativeTolerance: 1e-8, "\(fe) \(name)")
            }
            XCTAssertTrue(r.fStatistic.isNaN)
            XCTAssertThrowsError(try r.predict(ReferenceFixture.frame("grunfeld.csv")))
        }
        XCTAssertThrowsError(try fit("grunfeld.csv", "invest ~ value | firm", covariance: .hc3))
    }

    func testRegressorConstantWithinAnAbsorbedEffectIsDropped() throws {
        let base = try ReferenceFixture.frame("grunfeld.csv")
        // A firm-level variable (1 for the first five firms in sorted order) is collinear with the firm effects.
        let firms = Set(base.text["firm"]?.compactMap { $0 } ?? []).sorted().prefix(5)
        let firmLevel = (base.text["firm"] ?? []).map { firms.contains($0 ?? "") ? 1.0 : 0.0 }
        let frame = try ModelFrame(numeric: base.numeric.merging(["big": firmLevel]) { a, _ in a }, text: base.text)
        let r = try fit("", "invest ~ value + big + capital | firm", frame: frame)
        XCTAssertEqual(r.droppedCollinear, ["big"])
        let e = ReferenceFixture.object(["absorbed", "firm", "iid"])
        assertClose(r.coefficients.map(\.estimate), e.doubles("params"), relativeTolerance: 1e-8)
        assertClose(r.coefficients.map(\.standardError), e.doubles("bse"), relativeTolerance: 1e-6)
    }

    func testWeightedAbsorbedFixedEffectsMatchPyfixestAndStatsmodelsWLS() throws {
        let base = try ReferenceFixture.frame("grunfeld.csv")
        let frame = try ModelFrame(numeric: base.numeric.merging(["inv_capital": (base.numeric["capital"] ?? []).map { 1 / $0 }]) { a, _ in a },
                                   text: base.text)
        let clustered = try fit("", "invest ~ value + capital | firm", weights: "inv_capital", covariance: .cluster(["firm"]), frame: frame)
        let p = ReferenceFixture.object(["absorbed", "weighted_firm_cluster"])
        assertClose(clustered.coefficients.map(\.estimate), p.doubles("params"), relativeTolerance: 1e-8)
        assertClose(clustered.coefficients.map(\.standardError), p.doubles("bse"), relativeTolerance: 1e-6)
        assertClose(clustered.coefficients.map(\.pValue), p.doubles("pvalues"), relativeTolerance: 1e-6)
        let classical = try fit("", "invest ~ value + capital | firm", weights: "inv_capital", frame: frame)
        let d = ReferenceFixture.object(["absorbed", "weighted_dummy_wls"])
        assertClose(classical.coefficients.map(\.standardError), d.doubles("bse"), relativeTolerance: 1e-6)
        assertClose(classical.logLikelihood, d.double("llf"), relativeTolerance: 1e-8)
        assertClose(classical.rSquared, d.double("rsquared"), relativeTolerance: 1e-8)
    }

    func testSummaryAndJSONCarryTheNumbers() throws {
        let r = try fit("grunfeld.csv", "invest ~ value + capital", covariance: .cluster(["firm"]))
        let text = r.summary()
        XCTAssertTrue(text.contains("OLS Regression Results"))
        XCTAssertTrue(text.contains("P>|z|"))
        XCTAssertTrue(text.contains("cluster(firm)"))
        let json = try JSONEncoder().encode(LinearRegressionReport(r))
        let object = try JSONSerialization.jsonObject(with: json) as? [String: Any] ?? [:]
        XCTAssertEqual(object["n"] as? Int, 220)
        let coefficients = object["coefficients"] as? [[String: Any]] ?? []
        XCTAssertEqual(coefficients.map { $0["term"] as? String }, ["Intercept", "value", "capital"])
        let e = ReferenceFixture.object(["grunfeld", "fits", "cluster_firm"])
        assertClose(coefficients.map { ($0["std_error"] as? Double) ?? .nan }, e.doubles("bse"), relativeTolerance: 1e-6)
        // The library result round-trips through Codable.
        let encoder = JSONEncoder()
        encoder.nonConformingFloatEncodingStrategy = .convertToString(positiveInfinity: "inf", negativeInfinity: "-inf", nan: "nan")
        let decoder = JSONDecoder()
        decoder.nonConformingFloatDecodingStrategy = .convertFromString(positiveInfinity: "inf", negativeInfinity: "-inf", nan: "nan")
        let back = try decoder.decode(LinearRegressionResult.self, from: encoder.encode(r))
        XCTAssertEqual(back.coefficients, r.coefficients)
        XCTAssertEqual(try back.predict(ReferenceFixture.frame("grunfeld.csv")).prefix(3).map(\.mean),
                       try r.predict(ReferenceFixture.frame("grunfeld.csv")).prefix(3).map(\.mean))
    }
}
