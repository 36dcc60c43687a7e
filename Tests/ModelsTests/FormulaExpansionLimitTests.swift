import Foundation
import Models
import TestSupport
import XCTest

/// A formula's term expansion is bounded (`FormulaParser.maximumTerms`), so that a chain of `*` cannot
/// take minutes: FuzzFormula found inputs that ran 11–160 s before the bound (Tests/Fuzz/README.md).
final class FormulaExpansionLimitTests: XCTestCase {
    func testFullFactorialOfNineNamesIsExpanded() throws {
        // 2^9 - 1 = 511 terms: below the bound (R's terms() gives the same count for a*b*…*i).
        let names = (1...9).map { "a\($0)" }
        let f = try Formula("y ~ " + names.joined(separator: "*"))
        XCTAssertEqual(f.terms.count, 511)
    }

    func testFullFactorialOfTenNamesIsRefusedAtTheLastStar() throws {
        // The ninth '*' would take 511 terms to 511 + 1 + 511 = 1023 > 1000.
        let text = "y ~ " + (1...10).map { "a\($0)" }.joined(separator: "*")
        let ninthStar = text.indices.filter { text[$0] == "*" }[8]
        let column = text.unicodeScalars.distance(from: text.unicodeScalars.startIndex, to: ninthStar) + 1
        XCTAssertThrowsError(try Formula(text)) { error in
            guard let e = error as? FormulaError else { return XCTFail("not a FormulaError: \(error)") }
            XCTAssertEqual(e.column, column)
            XCTAssertTrue(e.message.contains("more than the 1000 allowed"), e.message)
        }
    }

    func testFuzzerSlowUnitsFinishQuickly() throws {
        let folder = RepositoryPaths.root.appendingPathComponent("Tests/Fuzz/Regressions/FuzzFormula")
        let files = try FileManager.default.contentsOfDirectory(atPath: folder.path).sorted()
        XCTAssertEqual(files.count, 4)
        for name in files {
            let text = String(decoding: try Foundation.Data(contentsOf: folder.appendingPathComponent(name)), as: UTF8.self)
            let start = Date()
            _ = try? Formula(text)
            // Before the bound these took 11–160 s each; now parsing is bounded by 1,000 terms.
            XCTAssertLessThan(Date().timeIntervalSince(start), 2, name)
        }
    }
}
