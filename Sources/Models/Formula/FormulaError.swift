import Data

/// A formula that cannot be parsed or interpreted, with the position of the problem.
///
/// `description` prints the message in the compiler form `formula:1:COLUMN: message`
/// followed by the formula and a caret line pointing at the problem:
/// ```
/// formula:1:10: expected a variable, a number or '(', found '+'
///   y ~ x1 + + x2
///            ^
/// ```
/// A bad formula is a usage error: the CLI exits with status 64 (EX_USAGE).
public struct FormulaError: StationKitError, Equatable, Sendable {
    /// The formula text as given.
    public var formula: String
    /// 1-based column of the problem, counted in Unicode scalars (a Chinese character is one column).
    public var column: Int
    /// What is wrong.
    public var message: String

    /// Creates an error at `column` (1-based) of `formula`.
    public init(formula: String, column: Int, _ message: String) {
        self.formula = formula
        self.column = column
        self.message = message
    }

    /// Always `.usage` (64): the formula is a command-line argument.
    public var exitStatus: ExitStatus { .usage }

    /// The formula indented by two spaces, then a caret under the problem column.
    /// Wide (East Asian) characters before the column count as two cells so the caret lines up in a terminal.
    public var caretLine: String {
        var pad = ""
        for (i, scalar) in formula.unicodeScalars.enumerated() where i < column - 1 {
            pad += FormulaError.isWide(scalar) ? "  " : (scalar == "\t" ? "\t" : " ")
        }
        return "  \(formula)\n  \(pad)^"
    }

    public var description: String { "formula:1:\(column): \(message)\n\(caretLine)" }

    /// East Asian Wide/Fullwidth ranges (Unicode UAX #11), enough for CJK column names.
    static func isWide(_ s: Unicode.Scalar) -> Bool {
        switch s.value {
        case 0x1100...0x115F, 0x2E80...0x303E, 0x3041...0x33FF, 0x3400...0x4DBF, 0x4E00...0x9FFF,
             0xA000...0xA4CF, 0xAC00...0xD7A3, 0xF900...0xFAFF, 0xFE30...0xFE4F, 0xFF00...0xFF60,
             0xFFE0...0xFFE6, 0x20000...0x3FFFD:
            return true
        default:
            return false
        }
    }
}
