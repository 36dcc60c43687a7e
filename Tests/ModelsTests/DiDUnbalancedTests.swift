import Foundation
import Models
import TestSupport
import XCTest

/// Callaway–Sant'Anna on unbalanced panels, repeated cross-sections and with sampling weights.
final class DiDUnbalancedTests: XCTestCase {
    /// Expected: csdid 0.4.3 (R did 2.x port), allow_unbalanced_panel=True / panel=False / weights_name="w",
    /// analytic errors, Tests/References/DiD/mpdta_unbalanced_reference.py →
    /// Fixtures/mpdta_unbalanced_reference.json. The logit and regressions are direct or IRLS-converged, so
    /// ATTs are compared to 1e-8 relative (floor 1e-6) and standard errors to 1e-6.
    func testUnbalancedPanelMatchesCsdid() throws {
        try checkVariant("unbalanced", Self.unbalanced(DiDTestData.mpdtaWithPopulation()), .unbalanced)
    }

    func testRepeatedCrossSectionsMatchCsdid() throws {
        try checkVariant("rcs", Self.unbalanced(DiDTestData.mpdtaWithPopulation()), .repeatedCrossSections)
    }

    func testWeightedBalancedPanelMatchesCsdid() throws {
        try checkVariant("weighted", Self.weighted(DiDTestData.mpdtaWithPopulation()), .balanced)
    }

    func testWeightedUnbalancedPanelMatchesCsdid() throws {
        try checkVariant("weighted_unbalanced", Self.unbalanced(Self.weighted(DiDTestData.mpdtaWithPopulation())),
                         .unbalanced)
    }

    /// Expected: csdid 0.4.3 (R did 2.x port), allow_unbalanced_panel=True / panel=False / weights_name="w",
    /// analytic errors, Tests/References/DiD/mpdta_unbalanced_reference.py →
    /// Fixtures/mpdta_unbalanced_reference.json: dr (unconditional and ~ lpop), ipw and reg (~ lpop), both
    /// control groups. The logit is IRLS-converged and the regressions direct, so ATTs are compared to 1e-8
    /// relative (floor 1e-6) and standard errors to 1e-6.
    private func checkVariant(_ name: String, _ panel: PanelData, _ panelType: CallawaySantAnna.PanelType) throws {
        let data = try Foundation.Data(contentsOf: RepositoryPaths.fixture("ModelsTests", "mpdta_unbalanced_reference.json"))
        let ref = try XCTUnwrap(JSONSerialization.jsonObject(with: data) as? [String: Any])
        let methods: [(String, CallawaySantAnna.EstimationMethod, [String])] = [
            ("dr", .doublyRobust, []), ("dr_lpop", .doublyRobust, ["lpop"]),
            ("ipw_lpop", .inverseProbability, ["lpop"]), ("reg_lpop", .regression, ["lpop"]),
        ]
        for control in CallawaySantAnna.ControlGroup.allCases {
            for (suffix, method, covariates) in methods {
                let key = "\(name)_\(control == .never ? "nevertreated" : "notyettreated")_\(suffix)"
                let expected = ref.object(key)
                XCTAssertFalse(expected.isEmpty, key)
                let result = try CallawaySantAnna(controlGroup: control, covariates: covariates, method: method,
                                                  panelType: panelType).fit(panel)
                XCTAssertEqual(result.estimatedAs, panelType, key)
                try Self.assertMatches(result, expected, key, attTolerance: 1e-8, seTolerance: 1e-6)
            }
        }
    }

