import Models
import TestSupport
import XCTest

// Expected values: statsmodels 0.15.0, Tests/References/Models/glm_families_reference.py
// (Fixtures/glm_families_reference.json, data Fixtures/glm_families.csv and spector.csv). Tolerance 1e-5
// relative (iterative fits; agreement is ~1e-8 in practice).
final class GLMFamiliesTests: XCTestCase {
    static var reference: [String: Any] { ReferenceFixture.load("glm_families_reference.json") }
    func record(_ name: String) -> [String: Any] { ReferenceFixture.object(["fits", name], in: Self.reference) }
    var rhs: String { Self.reference["rhs"] as? String ?? "" }

    func assertCoefficients(_ r: GLMResult, _ e: [String: Any], file: StaticString = #filePath, line: UInt = #line) {
        assertGLMCoefficients(r, e, estimateTolerance: 1e-5, tolerance: 1e-5, file: file, line: line)
    }

    func assertFit(_ r: GLMResult, _ e: [String: Any], file: StaticString = #filePath, line: UInt = #line) {
        XCTAssertEqual(Double(r.observationCount), e.double("nobs"), file: file, line: line)
        for (name, actual) in [("deviance", r.deviance), ("null_deviance", r.nullDeviance), ("pearson_chi2", r.pearsonChiSquared),
                               ("llf", r.logLikelihood), ("aic", r.aic), ("scale", r.scale)] {
            assertClose(actual, e.double(name), relativeTolerance: 1e-5, name, file: file, line: line)
        }
        assertClose(Array(r.fittedMeans.prefix(5)), e.doubles("mu_head"), relativeTolerance: 1e-5, file: file, line: line)
    }

    func fit(_ data: String, _ formula: String, _ family: GLMFamily, link: GLMLink? = nil, covariance: CovarianceType = .classical,
             trials: String? = nil, offset: String? = nil, exposure: String? = nil) throws -> GLMResult {
        try GeneralizedLinearModel(formula: Formula(formula), family: family, covariance: covariance, link: link,
                                   trials: trials, offset: offset, exposure: exposure)
            .fit(ReferenceFixture.frame(data))
    }

    func testProbitAndCloglogOnSpectorMatchStatsmodels() throws {
        let f = "GRADE ~ GPA + TUCE + PSI"
        for link in [GLMLink.probit, .cloglog] {
            let r = try fit("spector.csv", f, .binomial, link: link)
            assertCoefficients(r, record(link.rawValue))
            assertFit(r, record(link.rawValue))
            XCTAssertEqual(r.model.name, link.displayName)
            XCTAssertGreaterThan(r.iterations, 1)
            XCTAssertLessThan(r.lastChange, 1e-9)
            // statsmodels' HC0 for non-canonical links uses the observed-information bread.
            assertCoefficients(try fit("spector.csv", f, .binomial, link: link, covariance: .hc0), record(link.rawValue + "_hc0"))
        }
    }

    func testBinomialCountsWithTrialsMatchStatsmodelsTwoColumnEndog() throws {
        let r = try fit("glm_families.csv", "successes ~ " + rhs, .binomial, trials: "trials")
        assertCoefficients(r, record("trials"))
        assertFit(r, record("trials"))
    }

    func testFractionalCoverageMatchesStatsmodelsBinomialOnFractions() throws {
        let r = try fit("glm_families.csv", "coverage ~ " + rhs, .binomial)
        assertCoefficients(r, record("fractional"))
        assertFit(r, record("fractional"))
        assertCoefficients(try fit("glm_families.csv", "coverage ~ " + rhs, .binomial, covariance: .hc0), record("fractional_hc0"))
    }

    func testPoissonWithExposureAndOffsetMatchStatsmodels() throws {
        let exposure = try fit("glm_families.csv", "count ~ " + rhs, .poisson, exposure: "pop")
        assertCoefficients(exposure, record("poisson_exposure"))
        assertFit(exposure, record("poisson_exposure"))
        let offset = try fit("glm_families.csv", "count ~ " + rhs, .poisson, offset: "logpop")
        assertCoefficients(offset, record("poisson_offset"))
    }

    func testGammaWithLogLinkMatchesStatsmodels() throws {
        let r = try fit("glm_families.csv", "cost ~ " + rhs, .gamma)
        assertCoefficients(r, record("gamma_log"))
        assertFit(r, record("gamma_log"))
    }

    func testNegativeBinomialAlphaByMaximumLikelihoodMatchesStatsmodelsDiscreteNB2() throws {
        for (name, exposure) in [("negbin", "pop" as String?), ("negbin_noexposure", nil)] {
            let r = try fit("glm_families.csv", "count ~ " + rhs, .negativeBinomial, exposure: exposure)
            assertCoefficients(r, record(name))
            assertClose(r.logLikelihood, record(name).double("llf"), relativeTolerance: 1e-8)
            XCTAssertEqual(r.alpha, r.coefficient("alpha")?.estimate)
        }
        let r = try fit("glm_families.csv", "count ~ " + rhs, .negativeBinomial, exposure: "pop")
        assertClose(r.aic, record("negbin").double("aic"), relativeTolerance: 1e-8)
        assertClose(r.bic, record("negbin").double("bic"), relativeTolerance: 1e-8)
    }

    func testInvalidCombinationsAreRefused() throws {
        XCTAssertThrowsError(try fit("glm_families.csv", "count ~ x1", .poisson, link: .probit)) {
            XCTAssertEqual(($0 as? ModelError)?.exitStatus.rawValue, 64)
        }
        XCTAssertThrowsError(try fit("glm_families.csv", "successes ~ x1", .binomial, trials: "count"))   // successes > trials
        XCTAssertThrowsError(try fit("glm_families.csv", "count ~ x1", .poisson, exposure: "x1"))           // negative exposure
        XCTAssertThrowsError(try fit("glm_families.csv", "x1 ~ x2", .gamma))                                // non-positive response
    }

    func testIterationLimitIsATypedErrorWithDiagnostics() throws {
        let model = GeneralizedLinearModel(formula: try Formula("GRADE ~ GPA + TUCE + PSI"), family: .binomial,
                                           maxIterations: 2, link: .probit)
        XCTAssertThrowsError(try model.fit(ReferenceFixture.frame("spector.csv"))) { error in
            guard case ModelError.iterationLimit(_, let iterations, let lastChange)? = error as? ModelError else {
                return XCTFail("\(error)")
            }
            XCTAssertEqual(iterations, 2)
            XCTAssertGreaterThan(lastChange, 0)
        }
    }
}
