import Data
import TestSupport
import Weighting
import XCTest

final class AHPTests: XCTestCase {
    static let a4: [[Double]] = [[1, 3, 5, 7], [1.0 / 3, 1, 2, 3], [1.0 / 5, 1.0 / 2, 1, 1.0 / 2], [1.0 / 7, 1.0 / 3, 2, 1]]
    static let inconsistent: [[Double]] = [[1, 9, 1.0 / 9, 5], [1.0 / 9, 1, 7, 1.0 / 5], [9, 1.0 / 7, 1, 3], [1.0 / 5, 5, 1.0 / 3, 1]]
    static let a3: [[Double]] = [[1, 2, 4], [1.0 / 2, 1, 3], [1.0 / 4, 1.0 / 3, 1]]

    func testEigenvectorWeightsMatchNumpyAndAhpy() throws {
        let r = try AHP().evaluate(PairwiseComparisonMatrix(rows: Self.a4))
        // Expected: numpy.linalg.eig transcription, reference.py `eigA4`, `lambdaA4`, `ciA4`, `cr1980A4`.
        assertClose(r.weights, [0.5856366914456324, 0.21939245302091434, 0.08882847336837027, 0.10614238216508295],
                    relativeTolerance: 1e-10)
        assertClose(r.lambdaMax, 4.150957629558778, relativeTolerance: 1e-12)
        assertClose(r.consistencyIndex, 0.05031920985292585, relativeTolerance: 1e-10)
        assertClose(r.consistencyRatio, 0.05591023316991761, relativeTolerance: 1e-10)
        XCTAssertTrue(r.isConsistent)
        // Expected: ahpy 2.1 Compare(precision=10), reference.py `ahpyA4_saaty`/`ahpyCRA4_saaty`/`ahpyCRA4_dd`
        // (ahpy rounds to 10 decimals here, so 1e-8 relative).
        assertClose(r.weights, [0.5856366914, 0.219392453, 0.0888284734, 0.1061423822], relativeTolerance: 1e-8)
        let dd = try AHP(randomIndex: .doneganDodd).evaluate(PairwiseComparisonMatrix(rows: Self.a4))
        assertClose(dd.consistencyRatio, 0.0607279868, relativeTolerance: 1e-8)
        let s05 = try AHP(randomIndex: .saaty2005).evaluate(PairwiseComparisonMatrix(rows: Self.a4))
        assertClose(s05.consistencyRatio, 0.056538438, relativeTolerance: 1e-8)
    }

    func testGeometricMeanWeights() throws {
        // Expected: reference.py `gmA4` (numpy row geometric means); for n = 3 they equal the eigenvector (`eigA3`).
        let r = try AHP(method: .geometricMean).evaluate(PairwiseComparisonMatrix(rows: Self.a4))
        assertClose(r.weights, [0.5907492938671233, 0.21946404793058064, 0.08726666666795992, 0.10251999153433623],
                    relativeTolerance: 1e-12)
        let r3 = try AHP(method: .geometricMean).evaluate(PairwiseComparisonMatrix(rows: Self.a3))
        assertClose(r3.weights, [0.5584245430947975, 0.3196182639359754, 0.12195719296922707], relativeTolerance: 1e-12)
        assertClose(r3.consistencyRatio, 0.015771299387612077, relativeTolerance: 1e-10)
    }

    func testInconsistentMatrixIsFlagged() throws {
        let r = try AHP().evaluate(PairwiseComparisonMatrix(rows: Self.inconsistent))
        // Expected: reference.py `cr1980Bad`, `eigBad`; ahpy `ahpyCRBad_dd` = 2.6984329346.
        assertClose(r.consistencyRatio, 2.484357255130226, relativeTolerance: 1e-10)
        assertClose(r.weights, [0.29766517993337727, 0.23910460909513487, 0.3228604861954665, 0.14036972477602147],
                    relativeTolerance: 1e-10)
        XCTAssertFalse(r.isConsistent)
        XCTAssertNotNil(r.warning)
        let dd = try AHP(randomIndex: .doneganDodd).evaluate(PairwiseComparisonMatrix(rows: Self.inconsistent))
        assertClose(dd.consistencyRatio, 2.6984329346, relativeTolerance: 1e-8)
    }

    func testOneAndTwoCriteriaAreConsistent() throws {
        let one = try AHP().evaluate(PairwiseComparisonMatrix(rows: [[1]]))
        XCTAssertEqual(one.weights, [1])
        XCTAssertEqual(one.consistencyRatio, 0)
        // Expected: reference.py `eigA2` = [0.75, 0.25], ahpy CR 0.
        let two = try AHP().evaluate(PairwiseComparisonMatrix(rows: [[1, 3], [1.0 / 3, 1]]))
        assertClose(two.weights, [0.75, 0.25], relativeTolerance: 1e-12)
        XCTAssertEqual(two.consistencyRatio, 0)
        XCTAssertEqual(two.consistencyIndex, 0)
    }

