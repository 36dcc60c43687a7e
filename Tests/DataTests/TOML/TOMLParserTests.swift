import Data
import XCTest

final class TOMLParserTests: XCTestCase {
    private func parse(_ text: String) throws -> TOMLTable { try TOML.parse(text, file: "m.toml") }

    private func error(_ text: String) -> String {
        do {
            _ = try parse(text)
            return "no error"
        } catch let e as DataError {
            return e.description
        } catch {
            return "\(error)"
        }
    }

    // Values from the TOML v1.0.0 specification's examples (https://toml.io/en/v1.0.0).
    func testScalarsKeysAndLocations() throws {
        let t = try parse("""
            # comment
            name = "济南"   # trailing comment
            "quoted key" = 'C:\\Users\\x'
            site.url = "a\\tb\\u00E9\\U0001F600"
            int = 1_000_000
            hex = 0xDEAD_BEEF
            oct = 0o755
            bin = 0b1101
            neg = -17
            flt = 6.626e-34
            exp = 5e+22
            pinf = inf
            ninf = -inf
            nan = nan
            yes = true

            """)
        XCTAssertEqual(t["name"]?.string, "济南")
        XCTAssertEqual(t["quoted key"]?.string, "C:\\Users\\x")
        XCTAssertEqual(t["site"]?.table?["url"]?.string, "a\tb\u{E9}😀")
        XCTAssertEqual(t["int"]?.integer, 1_000_000)
        XCTAssertEqual(t["hex"]?.integer, 0xDEADBEEF)
        XCTAssertEqual(t["oct"]?.integer, 0o755)
        XCTAssertEqual(t["bin"]?.integer, 13)
        XCTAssertEqual(t["neg"]?.integer, -17)
        XCTAssertEqual(t["flt"]?.double, 6.626e-34)
        XCTAssertEqual(t["exp"]?.double, 5e22)
        XCTAssertEqual(t["pinf"]?.double, .infinity)
        XCTAssertEqual(t["ninf"]?.double, -.infinity)
        XCTAssertTrue(t["nan"]?.double?.isNaN ?? false)
        XCTAssertEqual(t["yes"]?.bool, true)
        // Locations: the value of `name` starts at line 2, column 8; the key at column 1.
        XCTAssertEqual(t.entry("name")?.keyLocation, SourceLocation(file: "m.toml", line: 2, column: 1))
        XCTAssertEqual(t["name"]?.location, SourceLocation(file: "m.toml", line: 2, column: 8))
        XCTAssertEqual(t.entry("quoted key")?.keyLocation.line, 3)
    }

    func testMultilineStrings() throws {
        let t = try parse("""
            a = \"\"\"
            Roses are red
            Violets are blue\"\"\"
            b = \"\"\"\\
                The quick \\
                brown fox.\"\"\"
            c = '''
            raw \\n text
            '''
            d = \"\"\"two ""quotes"" \"\"\"\"\"
            after = 1
            """)
        XCTAssertEqual(t["a"]?.string, "Roses are red\nViolets are blue")
        XCTAssertEqual(t["b"]?.string, "The quick brown fox.")
        XCTAssertEqual(t["c"]?.string, "raw \\n text\n")
        XCTAssertEqual(t["d"]?.string, "two \"\"quotes\"\" \"\"")
        XCTAssertEqual(t["after"]?.location.line, 11)
    }

    func testTablesArraysOfTablesArraysAndInlineTables() throws {
        let t = try parse("""
            [tables]
            districts = "districts.csv"

            [[sweep]]
            field = "budget"
            values = [
              1, 2,   # comment inside
              3,
            ]
            [[sweep]]
            field = "share"
            point = { x = 1, y = [0.5, "a"] }

            [a.b.c]
            d = 1
            """)
        XCTAssertEqual(t["tables"]?.table?["districts"]?.string, "districts.csv")
        let sweep = try XCTUnwrap(t["sweep"]?.array)
        XCTAssertEqual(sweep.count, 2)
        XCTAssertEqual(sweep[0].table?["values"]?.array?.compactMap(\.integer), [1, 2, 3])
        XCTAssertEqual(sweep[1].table?["point"]?.table?["y"]?.array?.count, 2)
        XCTAssertEqual(sweep[1].location, SourceLocation(file: "m.toml", line: 10, column: 1))
        XCTAssertEqual(t["a"]?.table?["b"]?.table?["c"]?.table?["d"]?.integer, 1)
    }

    func testErrorsAreLocated() {
        XCTAssertEqual(error("a = 1\nb = 2\na = 3\n"), "m.toml:3:1: duplicate key 'a' (first defined at m.toml:1:1)")
        XCTAssertEqual(error("[t]\nx = 1\n[t]\n"), "m.toml:3:2: table 't' is already defined at m.toml:1:2")
        XCTAssertEqual(error("x = 2020-01-01\n"), "m.toml:1:5: dates and times are not supported here; write the value as a string or a year")
        XCTAssertEqual(error("x = \"abc\n"), "m.toml:1:5: string is never closed")
        XCTAssertEqual(error("x = \"\\q\"\n"), "m.toml:1:6: unknown escape '\\q'")
        XCTAssertEqual(error("x = 01\n"), "m.toml:1:5: leading zeros are not allowed in '01'")
        XCTAssertEqual(error("x = 1__0\n"), "m.toml:1:5: invalid value '1__0' (expected a string, number, boolean, array or inline table)")
        XCTAssertEqual(error("x = [1, 2\n"), "m.toml:2:1: array opened at m.toml:1:5 is never closed")
        XCTAssertEqual(error("x = 1 y = 2\n"), "m.toml:1:7: expected the end of the line, found 'y'")
        XCTAssertEqual(error("a.b = 1\na.b.c = 2\n"), "m.toml:2:3: key 'b' is already defined at m.toml:1:3 and is not a table")
        XCTAssertEqual(error("名 = 1\n"), "m.toml:1:1: expected a key, found '名'")
    }
}
