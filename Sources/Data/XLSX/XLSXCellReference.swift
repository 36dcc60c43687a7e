/// A1-style cell references of a worksheet (`C5` = column 3, row 5), within Excel's grid:
/// columns A…XFD (1…16,384), rows 1…1,048,576 (ECMA-376 Part 1, §18.3.1.4 and §18.17.2.3).
enum XLSXCellReference {
    static let maxColumn = 16_384
    static let maxRow = 1_048_576

    /// Parses `C5` (optionally `$C$5`) into (row, column), both 1-based; nil when malformed or off the grid.
    static func parse(_ text: String) -> (row: Int, column: Int)? {
        var column = 0, row = 0, letters = 0, digits = 0
        for b in text.utf8 where b != UInt8(ascii: "$") {
            switch b {
            case UInt8(ascii: "A")...UInt8(ascii: "Z") where digits == 0:
                letters += 1
                column = column * 26 + Int(b - UInt8(ascii: "A")) + 1
            case UInt8(ascii: "0")...UInt8(ascii: "9") where letters > 0:
                digits += 1
                row = row * 10 + Int(b - UInt8(ascii: "0"))
            default:
                return nil
            }
            if letters > 3 || digits > 7 { return nil }
        }
        guard letters > 0, digits > 0, (1...maxColumn).contains(column), (1...maxRow).contains(row) else { return nil }
        return (row, column)
    }

    /// The letters of column `column` (1 → A, 27 → AA).
    static func columnName(_ column: Int) -> String {
        var n = max(1, column), s: [Character] = []
        while n > 0 {
            let r = (n - 1) % 26
            s.insert(Character(Unicode.Scalar(UInt8(65 + r))), at: 0)
            n = (n - 1) / 26
        }
        return String(s)
    }

    /// `C5` for row 5, column 3.
    static func name(row: Int, column: Int) -> String { "\(columnName(column))\(row)" }
}
