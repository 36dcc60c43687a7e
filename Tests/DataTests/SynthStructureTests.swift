import Data
import TestSupport
import XCTest

final class SynthStructureTests: XCTestCase {
    private static let jinan: SyntheticBundle? = try? SyntheticGenerator(options: SynthOptions(preset: .jinan)).generate()

    private func bundle() throws -> SyntheticBundle {
        try XCTUnwrap(Self.jinan)
    }

    func testJinanHas15UnitsAnd161Streets() throws {
        let b = try bundle()
        XCTAssertEqual(b.districts.count, 15)
        XCTAssertEqual(b.streets.count, 161)
        XCTAssertEqual(b.stations.count, 161)
        XCTAssertEqual(b.districts.filter { $0.kind == .functionalZone }.count, 3)
        XCTAssertEqual(b.districts.filter { $0.kind == .county }.map(\.name), ["平阴县", "商河县"])
        XCTAssertEqual(Set(b.streets.map(\.id)).count, 161)
    }

    func testStreetsPerDivisionDistrictMatchDomainTable() throws {
        // Expected: the table "Jinan's units" of /work/shared/DOMAIN.md (2022 division codes):
        // district id: (街道, 镇).
        let expected: [String: (Int, Int)] = [
            "370102": (13, 0), "370103": (17, 0), "370104": (16, 0), "370105": (15, 0), "370112": (17, 0),
            "370113": (8, 2), "370114": (17, 1), "370115": (8, 2), "370116": (8, 7), "370117": (5, 0),
            "370124": (2, 6), "370126": (1, 11), "3701GX": (5, 0),
        ]
        let b = try bundle()
        var got: [String: (Int, Int)] = [:]
        for s in b.streets {
            var c = got[s.divisionDistrictID] ?? (0, 0)
            if s.isTown { c.1 += 1 } else { c.0 += 1 }
            got[s.divisionDistrictID] = c
        }
        XCTAssertEqual(Set(got.keys), Set(expected.keys))
        for (id, e) in expected {
            XCTAssertEqual(got[id]?.0, e.0, "streets of \(id)")
            XCTAssertEqual(got[id]?.1, e.1, "towns of \(id)")
        }
    }

    func testPopulationsSumToCityAndDistricts() throws {
        let b = try bundle()
        // Expected: 9,202,432, Jinan's 2020 census total (DOMAIN.md).
        XCTAssertEqual(b.districts.reduce(0) { $0 + $1.population }, 9_202_432)
        XCTAssertEqual(b.streets.reduce(0) { $0 + $1.population }, 9_202_432)
        for (d, district) in b.districts.enumerated() {
            let sum = b.streets.filter { $0.districtIndex == d }.reduce(0) { $0 + $1.population }
            XCTAssertEqual(sum, district.population, district.name)
        }
        let elderly = Double(b.streets.reduce(0) { $0 + $1.elderly }) / 9_202_432
        let children = Double(b.streets.reduce(0) { $0 + $1.children }) / 9_202_432
        let low = Double(b.streets.reduce(0) { $0 + $1.lowIncome }) / 9_202_432
        XCTAssertTrue((0.17...0.24).contains(elderly), "elderly share \(elderly)")
        XCTAssertTrue((0.15...0.19).contains(children), "children share \(children)")
        XCTAssertTrue((0.008...0.02).contains(low), "low-income share \(low)")
    }

    func testFrameworkHas37ItemsInSixAreasSummingTo100() {
        let items = SynthFramework.items
        XCTAssertEqual(items.count, 37)
        XCTAssertEqual(items.reduce(0) { $0 + $1.maxTenths }, 1000)
        XCTAssertEqual(Set(items.map(\.id)).count, 37)
        XCTAssertEqual(SynthFramework.areas, ["日常运营", "财务管理", "制度建设", "人员管理", "服务执行与产出", "社会评价"])
        var seen: [String] = []
        for item in items where seen.last != item.level1 { seen.append(item.level1) }
        XCTAssertEqual(seen, SynthFramework.areas, "items grouped by area in order")
        XCTAssertTrue(items.allSatisfy { !$0.level2.isEmpty && !$0.level3.isEmpty && $0.maxTenths > 0 })
        XCTAssertEqual(SynthFramework.grades.map(\.grade), ["A", "B", "C", "D"])
        XCTAssertEqual(SynthFramework.grades.map(\.minScore), [90, 80, 60, 0])
        XCTAssertEqual(SynthFramework.grades.map(\.label), ["优秀", "良好", "合格", "不合格"])
        let weights = SynthCalibration.preset(.jinan).satisfactionWeights
        assertClose(weights.reduce(0, +), 1, relativeTolerance: 1e-4)
    }

