import Figures
import Foundation
import TestSupport
import XCTest

/// `RecordTable.filtered(where:)` (plot --where) and `groupMeans` (plot radar --mean).
final class RecordTableFilterTests: XCTestCase {
    /// Tests/References/Figures/records.csv, also read by the reference script.
    private func table() throws -> RecordTable {
        try RecordTable(path: RepositoryPaths.root.appendingPathComponent("Tests/References/Figures/records.csv").path)
    }

    func testFilteredGroupMeansMatchNumpyNanmean() throws {
        let t = try table().filtered(where: [(column: "year", values: ["2025.0"]), (column: "district", values: ["历下区", "平阴县"])])
        XCTAssertEqual(try t.texts("district"), ["历下区", "平阴县", "历下区", "平阴县"])
        let m = try t.groupMeans(by: "district", columns: ["score_a", "score_b"])
        XCTAssertEqual(m.names, ["历下区", "平阴县"])
        // Expected: numpy.nanmean, Tests/References/Figures/record_filter.py
        assertClose(m.values[0].compactMap { $0 }, [11.875, 5.25], relativeTolerance: 1e-12)
        assertClose(m.values[1].compactMap { $0 }, [7.7, 2.2], relativeTolerance: 1e-12)
    }

    func testAllConditionsMustHoldAndUnknownColumnsAreErrors() throws {
        let t = try table()
        XCTAssertEqual(try t.filtered(where: [(column: "district", values: ["市中区"]), (column: "year", values: ["2024"])]).rows.count, 0)
        XCTAssertEqual(try t.filtered(where: []).rows.count, 7)
        XCTAssertThrowsError(try t.filtered(where: [(column: "region", values: ["x"])]))
        let empty = try t.filtered(where: [(column: "district", values: ["平阴县"]), (column: "year", values: ["2025"])])
            .groupMeans(by: "district", columns: ["score_b"])
        XCTAssertEqual(empty.values[0][0], 2.2)  // the empty cell is skipped, not counted as 0
    }
}
