import Models
import TestSupport
import XCTest

/// Callaway–Sant'Anna on mpdta against csdid 0.4.3 / moderndid 0.2.0 (analytic errors).
/// Expected: Tests/ModelsTests/Fixtures/mpdta_reference.json from Tests/References/DiD/mpdta_reference.py.
/// Published cross-check (R did vignette, mpdta, never-treated, unconditional): simple ATT −0.0400,
/// group −0.031, event-study overall −0.0772.
final class DiDCallawaySantAnnaTests: XCTestCase {
    private func fit(_ control: CallawaySantAnna.ControlGroup) throws -> CallawaySantAnnaResult {
        try CallawaySantAnna(controlGroup: control).fit(DiDTestData.mpdta())
    }

    private func referenceKey(_ control: CallawaySantAnna.ControlGroup) -> String {
        control == .never ? "nevertreated" : "notyettreated"
    }

    func testGroupTimeEffectsMatchCsdid() throws {
        let ref = try DiDTestData.reference()
        for control in CallawaySantAnna.ControlGroup.allCases {
            let result = try fit(control)
            let expected = ref.object(referenceKey(control)).objects("att_gt")
            XCTAssertEqual(result.effects.count, expected.count)
            XCTAssertEqual(result.unitCount, 500)
            for (e, x) in zip(result.effects, expected) {
                XCTAssertEqual(e.group, x.int("group"))
                XCTAssertEqual(e.time, x.int("time"))
                assertClose(e.att, x.double("att"), relativeTolerance: 1e-10, absoluteFloor: 1e-3, "\(control) \(e.group) \(e.time)")
                assertClose(e.standardError, x.double("std_error"), relativeTolerance: 1e-6, "\(control) \(e.group) \(e.time)")
            }
        }
    }

    func testPublishedSimpleATTForNeverTreated() throws {
        // R did vignette: simple ATT −0.0400 (bootstrap SE 0.0118; the analytic SE is 0.0120).
        let simple = try fit(.never).aggregate(.simple())
        XCTAssertEqual(simple.overall.att, -0.0400, accuracy: 5e-5)
        XCTAssertEqual(simple.overall.standardError, 0.0118, accuracy: 5e-4)
    }

    func testAggregationsMatchCsdid() throws {
        let ref = try DiDTestData.reference()
        let cases: [(String, DiDAggregation)] = [
            ("simple", .simple()), ("group", .group()), ("dynamic", .dynamic()),
            ("dynamic_balance_e1", .dynamic(balanceE: 1)),
            ("dynamic_min_e_m2_max_e_2", .dynamic(minE: -2, maxE: 2)), ("calendar", .calendar),
        ]
        for control in CallawaySantAnna.ControlGroup.allCases {
            let result = try fit(control)
            for (key, aggregation) in cases {
                let x = ref.object(referenceKey(control)).object(key)
                let agg = try result.aggregate(aggregation)
                let label = "\(control) \(key)"
                assertClose(agg.overall.att, x.double("att"), relativeTolerance: 1e-10, label)
                assertClose(agg.overall.standardError, x.double("std_error"), relativeTolerance: 1e-6, label)
                XCTAssertEqual(agg.effects.map(\.index), x.ints("index"), label)
                assertClose(agg.effects.map(\.estimate.att), x.doubles("atts"), relativeTolerance: 1e-10,
                            absoluteFloor: 1e-3, label)
                assertClose(agg.effects.map(\.estimate.standardError), x.doubles("std_errors"),
                            relativeTolerance: 1e-6, label)
                XCTAssertFalse(agg.uniformBands)
            }
        }
    }

    func testAnalyticIntervalsArePointwiseNormal() throws {
        let result = try fit(.never)
        XCTAssertFalse(result.uniformBands)
        // Expected: scipy.stats.norm.ppf(0.975) = 1.959963984540054
        assertClose(result.criticalValue, 1.959963984540054, relativeTolerance: 1e-9)
        for e in result.effects {
            assertClose(e.confHigh - e.confLow, 2 * 1.959963984540054 * e.standardError, relativeTolerance: 1e-9)
        }
    }