    /// Expected: csdid 0.4.3 with est_method = DRDID's drdid_imp_panel (moderndid 0.2.0 port), xformla ~ lpop,
    /// Tests/References/DiD/mpdta_unbalanced_reference.py (keys improved_*). The reference's tilting score comes
    /// from scipy's trust-constr (gradient tolerance 1e-8), ours from Newton to 1e-11: compared to 1e-6.
    func testImprovedDoublyRobustMatchesDrdidImpPanel() throws {
        let data = try Foundation.Data(contentsOf: RepositoryPaths.fixture("ModelsTests", "mpdta_unbalanced_reference.json"))
        let ref = try XCTUnwrap(JSONSerialization.jsonObject(with: data) as? [String: Any])
        let base = try DiDTestData.mpdtaWithPopulation()
        for (name, panel) in [("balanced", base), ("weighted", Self.weighted(base))] {
            for control in CallawaySantAnna.ControlGroup.allCases {
                let key = "improved_\(name)_\(control == .never ? "nevertreated" : "notyettreated")_lpop"
                let expected = ref.object(key)
                XCTAssertFalse(expected.isEmpty, key)
                let result = try CallawaySantAnna(controlGroup: control, covariates: ["lpop"],
                                                  method: .improvedDoublyRobust).fit(panel)
                try Self.assertMatches(result, expected, key, attTolerance: 1e-6, seTolerance: 1e-6)
            }
        }
    }

    func testImprovedDoublyRobustIsForBalancedPanelsOnly() throws {
        let panel = Self.unbalanced(try DiDTestData.mpdtaWithPopulation())
        XCTAssertThrowsError(try CallawaySantAnna(covariates: ["lpop"], method: .improvedDoublyRobust,
                                                  panelType: .unbalanced).fit(panel)) { error in
            XCTAssertEqual((error as? DiDError)?.kind, .option)
        }
    }

    /// ATT(g,t), standard errors and the four aggregations against one reference entry.
    static func assertMatches(_ result: CallawaySantAnnaResult, _ expected: [String: Any], _ key: String,
                              attTolerance: Double, seTolerance: Double) throws {
        let cells = expected.objects("att_gt")
        XCTAssertEqual(result.effects.map(\.group), cells.map { $0.int("group") }, key)
        XCTAssertEqual(result.effects.map(\.time), cells.map { $0.int("time") }, key)
        assertClose(result.effects.map(\.att), cells.map { $0.double("att") }, relativeTolerance: attTolerance,
                    absoluteFloor: 1e-6, key)
        assertClose(result.effects.map(\.standardError), cells.map { $0.double("std_error") },
                    relativeTolerance: seTolerance, key)
        let aggregations: [(String, DiDAggregation)] = [
            ("simple", .simple()), ("group", .group()), ("dynamic", .dynamic()), ("calendar", .calendar),
        ]
        for (aggName, aggregation) in aggregations {
            let x = expected.object(aggName)
            let agg = try result.aggregate(aggregation)
            assertClose(agg.overall.att, x.double("att"), relativeTolerance: attTolerance, absoluteFloor: 1e-6,
                        "\(key) \(aggName)")
            assertClose(agg.overall.standardError, x.double("std_error"), relativeTolerance: seTolerance,
                        "\(key) \(aggName)")
            if aggName != "simple" {
                assertClose(agg.effects.map(\.estimate.att), x.doubles("atts"), relativeTolerance: attTolerance,
                            absoluteFloor: 1e-6, "\(key) \(aggName)")
                assertClose(agg.effects.map(\.estimate.standardError), x.doubles("std_errors"),
                            relativeTolerance: seTolerance, "\(key) \(aggName)")
            }
        }
    }

    func testBootstrapOnAnUnbalancedPanelIsReproducibleAndClustersByUnit() throws {
        // The multiplier bootstrap draws one multiplier per unit (the unit-summed influence functions), so its
        // standard errors estimate the analytic ones (csdid-checked above) up to Monte Carlo error.
        let panel = Self.unbalanced(try DiDTestData.mpdta())
        let analytic = try CallawaySantAnna(panelType: .unbalanced).fit(panel).aggregate(.simple())
        var first: [Double] = []
        for seed: UInt64 in [1, 2] {
            let model = CallawaySantAnna(inference: .multiplierBootstrap(MultiplierBootstrap(draws: 499, seed: seed)),
                                         panelType: .unbalanced)
            let a = try model.fit(panel)
            XCTAssertEqual(a.clusterCount, 500)
            if seed == 1 {
                first = a.effects.map(\.standardError)
                XCTAssertEqual(try model.fit(panel).effects.map(\.standardError), first)
            } else {
                XCTAssertNotEqual(a.effects.map(\.standardError), first)
            }
            let simple = try a.aggregate(.simple())
            assertClose(simple.overall.standardError, analytic.overall.standardError, relativeTolerance: 0.2,
                        "seed \(seed)")
        }
    }

