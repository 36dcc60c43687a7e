import Models
import TestSupport
import XCTest

// Expected values: statsmodels 0.15.0, Tests/References/Models/glm_robust_reference.py
// (Fixtures/glm_robust_reference.json; data Fixtures/glm_families.csv and spector.csv). Covariances are
// sandwiches of converged iterative fits: 1e-5 relative (agreement is ~1e-8 in practice).
final class GLMRobustCovarianceTests: XCTestCase {
    static var reference: [String: Any] { ReferenceFixture.load("glm_robust_reference.json") }
    func record(_ name: String) -> [String: Any] { ReferenceFixture.object(["fits", name], in: Self.reference) }
    var rhs: String { Self.reference["rhs"] as? String ?? "" }

    /// glm_families.csv with the reference script's cluster columns `cl` (row mod 7) and `cl2` (row mod 11).
    func familiesFrame() throws -> ModelFrame {
        let base = try ReferenceFixture.frame("glm_families.csv")
        let extra = ["cl": Self.reference.doubles("cluster_groups"), "cl2": Self.reference.doubles("cluster2_groups")]
        return try ModelFrame(numeric: base.numeric.merging(extra) { a, _ in a }, text: base.text)
    }

    static let covariances: [(String, CovarianceType)] = [("hc0", .hc0), ("cluster", .cluster(["cl"])),
                                                          ("cluster2", .cluster(["cl", "cl2"]))]

    func fit(_ formula: String, _ family: GLMFamily, _ covariance: CovarianceType, exposure: String? = nil,
             alpha: Double? = nil) throws -> GLMResult {
        try GeneralizedLinearModel(formula: Formula(formula), family: family, covariance: covariance, exposure: exposure,
                                   alpha: alpha).fit(familiesFrame())
    }

    func testGammaRobustAndClusteredCovariancesMatchStatsmodels() throws {
        for (name, covariance) in Self.covariances {
            let r = try fit("cost ~ " + rhs, .gamma, covariance)
            assertGLMCoefficients(r, record("gamma_" + name), estimateTolerance: 1e-6, tolerance: 1e-5)
        }
    }

    func testNegativeBinomialWithFixedAlphaRobustCovariancesMatchStatsmodelsGLM() throws {
        for (name, covariance) in Self.covariances {
            let r = try fit("count ~ " + rhs, .negativeBinomial, covariance, exposure: "pop", alpha: 0.5)
            // The intercept's z ≈ 33 puts its p-value near 1e-236, where a 1e-7 relative difference in z moves p by
            // ~1e-4 relative; statistics and intervals are held to 1e-5.
            assertGLMCoefficients(r, record("nbglm_" + name), estimateTolerance: 1e-6, tolerance: 1e-5, pValueTolerance: 1e-3)
        }
    }

    func testNegativeBinomialWithAlphaByMLRobustCovariancesMatchStatsmodelsDiscreteNB2() throws {
        for (name, covariance) in Self.covariances {
            let r = try fit("count ~ " + rhs, .negativeBinomial, covariance, exposure: "pop")
            // The sandwich covers (β, α): alpha has a robust standard error too, and K = k + 1 in the cluster factor.
            XCTAssertEqual(r.coefficients.last?.term, "alpha")
            assertGLMCoefficients(r, record("negbin_" + name), estimateTolerance: 1e-6, tolerance: 1e-5)
            if name == "cluster2" { XCTAssertEqual(r.clusterCounts, [7, 11]) }
        }
    }

    func testProbitClusteredCovarianceMatchesStatsmodels() throws {
        let base = try ReferenceFixture.frame("spector.csv")
        let frame = try ModelFrame(numeric: base.numeric.merging(["cl": Self.reference.doubles("spector_cluster_groups")]) { a, _ in a })
        let r = try GeneralizedLinearModel(formula: Formula("GRADE ~ GPA + TUCE + PSI"), family: .binomial,
                                           covariance: .cluster(["cl"]), link: .probit).fit(frame)
        assertGLMCoefficients(r, record("probit_cluster"), estimateTolerance: 1e-6, tolerance: 1e-5)
    }

    func testHC1ToHC3AreStillRefusedForGLMs() throws {
        for covariance in [CovarianceType.hc1, .hc2, .hc3] {
            XCTAssertThrowsError(try fit("cost ~ " + rhs, .gamma, covariance)) {
                XCTAssertEqual(($0 as? ModelError)?.exitStatus.rawValue, 64)
            }
        }
    }

    func testPredictionsWithExposureAndOffsetMatchStatsmodels() throws {
        let frame = try familiesFrame()
        let newExposure = Self.reference.doubles("prediction_exposure")
        let head = try ModelFrame(numeric: frame.numeric.mapValues { Array($0.prefix(newExposure.count)) },
                                  text: frame.text.mapValues { Array($0.prefix(newExposure.count)) })
        let expected = Self.reference.object("predictions")
        let poisson = try fit("count ~ " + rhs, .poisson, .classical, exposure: "pop")
        assertClose(try poisson.predict(head, exposure: newExposure), expected.doubles("poisson_exposure"), relativeTolerance: 1e-7)
        assertClose(try poisson.predict(head), expected.doubles("poisson_exposure_none"), relativeTolerance: 1e-7)
        let logExposure = newExposure.map { Foundation.log($0) }
        let poissonOffset = try GeneralizedLinearModel(formula: Formula("count ~ " + rhs), family: .poisson, offset: "logpop")
            .fit(frame)
        assertClose(try poissonOffset.predict(head, offset: logExposure), expected.doubles("poisson_offset"), relativeTolerance: 1e-7)
        let nb = try fit("count ~ " + rhs, .negativeBinomial, .classical, exposure: "pop")
        assertClose(try nb.predict(head, exposure: newExposure), expected.doubles("negbin_exposure"), relativeTolerance: 1e-6)
        assertClose(try nb.predict(head, offset: logExposure), expected.doubles("negbin_offset"), relativeTolerance: 1e-6)
        // The model's own exposure column: the head's populations scaled by 1.5 give the same expected counts.
        var scaled = head.numeric
        scaled["pop"] = newExposure
        let withColumn = try ModelFrame(numeric: scaled, text: head.text)
        assertClose(try nb.predictWithModelOffset(withColumn), expected.doubles("negbin_exposure"), relativeTolerance: 1e-6)
        XCTAssertThrowsError(try nb.predict(head, exposure: [1, 2]))                       // wrong length
        XCTAssertThrowsError(try nb.predict(head, offset: logExposure, exposure: newExposure))
        XCTAssertThrowsError(try nb.predict(head, exposure: newExposure.map { -$0 }))
    }
}