    func testJinanCohortsFollowThePlantedSchedule() throws {
        let b = try bundle()
        // Expected: largest remainder of 161 × (0.30, 0.45, 0.17, 0.03, 0.02, 0.01, never 0.02):
        // quotas 48.30, 72.45, 27.37, 4.83, 3.22, 1.61, 3.22 → floors 158, +1 to 4.83, 1.61, 72.45.
        let expected = [48, 73, 27, 5, 3, 2]
        for (k, year) in (2020...2025).enumerated() {
            XCTAssertEqual(b.stations.filter { $0.cohort == year }.count, expected[k], "cohort \(year)")
        }
        XCTAssertEqual(b.stations.filter { $0.cohort == nil }.count, 3)
        let openBy2022 = b.stations.filter { ($0.cohort ?? 9999) <= 2022 }.count
        XCTAssertEqual(openBy2022, 148)
    }

    func testRowsRespectTheBundleRules() throws {
        for b in [try bundle(), try SyntheticGenerator(options: SynthOptions(preset: .national, streets: 400, years: 2021...2024, seed: 3)).generate()] {
            let maxima = SynthFramework.items.map(\.maxTenths)
            var previous: (Int, Int)? = nil
            for (r, row) in b.stationYears.enumerated() {
                let station = b.stations[row.stationIndex]
                let street = b.streets[station.streetIndex]
                XCTAssertNotNil(b.opened(station))
                XCTAssertGreaterThanOrEqual(row.year, station.cohort ?? 9999)
                XCTAssertTrue(b.options.years.contains(row.year))
                if let (s, y) = previous { XCTAssertTrue(s < row.stationIndex || (s == row.stationIndex && y < row.year)) }
                previous = (row.stationIndex, row.year)
                XCTAssertGreaterThanOrEqual(row.socialWorkers, 1)
                XCTAssertLessThanOrEqual(row.certified, row.socialWorkers)
                XCTAssertLessThanOrEqual(row.villagesReached, street.villages)
                XCTAssertGreaterThanOrEqual(min(row.cityCents, row.districtCents, row.otherCents, row.spentCents), 0)
                var total = 0
                for i in 0..<maxima.count {
                    let score = Int(b.itemTenths[r * maxima.count + i])
                    XCTAssertLessThanOrEqual(score, maxima[i])
                    total += score
                }
                XCTAssertEqual(total, row.totalTenths, "items sum to the total")
            }
            XCTAssertEqual(b.itemTenths.count, b.stationYears.count * 37)
        }
    }

    func testNationalPresetScale() throws {
        let b = try SyntheticGenerator(options: SynthOptions(preset: .national, streets: 2714, seed: 5)).generate()
        XCTAssertEqual(b.streets.count, 2714)
        XCTAssertEqual(b.districts.count, 200)  // round(2714 / 13.57)
        let workers = b.stationYears.reduce(0) { $0 + $1.socialWorkers }
        let perStation = Double(workers) / Double(b.stationYears.count)
        XCTAssertTrue((2.2...2.9).contains(perStation), "workers per station \(perStation)")
    }

    func testInvalidOptionsAreRejected() {
        XCTAssertThrowsError(try SyntheticGenerator(options: SynthOptions(preset: .jinan, streets: 10)).generate())
        XCTAssertThrowsError(try SyntheticGenerator(options: SynthOptions(preset: .national, streets: 0)).generate())
        XCTAssertThrowsError(try SynthOptions.parseYears("2025-2020"))
        XCTAssertThrowsError(try SynthOptions.parseYears("twenty"))
        XCTAssertEqual(try SynthOptions.parseYears("2021-2023"), 2021...2023)
    }
}