    func testAnticipationAndUniversalBaseMatchCsdid() throws {
        let ref = try DiDTestData.reference()
        let panel = try DiDTestData.mpdta()
        let variants: [(String, CallawaySantAnna, [(String, DiDAggregation)])] = [
            ("nevertreated_anticipation1", CallawaySantAnna(controlGroup: .never, anticipation: 1),
             [("simple", .simple()), ("dynamic", .dynamic()), ("group", .group()), ("calendar", .calendar)]),
            ("notyettreated_anticipation1", CallawaySantAnna(controlGroup: .notYet, anticipation: 1),
             [("simple", .simple()), ("dynamic", .dynamic()), ("group", .group()), ("calendar", .calendar)]),
            ("nevertreated_universal", CallawaySantAnna(basePeriod: .universal),
             [("simple", .simple()), ("dynamic", .dynamic())]),
        ]
        for (key, model, aggregations) in variants {
            let expected = ref.object(key)
            let result = try model.fit(panel)
            let cells = expected.objects("att_gt")
            XCTAssertEqual(result.effects.map(\.group), cells.map { $0.int("group") }, key)
            XCTAssertEqual(result.effects.map(\.time), cells.map { $0.int("time") }, key)
            assertClose(result.effects.map(\.att), cells.map { $0.double("att") }, relativeTolerance: 1e-10,
                        absoluteFloor: 1e-3, key)
            assertClose(result.effects.map(\.standardError), cells.map { $0.double("std_error") },
                        relativeTolerance: 1e-6, key)
            for (name, aggregation) in aggregations {
                let x = expected.object(name)
                let agg = try result.aggregate(aggregation)
                assertClose(agg.overall.att, x.double("att"), relativeTolerance: 1e-10, "\(key) \(name)")
                assertClose(agg.overall.standardError, x.double("std_error"), relativeTolerance: 1e-6, "\(key) \(name)")
                XCTAssertEqual(agg.effects.map(\.index), x.ints("index"), "\(key) \(name)")
                assertClose(agg.effects.map(\.estimate.att), x.doubles("atts"), relativeTolerance: 1e-10,
                            absoluteFloor: 1e-3, "\(key) \(name)")
                assertClose(agg.effects.map(\.estimate.standardError), x.doubles("std_errors"),
                            relativeTolerance: 1e-6, "\(key) \(name)")
            }
        }
    }

    func testAnticipationDropsCohortsTreatedByTheSecondPeriod() throws {
        // With δ = 1 the 2004 cohort (20 counties) anticipates in 2003, the first period: R did drops it.
        let result = try CallawaySantAnna(anticipation: 1).fit(DiDTestData.mpdta())
        XCTAssertEqual(result.droppedUnits, 20)
        XCTAssertEqual(result.unitCount, 480)
        XCTAssertEqual(result.groups, [2006, 2007])
    }

    func testStateClusteredAnalyticErrorsMatchClusterSumsOfCsdidInfluence() throws {
        // Expected: sqrt(sum_c S_c^2)/n over states (countyreal div 1000) of csdid's influence functions,
        // the scale R did's clustered multiplier bootstrap estimates (mpdta_reference.py, cluster_se).
        let ref = try DiDTestData.reference()
        var panel = try DiDTestData.mpdta()
        panel.cluster = panel.unit.map { String((Int($0) ?? 0) / 1000) }
        let result = try CallawaySantAnna().fit(panel)
        XCTAssertEqual(result.clusterCount, Set(panel.cluster ?? []).count)
        assertClose(result.effects.map(\.standardError), ref.object("nevertreated").doubles("att_gt_cluster_std_error"),
                    relativeTolerance: 1e-6)
    }

