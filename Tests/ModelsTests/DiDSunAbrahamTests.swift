import Foundation
import Models
import TestSupport
import XCTest

/// Sun & Abraham (2021) interaction-weighted event study on mpdta.
final class DiDSunAbrahamTests: XCTestCase {
    /// Expected: pyfixest 0.60.0 feols with cohort × period dummies (CRV1 by county) aggregated by cohort
    /// shares with numpy, Tests/References/DiD/mpdta_sunab_reference.py → Fixtures/mpdta_sunab_reference.json.
    /// Direct linear algebra: 1e-8 on coefficients, 1e-6 on standard errors.
    func testInteractionWeightedEventStudyMatchesPyfixestTranscription() throws {
        let data = try Foundation.Data(contentsOf: RepositoryPaths.fixture("ModelsTests", "mpdta_sunab_reference.json"))
        let ref = try XCTUnwrap(JSONSerialization.jsonObject(with: data) as? [String: Any])
        let result = try SunAbraham().fit(DiDTestData.mpdta())
        let es = ref.objects("event_study")
        XCTAssertEqual(result.eventStudy.map(\.index), es.map { $0.int("e") })
        assertClose(result.eventStudy.map(\.estimate), es.map { $0.double("coef") }, relativeTolerance: 1e-8)
        assertClose(result.eventStudy.map(\.standardError), es.map { $0.double("std_error") }, relativeTolerance: 1e-6)
        let cells = ref.objects("cells")
        XCTAssertEqual(result.cells.map(\.group), cells.map { $0.int("group") })
        XCTAssertEqual(result.cells.map(\.e), cells.map { $0.int("e") })
        assertClose(result.cells.map(\.estimate), cells.map { $0.double("coef") }, relativeTolerance: 1e-8)
        assertClose(result.cells.map(\.standardError), cells.map { $0.double("std_error") }, relativeTolerance: 1e-6)
        assertClose(result.overall.estimate, ref.object("overall").double("coef"), relativeTolerance: 1e-8)
        assertClose(result.overall.standardError, ref.object("overall").double("std_error"), relativeTolerance: 1e-6)
    }

    func testPostTreatmentEffectsEqualCallawaySantAnnaNeverTreated() throws {
        // With never-treated controls and the period before treatment as reference, SA's δ_{g,e} for e ≥ 0 is
        // the CS 2×2 DiD, and both weight cohorts by size (Sun & Abraham 2021, §3): expected from csdid 0.4.3's
        // dynamic aggregation (mpdta_reference.py).
        let ref = try DiDTestData.reference().object("nevertreated").object("dynamic")
        let result = try SunAbraham().fit(DiDTestData.mpdta())
        let post = result.eventStudy.filter { $0.index >= 0 }
        let expected = zip(ref.ints("index"), ref.doubles("atts")).filter { $0.0 >= 0 }.map(\.1)
        assertClose(post.map(\.estimate), expected, relativeTolerance: 1e-8)
    }

    func testWithoutNeverTreatedTheLastCohortIsTheControl() throws {
        // mpdta without never-treated counties: cohort 2007 becomes the control and 2007 is dropped.
        let full = try DiDTestData.mpdta()
        let rows = full.cohort.indices.filter { (full.cohort[$0] ?? 0) != 0 }
        let panel = PanelData(unit: rows.map { full.unit[$0] }, time: rows.map { full.time[$0] },
                              cohort: rows.map { full.cohort[$0] }, outcome: rows.map { full.outcome[$0] })
        let result = try SunAbraham().fit(panel)
        XCTAssertEqual(result.control, "last treated (cohort 2007)")
        XCTAssertEqual(result.periodCount, 4)
        XCTAssertEqual(Set(result.cells.map(\.group)), [2004, 2006])
    }
}
