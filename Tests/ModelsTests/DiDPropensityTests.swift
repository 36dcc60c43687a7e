import Foundation
import Models
import TestSupport
import XCTest

/// Callaway–Sant'Anna with covariates by inverse probability weighting and the doubly robust estimator.
final class DiDPropensityTests: XCTestCase {
    /// Expected: csdid 0.4.3 est_method "dr"/"ipw", xformla="~ lpop", analytic errors (= moderndid 0.2.0),
    /// Tests/References/DiD/mpdta_dr_reference.py → Fixtures/mpdta_dr_reference.json. The logit is iterative
    /// (IRLS in both tools), so ATTs are compared to 1e-8 relative (floor 1e-4) and SEs to 1e-6.
    func testPropensityEstimatorsOnLogPopulationMatchCsdid() throws {
        let data = try Foundation.Data(contentsOf: RepositoryPaths.fixture("ModelsTests", "mpdta_dr_reference.json"))
        let ref = try XCTUnwrap(JSONSerialization.jsonObject(with: data) as? [String: Any])
        let panel = try DiDTestData.mpdtaWithPopulation()
        for method in [CallawaySantAnna.EstimationMethod.doublyRobust, .inverseProbability] {
            for control in CallawaySantAnna.ControlGroup.allCases {
                let key = "\(control == .never ? "nevertreated" : "notyettreated")_\(method.rawValue)_lpop"
                let expected = ref.object(key)
                let result = try CallawaySantAnna(controlGroup: control, covariates: ["lpop"], method: method).fit(panel)
                let cells = expected.objects("att_gt")
                XCTAssertEqual(result.effects.map(\.group), cells.map { $0.int("group") }, key)
                XCTAssertEqual(result.effects.map(\.time), cells.map { $0.int("time") }, key)
                assertClose(result.effects.map(\.att), cells.map { $0.double("att") }, relativeTolerance: 1e-8,
                            absoluteFloor: 1e-4, key)
                assertClose(result.effects.map(\.standardError), cells.map { $0.double("std_error") },
                            relativeTolerance: 1e-6, key)
                let aggregations: [(String, DiDAggregation)] = [
                    ("simple", .simple()), ("group", .group()), ("dynamic", .dynamic()), ("calendar", .calendar),
                ]
                for (name, aggregation) in aggregations {
                    let x = expected.object(name)
                    let agg = try result.aggregate(aggregation)
                    assertClose(agg.overall.att, x.double("att"), relativeTolerance: 1e-8, "\(key) \(name)")
                    assertClose(agg.overall.standardError, x.double("std_error"), relativeTolerance: 1e-6, "\(key) \(name)")
                    if name != "simple" {
                        assertClose(agg.effects.map(\.estimate.att), x.doubles("atts"), relativeTolerance: 1e-8,
                                    absoluteFloor: 1e-4, "\(key) \(name)")
                        assertClose(agg.effects.map(\.estimate.standardError), x.doubles("std_errors"),
                                    relativeTolerance: 1e-6, "\(key) \(name)")
                    }
                }
            }
        }
    }

    func testDoublyRobustIsTheDefaultWithCovariates() throws {
        // R did's att_gt default est_method = "dr".
        XCTAssertEqual(CallawaySantAnna(covariates: ["lpop"]).method, .doublyRobust)
    }

    func testWithoutCovariatesAllMethodsEqualTheUnconditionalEstimate() throws {
        // Expected: csdid 0.4.3 unconditional never-treated ATT(g,t) (mpdta_reference.py).
        let ref = try DiDTestData.reference().object("nevertreated").objects("att_gt")
        for method in CallawaySantAnna.EstimationMethod.allCases {
            let result = try CallawaySantAnna(method: method).fit(DiDTestData.mpdta())
            assertClose(result.effects.map(\.att), ref.map { $0.double("att") }, relativeTolerance: 1e-10,
                        absoluteFloor: 1e-3, method.rawValue)
        }
    }

    func testSeparatingCovariateIsADesignError() throws {
        // A covariate equal to the treatment indicator separates treated from comparison units.
        var panel = DiDTestData.tiny()
        panel.covariates["treated"] = panel.cohort.map { $0 == nil ? 0 : 1 }
        for method in [CallawaySantAnna.EstimationMethod.doublyRobust, .inverseProbability] {
            XCTAssertThrowsError(try CallawaySantAnna(covariates: ["treated"], method: method).fit(panel)) { error in
                XCTAssertEqual((error as? DiDError)?.kind, .design)
            }
        }
    }
}
