import Foundation
import Models
import TestSupport
import XCTest

// Expected values: scipy.optimize.curve_fit (method "lm", absolute_sigma=False) and a central-difference delta
// method for the year coverage reaches 95%, Tests/References/Models/curves_reference.py
// (Fixtures/curves_reference.json, data Fixtures/curves.csv). Tolerance 1e-5 relative.
final class CoverageCurveTests: XCTestCase {
    var reference: [String: Any] { ReferenceFixture.load("curves_reference.json") }

    func data() throws -> (time: [Double], coverage: [Double], groups: [String?]) {
        let frame = try ReferenceFixture.frame("curves.csv")
        return (frame.numeric["year"] ?? [], frame.numeric["coverage"] ?? [], frame.text["district"] ?? [])
    }

    func assertFit(_ f: CoverageCurveFit, _ e: [String: Any], file: StaticString = #filePath, line: UInt = #line) throws {
        assertClose(f.estimates, e.doubles("params"), relativeTolerance: 1e-5, "params", file: file, line: line)
        assertClose(f.standardErrors, e.doubles("bse"), relativeTolerance: 1e-5, "bse", file: file, line: line)
        assertClose(f.ssr, e.double("ssr"), relativeTolerance: 1e-5, "ssr", file: file, line: line)
        let target = try f.timeToTarget(0.95)
        if e["target_time"] is NSNull {
            XCTAssertNil(target, file: file, line: line)
        } else {
            // 1e-6 relative on a calendar year (≤ 0.002 years): t* far beyond the data (2077) amplifies parameter differences.
            assertClose(target?.time ?? .nan, e.double("target_time"), relativeTolerance: 1e-6, "t*", file: file, line: line)
            assertClose(target?.standardError ?? .nan, e.double("target_se"), relativeTolerance: 1e-5, "se(t*)", file: file, line: line)
            let z = 1.959963984540054
            assertClose(target?.high ?? .nan, e.double("target_time") + z * e.double("target_se"), relativeTolerance: 1e-6,
                        file: file, line: line)
        }
    }

    func testPerDistrictCurvesMatchScipyCurveFit() throws {
        let d = try data()
        for curve in DiffusionCurve.allCases {
            let fits = try CoverageCurveModel(curve: curve).fit(time: d.time, coverage: d.coverage, groups: d.groups)
            let expected = reference.object("fits").object(curve.rawValue)
            XCTAssertEqual(fits.compactMap(\.group), expected.keys.sorted())
            for f in fits {
                XCTAssertLessThan(f.lastChange, 1e-6)
                try assertFit(f, expected.object(f.group ?? ""))
            }
        }
    }

    func testPooledLogisticBelowTargetNeverReachesIt() throws {
        let d = try data()
        let fits = try CoverageCurveModel(curve: .logistic).fit(time: d.time, coverage: d.coverage)
        XCTAssertEqual(fits.count, 1)
        XCTAssertNil(fits[0].group)
        try assertFit(fits[0], reference.object("fits").object("logistic_pooled"))
    }

    func testTooFewYearsIsADataError() throws {
        XCTAssertThrowsError(try CoverageCurveModel(curve: .gompertz).fit(time: [2020, 2021, 2022], coverage: [0.1, 0.5, 0.8])) {
            XCTAssertEqual(($0 as? ModelError)?.exitStatus.rawValue, 65)
        }
    }
}
