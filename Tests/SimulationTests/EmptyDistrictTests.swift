import Simulation
import TestSupport
import XCTest

final class EmptyDistrictTests: XCTestCase {
    func testDistrictsWithoutStreetsAreListedInFileOrder() throws {
        let toy = Region.toy
        XCTAssertEqual(toy.districtsWithoutStreets.map(\.id), [])
        let extra = [Region.District(id: "zone-a", name: "甲区", population: 1_000, fiscalCapacity: 10),
                     Region.District(id: "zone-b", name: "乙区", population: 2_000, fiscalCapacity: 20)]
        // Streets of the toy region refer to districts 0...2; the two added ones (3, 4) hold none.
        let region = try Region(name: "toy+2", districts: toy.districts + extra, streets: toy.streets)
        XCTAssertEqual(region.districtsWithoutStreets.map(\.id), ["zone-a", "zone-b"])
        // Moving the last street of the county there leaves the county itself without streets.
        var streets = toy.streets
        for k in streets.indices where streets[k].district == 2 { streets[k].district = 3 }
        let moved = try Region(name: "moved", districts: toy.districts + extra, streets: streets)
        XCTAssertEqual(moved.districtsWithoutStreets.map(\.id), ["county", "zone-b"])
    }
}