    func testRandomIndexTables() throws {
        XCTAssertEqual(try RandomIndexTable.saaty1980.value(for: 9), 1.45)
        XCTAssertEqual(try RandomIndexTable.doneganDodd.value(for: 2), 0)
        // ahpy interpolates Donegan–Dodd between tabulated sizes: n = 22 between 20 (1.5371) and 25 (1.5619).
        assertClose(try RandomIndexTable.doneganDodd.value(for: 22), 1.5371 + (1.5619 - 1.5371) * 2 / 5, relativeTolerance: 1e-14)
        XCTAssertThrowsError(try RandomIndexTable.saaty1980.value(for: 16))
    }

    func testGroupAggregationAIJAndAIP() throws {
        let e2: [[Double]] = [[1, 2, 4, 6], [1.0 / 2, 1, 3, 2], [1.0 / 4, 1.0 / 3, 1, 1], [1.0 / 6, 1.0 / 2, 1, 1]]
        let e3: [[Double]] = [[1, 1, 3, 5], [1, 1, 4, 2], [1.0 / 3, 1.0 / 4, 1, 1.0 / 2], [1.0 / 5, 1.0 / 2, 2, 1]]
        let experts = try [Self.a4, e2, e3].map { try PairwiseComparisonMatrix(rows: $0) }
        // Expected: reference.py `groupAIJ`, `groupAIP`, `groupAIJEqual` (expert weights 0.5, 0.3, 0.2).
        let aij = try AHP().evaluateGroup(experts, expertWeights: [0.5, 0.3, 0.2], aggregation: .aij)
        assertClose(aij.weights, [0.5379032296215615, 0.2534398910245409, 0.09600189519627081, 0.11265498415762684],
                    relativeTolerance: 1e-10)
        let aip = try AHP().evaluateGroup(experts, expertWeights: [5, 3, 2], aggregation: .aip)
        assertClose(aip.weights, [0.5352478339397995, 0.25527072819208885, 0.09587756511186936, 0.11360387275624223],
                    relativeTolerance: 1e-10)
        let equal = try AHP().evaluateGroup(experts, aggregation: .aij)
        assertClose(equal.weights, [0.5133075448124553, 0.27166337886947733, 0.09761399898122106, 0.11741507733684636],
                    relativeTolerance: 1e-10)
        XCTAssertEqual(aip.experts.count, 3)
    }

    func testCSVParsingAcceptsFractionsAndDecimals() throws {
        let path = try ReferenceData.temporaryFile("""
            ,服务,管理,保障
            服务,1,3,5
            管理,1/3,1,2
            保障,0.2, 1 / 2 ,1
            """)
        let a = try PairwiseComparisonMatrix.read(csv: path)
        XCTAssertEqual(a.criteria, ["服务", "管理", "保障"])
        XCTAssertEqual(a.values[2, 1], 0.5)
        XCTAssertEqual(a.values[1, 0], 1.0 / 3)
    }

    func testNonReciprocalCellIsLocated() throws {
        let path = try ReferenceData.temporaryFile("a\u{2C}x,y,z\nx,1,3,5\ny,1/3,1,2\nz,1/5,2,1\n")
        XCTAssertThrowsError(try PairwiseComparisonMatrix.read(csv: path)) { error in
            guard let e = error as? DataError else { return XCTFail("\(error)") }
            // Line 4 ("z,1/5,2,1"), the cell "2" starts at column 7: a_zy = 2 is not 1/a_yz = 1/2.
            XCTAssertEqual(e.location, SourceLocation(file: path, line: 4, column: 7))
            XCTAssertTrue(e.message.contains("reciprocal"), e.message)
        }
    }

    func testNonPositiveAndNonNumericCellsAreLocated() throws {
        let zero = try ReferenceData.temporaryFile(",x,y\nx,1,0\ny,1,1\n")
        XCTAssertThrowsError(try PairwiseComparisonMatrix.read(csv: zero)) { error in
            XCTAssertEqual((error as? DataError)?.location, SourceLocation(file: zero, line: 2, column: 5))
        }
        let text = try ReferenceData.temporaryFile(",x,y\nx,1,abc\ny,1,1\n")
        XCTAssertThrowsError(try PairwiseComparisonMatrix.read(csv: text)) { error in
            XCTAssertEqual((error as? DataError)?.location, SourceLocation(file: text, line: 2, column: 5))
        }
        let names = try ReferenceData.temporaryFile(",x,y\ny,1,1\nx,1,1\n")
        XCTAssertThrowsError(try PairwiseComparisonMatrix.read(csv: names)) { error in
            XCTAssertEqual((error as? DataError)?.location.line, 2)
        }
    }
}
