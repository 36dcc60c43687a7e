import Models
import TestSupport
import XCTest

final class FormulaParserTests: XCTestCase {
    func testTermsExpandLikePatsy() throws {
        let f = try Formula("y ~ x1*x2 + log(x3) + sqrt(x) + exp(z) + C(district) | fe1 + fe2")
        XCTAssertEqual(f.response.name, "y")
        XCTAssertTrue(f.hasIntercept)
        XCTAssertEqual(f.terms.map(\.name), ["x1", "x2", "x1:x2", "log(x3)", "sqrt(x)", "exp(z)", "C(district)"])
        XCTAssertEqual(f.absorbedEffects, ["fe1", "fe2"])
        XCTAssertEqual(f.columns, ["y", "x1", "x2", "x3", "x", "z", "district", "fe1", "fe2"])
    }

    func testInterceptRemovalForms() throws {
        XCTAssertFalse(try Formula("y ~ x - 1").hasIntercept)
        XCTAssertFalse(try Formula("y ~ x + 0").hasIntercept)
        XCTAssertFalse(try Formula("y ~ 0 + x").hasIntercept)
        XCTAssertFalse(try Formula("y ~ -1 + x").hasIntercept)
        XCTAssertTrue(try Formula("y ~ x - 1 + 1").hasIntercept)
        XCTAssertEqual(try Formula("y ~ 1").terms, [])
    }

    func testSubtractionAndParenthesesAndDuplicates() throws {
        XCTAssertEqual(try Formula("y ~ a*b - a:b").terms.map(\.name), ["a", "b"])
        XCTAssertEqual(try Formula("y ~ (a + b):c").terms.map(\.name), ["a:c", "b:c"])
        XCTAssertEqual(try Formula("y ~ a + a + b:a + a:b").terms.map(\.name), ["a", "b:a"])
        XCTAssertEqual(try Formula("y ~ np.log(x) + `staff count` + 社工人数").terms.map(\.name),
                       ["log(x)", "staff count", "社工人数"])
        XCTAssertEqual(try Formula("log(y) ~ x").response.name, "log(y)")
    }

    func testDoublePlusErrorPointsAtSecondPlus() {
        XCTAssertThrowsError(try Formula("y ~ x1 + + x2")) { error in
            guard let e = error as? FormulaError else { return XCTFail("not a FormulaError: \(error)") }
            XCTAssertEqual(e.column, 10)
            XCTAssertEqual(e.exitStatus.rawValue, 64)
            XCTAssertEqual(e.description, """
                formula:1:10: expected a variable, a number or '(', found '+'
                  y ~ x1 + + x2
                           ^
                """)
        }
    }

    func testErrorsCarryColumns() {
        let cases: [(String, Int, String)] = [
            ("y ~ x1 + (x2", 13, "expected ')'"),
            ("y x1", 3, "expected '~'"),
            ("y ~ foo(x)", 5, "unknown function 'foo'"),
            ("y ~ x + 2", 9, "only 0 and 1"),
            ("y ~ x $ z", 7, "unexpected character '$'"),
            ("y ~ x )", 7, "unbalanced ')'"),
            ("y ~ x | 1", 9, "fixed effects"),
            ("y ~ 1:x", 6, "intercept"),
            ("y ~ -x", 6, "unary '-'"),
            ("y ~ ", 5, "expected terms"),
        ]
        for (text, column, fragment) in cases {
            XCTAssertThrowsError(try Formula(text), text) { error in
                guard let e = error as? FormulaError else { return XCTFail("\(text): \(error)") }
                XCTAssertEqual(e.column, column, "\(text): \(e.description)")
                XCTAssertTrue(e.message.contains(fragment), "\(text): \(e.message)")
            }
        }
    }

    func testCaretAlignsUnderWideCharacters() {
        XCTAssertThrowsError(try Formula("得分 ~ 社工 + + x")) { error in
            guard let e = error as? FormulaError else { return XCTFail("\(error)") }
            XCTAssertEqual(e.column, 11)
            // 得分 and 社工 are two cells wide each in a terminal: 4 wide + 6 narrow = 14 cells before '+'.
            XCTAssertEqual(e.caretLine.split(separator: "\n").last.map(String.init), "  " + String(repeating: " ", count: 14) + "^")
        }
    }
}