    func testNeverTreatedControlWithoutNeverTreatedUnitsThrows() throws {
        var panel = DiDTestData.tiny()
        panel.cohort = panel.cohort.map { $0 ?? 2006 }
        XCTAssertThrowsError(try CallawaySantAnna(controlGroup: .never).fit(panel)) { error in
            XCTAssertEqual((error as? DiDError)?.kind, .design)
        }
        // Not-yet-treated works: the last cohort (2006) becomes the comparison, periods from 2006 on drop.
        let result = try CallawaySantAnna(controlGroup: .notYet).fit(panel)
        XCTAssertEqual(result.periods, [2003, 2004, 2005])
        XCTAssertEqual(result.groups, [2004])
    }

    func testEventStudyOfLeadsOnlyHasNoOverallEffect() throws {
        // R did: aggte(type = "dynamic", max_e = -1) reports the leads and an NA overall effect.
        let ref = try DiDTestData.reference().object("nevertreated").object("dynamic")
        let leads = try fit(.never).aggregate(.dynamic(maxE: -1))
        XCTAssertEqual(leads.effects.map(\.index), [-3, -2, -1])
        assertClose(leads.effects.map(\.estimate.att), Array(ref.doubles("atts").prefix(3)), relativeTolerance: 1e-10)
        XCTAssertTrue(leads.overall.att.isNaN)
        XCTAssertTrue(leads.overall.standardError.isNaN)
    }

    func testOutcomeRegressionOnLogPopulationMatchesCsdid() throws {
        // Expected: csdid 0.4.3 est_method="reg", xformla="~ lpop" (= moderndid 0.2.0), mpdta_reference.py.
        let ref = try DiDTestData.reference()
        let panel = try DiDTestData.mpdtaWithPopulation()
        for control in CallawaySantAnna.ControlGroup.allCases {
            let key = referenceKey(control) + "_reg_lpop"
            let expected = ref.object(key)
            let result = try CallawaySantAnna(controlGroup: control, covariates: ["lpop"], method: .regression).fit(panel)
            let cells = expected.objects("att_gt")
            assertClose(result.effects.map(\.att), cells.map { $0.double("att") }, relativeTolerance: 1e-10,
                        absoluteFloor: 1e-3, key)
            assertClose(result.effects.map(\.standardError), cells.map { $0.double("std_error") },
                        relativeTolerance: 1e-6, key)
            for (name, aggregation) in [("simple", DiDAggregation.simple()), ("dynamic", .dynamic())] {
                let x = expected.object(name)
                let agg = try result.aggregate(aggregation)
                assertClose(agg.overall.att, x.double("att"), relativeTolerance: 1e-10, "\(key) \(name)")
                assertClose(agg.overall.standardError, x.double("std_error"), relativeTolerance: 1e-6, "\(key) \(name)")
                assertClose(agg.effects.map(\.estimate.standardError), x.doubles("std_errors"),
                            relativeTolerance: 1e-6, "\(key) \(name)")
            }
        }
    }

    func testUnknownCovariateIsAShapeError() throws {
        XCTAssertThrowsError(try CallawaySantAnna(covariates: ["income"]).fit(DiDTestData.mpdta())) { error in
            XCTAssertEqual((error as? DiDError)?.kind, .shape)
        }
    }

    func testPreTrendWaldTestMatchesCsdid() throws {
        // Expected: csdid 0.4.3 MP["W"] with scipy.stats.chi2.sf (mpdta_reference.py); R's vignette prints
        // p = 0.16812 for never-treated.
        let ref = try DiDTestData.reference()
        for control in CallawaySantAnna.ControlGroup.allCases {
            let x = ref.object(referenceKey(control)).object("wald_pretest")
            let test = try XCTUnwrap(fit(control).preTrendTest())
            XCTAssertEqual(test.degreesOfFreedom, x.int("df"))
            assertClose(test.statistic, x.double("statistic"), relativeTolerance: 1e-8)
            assertClose(test.pValue, x.double("p_value"), relativeTolerance: 1e-7)
        }
        // Universal base period: the reference cells are exactly 0 and have no variance; the rest are tested.
        let universal = try CallawaySantAnna(basePeriod: .universal).fit(DiDTestData.mpdta())
        XCTAssertEqual(try universal.preTrendTest()?.degreesOfFreedom, 5)
    }
}