    func testUnbalancedPanelIsAnErrorForTheBalancedEstimator() throws {
        let panel = Self.unbalanced(try DiDTestData.mpdta())
        XCTAssertThrowsError(try CallawaySantAnna().fit(panel)) { error in
            XCTAssertEqual((error as? DiDError)?.kind, .unbalanced)
        }
    }

    func testUnbalancedRequestOnABalancedPanelUsesThePanelEstimator() throws {
        // R did: allow_unbalanced_panel = TRUE on a balanced panel keeps the panel estimators.
        // Expected: csdid 0.4.3 unconditional never-treated ATT(g,t) and SEs (mpdta_reference.py).
        let ref = try DiDTestData.reference().object("nevertreated").objects("att_gt")
        let result = try CallawaySantAnna(panelType: .unbalanced).fit(DiDTestData.mpdta())
        XCTAssertEqual(result.estimatedAs, .balanced)
        assertClose(result.effects.map(\.standardError), ref.map { $0.double("std_error") }, relativeTolerance: 1e-9)
    }

    func testEqualWeightsChangeNothingAndWeightsMustBeUnitConstantOnABalancedPanel() throws {
        var panel = try DiDTestData.mpdta()
        let plain = try CallawaySantAnna().fit(panel)
        panel.weights = [Double](repeating: 2.5, count: panel.count)
        let weighted = try CallawaySantAnna().fit(panel)
        assertClose(weighted.effects.map(\.att), plain.effects.map(\.att), relativeTolerance: 1e-12)
        assertClose(weighted.effects.map(\.standardError), plain.effects.map(\.standardError), relativeTolerance: 1e-12)
        panel.weights?[1] = 3
        XCTAssertThrowsError(try CallawaySantAnna().fit(panel)) { error in
            XCTAssertEqual((error as? DiDError)?.kind, .timeVarying)
            XCTAssertEqual((error as? DiDError)?.row, 1)
        }
        panel.weights?[1] = -1
        XCTAssertThrowsError(try CallawaySantAnna().fit(panel)) { error in
            XCTAssertEqual((error as? DiDError)?.kind, .nonFinite)
        }
    }

    func testRepeatedCrossSectionNeedsBothPeriodsInEveryCell() throws {
        // Keep only the never-treated units' rows of 2003: cohort cells then have no comparison in 2003.
        let base = try DiDTestData.mpdta()
        let keep = base.outcome.indices.filter { base.time[$0] != 2003 || base.cohort[$0] != 0 }
        let panel = Self.subset(base, keep)
        XCTAssertThrowsError(try CallawaySantAnna(panelType: .repeatedCrossSections).fit(panel)) { error in
            XCTAssertEqual((error as? DiDError)?.kind, .design)
        }
    }

    /// mpdta without the rows (countyreal · 7 + year) mod 10 = 0, the rule of mpdta_unbalanced_reference.py.
    static func unbalanced(_ panel: PanelData) -> PanelData {
        subset(panel, panel.outcome.indices.filter { ((Int(panel.unit[$0]) ?? 0) * 7 + panel.time[$0]) % 10 != 0 })
    }

    /// mpdta with weights 1 + (countyreal mod 7)/3, as mpdta_unbalanced_reference.py.
    static func weighted(_ panel: PanelData) -> PanelData {
        var out = panel
        out.weights = panel.unit.map { 1 + Double((Int($0) ?? 0) % 7) / 3 }
        return out
    }

    static func subset(_ p: PanelData, _ rows: [Int]) -> PanelData {
        PanelData(unit: rows.map { p.unit[$0] }, time: rows.map { p.time[$0] }, cohort: rows.map { p.cohort[$0] },
                  outcome: rows.map { p.outcome[$0] }, cluster: p.cluster.map { c in rows.map { c[$0] } },
                  covariates: p.covariates.mapValues { c in rows.map { c[$0] } },
                  weights: p.weights.map { w in rows.map { w[$0] } })
    }
}
