import Models
import TestSupport
import XCTest

// Expected values: statsmodels 0.15.0 GLM, Tests/References/Models/glm_reference.py
// (Fixtures/glm_reference.json). IRLS converges to ~1e-12 in deviance; estimates agree to ~1e-9.
final class GLMTests: XCTestCase {
    func record(_ path: [String]) -> [String: Any] { ReferenceFixture.object(path, in: ReferenceFixture.glm) }

    func assertCoefficients(_ r: GLMResult, _ e: [String: Any], file: StaticString = #filePath, line: UInt = #line) {
        assertGLMCoefficients(r, e, estimateTolerance: 1e-7, tolerance: 1e-6, file: file, line: line)
    }

    func assertFit(_ r: GLMResult, _ e: [String: Any], file: StaticString = #filePath, line: UInt = #line) {
        XCTAssertEqual(Double(r.observationCount), e.double("nobs"), file: file, line: line)
        XCTAssertEqual(r.dfResidual, e.double("df_resid"), file: file, line: line)
        XCTAssertEqual(r.dfModel, e.double("df_model"), file: file, line: line)
        for (name, actual) in [("deviance", r.deviance), ("null_deviance", r.nullDeviance), ("pearson_chi2", r.pearsonChiSquared),
                               ("llf", r.logLikelihood), ("aic", r.aic), ("bic", r.bic)] {
            assertClose(actual, e.double(name), relativeTolerance: 1e-8, name, file: file, line: line)
        }
        assertClose(Array(r.fittedMeans.prefix(5)), e.doubles("mu_head"), relativeTolerance: 1e-7, file: file, line: line)
    }

    func fit(_ data: String, _ formula: String, _ family: GLMFamily, covariance: CovarianceType = .classical,
             frame: ModelFrame? = nil) throws -> GLMResult {
        try GeneralizedLinearModel(formula: Formula(formula), family: family, covariance: covariance)
            .fit(frame ?? ReferenceFixture.frame(data))
    }

    func testLogitOnSpectorMatchesStatsmodels() throws {
        let formula = record(["spector"]).string("formula")
        let r = try fit("spector.csv", formula, .binomial)
        assertCoefficients(r, record(["spector", "fits", "nonrobust"]))
        assertFit(r, record(["spector", "fits", "nonrobust"]))
        assertClose(r.pseudoRSquared, record(["spector"]).double("logit_prsquared"), relativeTolerance: 1e-8)
        XCTAssertEqual(r.distribution, .normal)
        assertCoefficients(try fit("spector.csv", formula, .binomial, covariance: .hc0), record(["spector", "fits", "HC0"]))
        // Predicted probabilities on the fitted rows equal the fitted means.
        let p = try r.predict(ReferenceFixture.frame("spector.csv"))
        assertClose(Array(p.prefix(5)), record(["spector", "fits", "nonrobust"]).doubles("mu_head"), relativeTolerance: 1e-7)
    }

    func testPoissonOnCpunishMatchesStatsmodels() throws {
        let formula = record(["cpunish"]).string("formula")
        let r = try fit("cpunish.csv", formula, .poisson)
        assertCoefficients(r, record(["cpunish", "fits", "nonrobust"]))
        assertFit(r, record(["cpunish", "fits", "nonrobust"]))
        assertCoefficients(try fit("cpunish.csv", formula, .poisson, covariance: .hc0), record(["cpunish", "fits", "HC0"]))
        XCTAssertThrowsError(try fit("cpunish.csv", formula, .poisson, covariance: .hc1))
        // Cluster-robust with 4 arbitrary clusters (row index mod 4), as the reference script.
        let base = try ReferenceFixture.frame("cpunish.csv")
        let groups = record(["cpunish"]).doubles("cluster_groups")
        let frame = try ModelFrame(numeric: base.numeric.merging(["g": groups]) { a, _ in a }, text: base.text)
        assertCoefficients(try fit("", formula, .poisson, covariance: .cluster(["g"]), frame: frame),
                           record(["cpunish", "fits", "cluster_south"]))
    }

    func testCompleteSeparationIsReportedNotFitted() throws {
        // x > 0 exactly when y = 1: no finite maximum-likelihood estimate exists.
        let frame = try ModelFrame(numeric: ["y": [0, 0, 0, 0, 1, 1, 1, 1], "x": [-4, -3, -2, -1, 1, 2, 3, 4],
                                             "z": [1, 3, 2, 5, 4, 2, 6, 1]])
        XCTAssertThrowsError(try fit("", "y ~ x + z", .binomial, frame: frame)) { error in
            guard case ModelError.separation(let m)? = error as? ModelError else { return XCTFail("\(error)") }
            XCTAssertTrue(m.contains("8 of 8 observations"), m)
            // The separating regressor is named with the threshold, the overlapping one is not.
            XCTAssertTrue(m.contains("'x' separates the response: every observation with x > -1 has y = 1 and every one "
                                     + "with x < 1 has y = 0"), m)
            XCTAssertFalse(m.contains("'z'"), m)
            XCTAssertEqual((error as? ModelError)?.exitStatus.rawValue, 65)
        }
    }

    func testQuasiCompleteSeparationByACategoryIsReported() throws {
        // Every observation of category "c" has y = 0, the rest overlap: quasi-complete separation for the logit,
        // a category without events for the Poisson (its coefficient → −∞, Santos Silva and Tenreyro 2010).
        for (family, y, boundary) in [(GLMFamily.binomial, [0.0, 1, 0, 1, 1, 0, 0, 0, 0], "3 of 9 observations"),
                                      (.poisson, [2, 0, 3, 1, 4, 2, 0, 0, 0], "observations are fitted with mean")] {
            let frame = try ModelFrame(numeric: ["y": y, "x": [1, 2, 3, 1, 2, 3, 1, 2, 3]],
                                       text: ["g": ["a", "a", "a", "b", "b", "b", "c", "c", "c"]])
            XCTAssertThrowsError(try fit("", "y ~ x + C(g)", family, frame: frame)) { error in
                guard case ModelError.separation(let m)? = error as? ModelError else { return XCTFail("\(error)") }
                XCTAssertTrue(m.contains(boundary), m)
                XCTAssertTrue(m.contains("'C(g)[T.c]' separates the response: every observation with C(g)[T.c] > 0 has y = 0"), m)
                XCTAssertFalse(m.contains("'x'"), m)
            }
        }
    }

    func testResponseOutsideSupportIsADataError() throws {
        let frame = try ModelFrame(numeric: ["y": [0, 2, 1], "x": [1, 2, 3]])
        XCTAssertThrowsError(try fit("", "y ~ x", .binomial, frame: frame))
        let negative = try ModelFrame(numeric: ["y": [0, -1, 1], "x": [1, 2, 3]])
        XCTAssertThrowsError(try fit("", "y ~ x", .poisson, frame: negative))
    }
}
