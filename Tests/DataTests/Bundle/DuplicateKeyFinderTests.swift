@testable import Data
import TestSupport
import XCTest

/// The three paths of `DuplicateKeyFinder` (direct-address table, sorting, and sorting whole
/// tuples when the mixed-radix key overflows 64 bits) must find the same duplicates.
/// Expected by construction: pandas' `DataFrame.duplicated(keep="first")` semantics, each repeated
/// row paired with the first row holding its key.
final class DuplicateKeyFinderTests: XCTestCase {
    private func finder(_ columns: [Column]) -> DuplicateKeyFinder {
        DuplicateKeyFinder(columns, rowCount: columns[0].count)
    }

    func testDirectSortedAndOverflowPathsAgree() {
        let ids = StringColumn(["a", "b", "a", "c", "b", nil, "a"])
        let years = [2020, 2020, 2020, 2021, 2020, 2020, IntMissing]
        let expected = [DuplicateKeyFinder.Duplicate(row: 2, first: 0), .init(row: 4, first: 1)]
        // Small key space: direct-address table.
        let direct = finder([.string(ids), .int(years)])
        XCTAssertEqual(direct.duplicates, expected)
        XCTAssertEqual(direct.missing.map(\.row), [5, 6])
        XCTAssertEqual(direct.missing.map(\.part), [0, 1])
        // Years spread over almost 2^32 values: the key space (3 × (2^32 − 1)) is too large for a
        // table, so it sorts.
        let spread = years.map { $0 == IntMissing ? $0 : ($0 - 2020) * ((1 << 32) - 2) }
        XCTAssertEqual(finder([.string(ids), .int(spread)]).duplicates, expected)
        // Three such parts overflow a 64-bit mixed-radix key: whole tuples are sorted instead.
        let tuple = finder([.int(spread), .string(ids), .int(spread), .int(spread)])
        XCTAssertEqual(tuple.duplicates, expected)
    }

    func testRepeatedDictionaryEntriesCompareByText() {
        // A column read in append-only mode may hold one value under several codes.
        let ids = StringColumn(codes: [0, 1, 2, 3], dictionary: ["x", "y", "x", "x"])
        let years = Column.double([1.5, 1.5, 1.5, 2.5])
        XCTAssertEqual(finder([.string(ids), years]).duplicates, [.init(row: 2, first: 0)])
        XCTAssertEqual(ids.canonicalCodes().codes, [0, 1, 0, 0])
        XCTAssertEqual(ids.canonicalCodes().distinct, 2)
    }
}
