import Models
import TestSupport
import XCTest

/// TWFE event study and static DiD on mpdta against pyfixest 0.60.0
/// (`feols("lemp ~ i(rel_time, ref=-1) | countyreal + year", vcov={"CRV1": "countyreal"})`).
/// Expected: Tests/ModelsTests/Fixtures/mpdta_reference.json ("twfe"), Tests/References/DiD/mpdta_reference.py.
final class DiDTWFETests: XCTestCase {
    func testEventStudyMatchesPyfixest() throws {
        let expected = try DiDTestData.reference().object("twfe").objects("event_study")
        let result = try TWFE(.eventStudy(reference: -1)).fit(DiDTestData.mpdta())
        XCTAssertEqual(result.coefficients.map(\.index), expected.map { $0.int("e") })
        XCTAssertEqual(result.clusterCount, 500)
        assertClose(result.coefficients.map(\.estimate), expected.map { $0.double("coef") }, relativeTolerance: 1e-8)
        assertClose(result.coefficients.map(\.standardError), expected.map { $0.double("std_error") },
                    relativeTolerance: 1e-6)
        assertClose(result.coefficients.map(\.confLow), expected.map { $0.double("conf_low") }, relativeTolerance: 1e-6)
        assertClose(result.coefficients.map(\.confHigh), expected.map { $0.double("conf_high") }, relativeTolerance: 1e-6)
        // fixest's factor with K = slopes + periods: G/(G−1)·(N−1)/(N−K) = 500/499 · 2499/(2500 − 7 − 5).
        assertClose(result.smallSampleFactor, 500.0 / 499 * 2499 / 2488, relativeTolerance: 1e-14)
    }

    func testStaticDiDMatchesPyfixest() throws {
        let expected = try DiDTestData.reference().object("twfe").object("static")
        let result = try TWFE(.staticDiD).fit(DiDTestData.mpdta())
        XCTAssertEqual(result.coefficients.count, 1)
        let c = try XCTUnwrap(result.coefficients.first)
        assertClose(c.estimate, expected.double("coef"), relativeTolerance: 1e-8)
        assertClose(c.standardError, expected.double("std_error"), relativeTolerance: 1e-6)
        assertClose(c.confLow, expected.double("conf_low"), relativeTolerance: 1e-6)
        assertClose(c.confHigh, expected.double("conf_high"), relativeTolerance: 1e-6)
    }

    func testEventStudyWithoutNeverTreatedUnitsIsCollinear() throws {
        var panel = DiDTestData.tiny()
        panel.cohort = panel.cohort.map { $0 ?? 2005 }
        XCTAssertThrowsError(try TWFE().fit(panel)) { error in
            XCTAssertEqual((error as? DiDError)?.kind, .design)
        }
    }
}
