import Data
import XCTest

final class CSVWriterTests: XCTestCase {
    // Quoting rules: RFC 4180 section 2 (fields with comma, quote or line break are
    // quoted; quotes doubled). Formula escape: OWASP "CSV Injection" guidance.
    func testQuotesFieldsWithSeparatorsQuotesAndNewlines() {
        let w = CSVWriter()
        XCTAssertEqual(w.field("历下区"), "历下区")
        XCTAssertEqual(w.field("a,b"), "\"a,b\"")
        XCTAssertEqual(w.field("say \"hi\""), "\"say \"\"hi\"\"\"")
        XCTAssertEqual(w.field("two\nlines"), "\"two\nlines\"")
    }

    func testEscapesFormulaLikeTextButNotNumbers() {
        let w = CSVWriter()
        XCTAssertEqual(w.field("=SUM(A1:A9)"), "'=SUM(A1:A9)")
        XCTAssertEqual(w.field("@cmd"), "'@cmd")
        XCTAssertEqual(w.field("+86 531"), "'+86 531")
        XCTAssertEqual(w.field("-3.5"), "-3.5")
        XCTAssertEqual(w.field("+1e3"), "+1e3")
    }

    func testNumbersRoundTrip() {
        let w = CSVWriter()
        for v in [0.1, 1.0 / 3.0, -2.5e-300, 123456789.0, 6.02214076e23] {
            XCTAssertEqual(Double(w.field(v)), v)
        }
        XCTAssertEqual(w.field(Double.nan), "")
    }
}
