import Models
import TestSupport
import XCTest

// Expected values: a numpy transcription with haversine distances and explicit loops,
// Tests/References/Models/access_reference.py (Fixtures/access_reference.json; Luo & Wang 2003, Luo & Qi 2009).
final class CatchmentAccessTests: XCTestCase {
    var reference: [String: Any] { ReferenceFixture.load("access_reference.json") }

    func testTwoStepFloatingCatchmentMatchesNumpyTranscription() throws {
        let s = reference.object("stations"), d = reference.object("streets")
        for decay in CatchmentAccess.Decay.allCases {
            let e = reference.object("fits").object(decay.rawValue)
            let r = try CatchmentAccess(radiusKm: reference.double("radius_km"), decay: decay).scores(
                supplyLon: s.doubles("lon"), supplyLat: s.doubles("lat"), capacity: s.doubles("capacity"),
                demandLon: d.doubles("lon"), demandLat: d.doubles("lat"), population: d.doubles("population"))
            // Distances by one gemm of unit vectors agree with haversine to ~1e-12 relative at kilometre scale.
            assertClose(r.stationRatios, e.doubles("ratios"), relativeTolerance: 1e-8, decay.rawValue)
            assertClose(r.access, e.doubles("access"), relativeTolerance: 1e-8, decay.rawValue)
            assertClose(r.populationShare(atLeastPer10k: 1), e.double("share_at_least_1_per_10k"), relativeTolerance: 1e-12)
        }
    }

    func testInvalidInputsAreDataErrors() {
        let access = CatchmentAccess(radiusKm: 5)
        XCTAssertThrowsError(try access.scores(supplyLon: [117], supplyLat: [95], capacity: [3],
                                               demandLon: [117], demandLat: [36], population: [1000]))
        XCTAssertThrowsError(try access.scores(supplyLon: [117], supplyLat: [36], capacity: [-1],
                                               demandLon: [117], demandLat: [36], population: [1000]))
    }
}
