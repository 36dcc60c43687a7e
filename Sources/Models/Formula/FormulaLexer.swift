/// Splits a formula into tokens.
///
/// Names are letters (any script, so `社工人数` is a name), digits, `_` and `.`, not starting with a
/// digit; a name with other characters is written in backticks (`` `staff count` ``), as in R and fixest.
/// Complexity: O(length).
enum FormulaLexer {
    static func tokens(_ formula: String) throws -> [FormulaToken] {
        let scalars = Array(formula.unicodeScalars)
        var out: [FormulaToken] = []
        var i = 0
        while i < scalars.count {
            let c = scalars[i]
            let column = i + 1
            if c.properties.isWhitespace {
                i += 1
                continue
            }
            let single: FormulaToken.Kind?
            switch c {
            case "~": single = .tilde
            case "+": single = .plus
            case "-": single = .minus
            case "*": single = .star
            case ":": single = .colon
            case "|": single = .pipe
            case "(": single = .leftParen
            case ")": single = .rightParen
            case ",": single = .comma
            default: single = nil
            }
            if let single {
                out.append(FormulaToken(kind: single, column: column))
                i += 1
            } else if c == "`" {
                var j = i + 1
                var name = String.UnicodeScalarView()
                while j < scalars.count, scalars[j] != "`" {
                    name.append(scalars[j])
                    j += 1
                }
                guard j < scalars.count else {
                    throw FormulaError(formula: formula, column: column, "unterminated backtick-quoted name")
                }
                guard !name.isEmpty else {
                    throw FormulaError(formula: formula, column: column, "empty backtick-quoted name")
                }
                out.append(FormulaToken(kind: .identifier(String(name)), column: column))
                i = j + 1
            } else if isDigit(c) {
                var j = i
                while j < scalars.count, isDigit(scalars[j]) || scalars[j] == "." { j += 1 }
                out.append(FormulaToken(kind: .number(String(String.UnicodeScalarView(scalars[i..<j]))), column: column))
                i = j
            } else if isNameStart(c) {
                var j = i
                while j < scalars.count, isNameStart(scalars[j]) || isDigit(scalars[j]) || scalars[j] == "." { j += 1 }
                out.append(FormulaToken(kind: .identifier(String(String.UnicodeScalarView(scalars[i..<j]))), column: column))
                i = j
            } else {
                throw FormulaError(formula: formula, column: column, "unexpected character '\(Character(c))'")
            }
        }
        out.append(FormulaToken(kind: .end, column: scalars.count + 1))
        return out
    }

    static func isDigit(_ c: Unicode.Scalar) -> Bool { ("0"..."9").contains(c) }

    static func isNameStart(_ c: Unicode.Scalar) -> Bool { c == "_" || c.properties.isAlphabetic }
}
