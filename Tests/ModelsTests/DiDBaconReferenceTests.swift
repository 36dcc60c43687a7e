import Foundation
import Models
import TestSupport
import XCTest

/// The Goodman-Bacon decomposition against an independent computation of every 2×2 comparison.
final class DiDBaconReferenceTests: XCTestCase {
    /// Expected: Tests/References/DiD/bacon_reference.py → Fixtures/bacon_reference.json: each 2×2 estimate by
    /// a TWFE regression on its own subsample (Frisch–Waugh–Lovell) and its weight from the variance of the
    /// two-way demeaned treatment (Goodman-Bacon 2021, eq. 10), adding up to pyfixest 0.60.0's TWFE
    /// coefficient; on mpdta and on mpdta with an always-treated cohort. Direct formulas: 1e-10.
    func testComparisonsMatchSubsampleRegressions() throws {
        let data = try Foundation.Data(contentsOf: RepositoryPaths.fixture("ModelsTests", "bacon_reference.json"))
        let ref = try XCTUnwrap(JSONSerialization.jsonObject(with: data) as? [String: Any])
        let base = try DiDTestData.mpdta()
        var always = base
        always.cohort = base.cohort.map { $0 == 2004 ? 2003 : $0 }
        for (name, panel) in [("mpdta", base), ("mpdta_always", always)] {
            let expected = ref.object(name)
            let bacon = try BaconDecomposition(panel)
            assertClose(bacon.twfeEstimate, expected.double("twfe"), relativeTolerance: 1e-10, name)
            let rows = expected.objects("comparisons")
            // Comparisons with weight 0 (no identifying variation) may be listed by StationKit; the reference omits them.
            let listed = bacon.comparisons.filter { $0.weight > 1e-14 }
            XCTAssertEqual(listed.count, rows.count, name)
            for row in rows {
                let kind = row["type"] as? String
                let match = listed.first {
                    $0.kind.rawValue == kind && $0.treated == row.int("treated") && $0.control == row.int("control")
                }
                guard let c = match else {
                    XCTFail("\(name): no \(kind ?? "?") comparison \(row.int("treated")) vs \(row.int("control"))")
                    continue
                }
                assertClose(c.estimate, row.double("estimate"), relativeTolerance: 1e-10, absoluteFloor: 1e-12, name)
                assertClose(c.weight, row.double("weight"), relativeTolerance: 1e-10, name)
            }
        }
    }
}
