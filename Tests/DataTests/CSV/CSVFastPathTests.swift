import Data
import Stats
import TestSupport
import XCTest

/// The reader's word-at-a-time paths: eight digits per step in number parsing and eight bytes per
/// step when scanning unquoted fields. Results must not depend on where a field or a digit run
/// falls within an 8-byte word.
final class CSVFastPathTests: XCTestCase {
    private func column(_ name: String, _ cells: [String]) throws -> CSVFile {
        CSVReader.parse(Array((name + "\n" + cells.joined(separator: "\n") + "\n").utf8), file: "t.csv")
    }

    /// Expected: Swift's `Double(String)` / `Int(String)` (correctly rounded, the reference of
    /// testDoublesRoundTripBitExactly) on the same text.
    func testEightDigitChunksParseLikeTheStandardLibrary() throws {
        var texts = [
            "12345678", "123456789", "1234567812345678", "123456781234567812", "1234567812345678123",
            "12345678123456781234", "99999999999999999999999", "0.00000000123456789012345", "00000000000000001",
            "-1234567.8", "12345678e5", "1234567.12345678", "0.123456789012345678901", "+87654321.0",
            "1234567812345678.5", "9007199254740993", "18446744073709551615", "184467440737095516150000",
            "0.000000000000000000000000000001", "1e-7", "99999999.99999999",
        ]
        var rng = Xoshiro256StarStar(seed: 11)
        for _ in 0..<8000 {
            let lead = Int(rng.nextUniform() * 22)
            let frac = Int(rng.nextUniform() * 22)
            var s = rng.nextUniform() < 0.3 ? "-" : ""
            s += lead == 0 ? "0" : String((0..<lead).map { _ in Character(String(Int(rng.nextUniform() * 10))) })
            if frac > 0 { s += "." + String((0..<frac).map { _ in Character(String(Int(rng.nextUniform() * 10))) }) }
            texts.append(s)
        }
        let read = try column("x", texts).table.doubles("x")
        XCTAssertEqual(read.count, texts.count)
        for (t, v) in zip(texts, read) where Double(t)?.bitPattern != v.bitPattern {
            XCTFail("\(t) read as \(v), expected \(Double(t) ?? .nan)")
        }
        let ints = ["12345678", "-12345678", "123456789012345678", "-123456789012345678", "00000000", "1234567", "+99999999"]
        XCTAssertEqual(try column("n", ints).table.ints("n"), ints.map { Int($0) ?? IntMissing })
        // A non-digit anywhere inside the first eight bytes makes the cell text, not a number.
        let mixed = ["1234567a", "a2345678", "1234x678", "12345678"]
        XCTAssertEqual(try column("s", mixed).table.column("s").type, .string)
    }

    /// Expected by construction: unquoted RFC 4180 fields are the bytes between delimiters.
    func testFieldBoundariesAtEveryOffsetWithinAWord() throws {
        for seed in [1, 2, 3] as [UInt64] {
            var rng = Xoshiro256StarStar(seed: seed)
            var rows: [[String]] = []
            for _ in 0..<2000 {
                rows.append((0..<3).map { _ in
                    let n = Int(rng.nextUniform() * 20)
                    return String((0..<n).map { _ in Character(UnicodeScalar(UInt8(97 + Int(rng.nextUniform() * 26)))) })
                        + (rng.nextUniform() < 0.1 ? "区" : "")
                })
            }
            for crlf in [false, true] {
                let nl = crlf ? "\r\n" : "\n"
                let text = "a,b,c" + nl + rows.map { $0.joined(separator: ",") }.joined(separator: nl) + nl
                let f = CSVReader.parse(Array(text.utf8), file: "t.csv", options: CSVReadOptions(parallelBytes: .max))
                XCTAssertEqual(f.problems, [])
                for (k, name) in ["a", "b", "c"].enumerated() {
                    XCTAssertEqual(try f.table.strings(name), rows.map { $0[k].isEmpty ? nil : $0[k] }, "seed \(seed) \(name)")
                }
            }
        }
    }
}
