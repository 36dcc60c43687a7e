import Data
import TestSupport
import Weighting
import XCTest

final class AHPHierarchyTests: XCTestCase {
    static let toml = """
        root = "goal"

        [goal]
        criteria = ["service", "management"]
        judgments = [[1, 3], ["1/3", 1]]

        [service]
        criteria = ["s1", "s2", "s3"]
        judgments = [[1, 2, 4], ["1/2", 1, 3], ["1/4", "1/3", 1]]

        [management]
        criteria = ["m1", "m2"]
        judgments = [[1, "1/2"], [2, 1]]

        """

    func testGlobalWeightsAreProductsDownTheTree() throws {
        let h = try AHPHierarchy.read(toml: ReferenceData.temporaryFile(Self.toml, name: "h.toml"))
        let r = try AHP().evaluate(h)
        XCTAssertEqual(r.leaves, ["s1", "s2", "s3", "m1", "m2"])
        // Expected: ahpy 2.1 Compare.add_children, precision=10, reference.py `hierarchyGlobal_s1s2s3m1m2`.
        assertClose(r.globalWeights, [0.4188184073, 0.2397136979, 0.0914678948, 0.0833333333, 0.1666666667],
                    relativeTolerance: 1e-8)
        // Expected: 0.75 × reference.py `eigA3` (numpy eig), and 0.25 × (1/3, 2/3).
        assertClose(r.globalWeights, [0.75 * 0.5584245430947975, 0.75 * 0.3196182639359754, 0.75 * 0.12195719296922707,
                                      0.25 / 3, 0.5 / 3], relativeTolerance: 1e-10)
        XCTAssertEqual(r.nodes.map(\.name), ["goal", "service", "management"])
        XCTAssertEqual(r.globalWeights.reduce(0, +), 1, accuracy: 1e-12)
    }

    func testNonReciprocalJudgmentInTOMLIsLocated() throws {
        let bad = Self.toml.replacingOccurrences(of: #"judgments = [[1, "1/2"], [2, 1]]"#,
                                                 with: #"judgments = [[1, "1/2"], [3, 1]]"#)
        let path = try ReferenceData.temporaryFile(bad, name: "bad.toml")
        XCTAssertThrowsError(try AHPHierarchy.read(toml: path)) { error in
            guard let e = error as? DataError else { return XCTFail("\(error)") }
            XCTAssertEqual(e.location.line, 13)
            XCTAssertEqual(e.location.column, 27)
            XCTAssertTrue(e.message.contains("reciprocal"), e.message)
        }
    }

    func testSharedChildIsRejected() throws {
        let a = try PairwiseComparisonMatrix(criteria: ["x", "y"], rows: [[1, 2], [0.5, 1]])
        let b = try PairwiseComparisonMatrix(criteria: ["y", "z"], rows: [[1, 2], [0.5, 1]])
        XCTAssertThrowsError(try AHPHierarchy(root: "g", nodes: ["g": a, "x": b]))
    }
}
