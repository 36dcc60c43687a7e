/// One lexical token of a model formula, with its 1-based column (in Unicode scalars).
struct FormulaToken: Equatable, Sendable {
    enum Kind: Equatable, Sendable {
        case identifier(String)
        case number(String)
        case tilde, plus, minus, star, colon, pipe, leftParen, rightParen, comma
        case end
    }

    var kind: Kind
    /// 1-based column of the token's first scalar.
    var column: Int

    /// The token as the user wrote it, for error messages.
    var display: String {
        switch kind {
        case .identifier(let s): return "'\(s)'"
        case .number(let s): return "'\(s)'"
        case .tilde: return "'~'"
        case .plus: return "'+'"
        case .minus: return "'-'"
        case .star: return "'*'"
        case .colon: return "':'"
        case .pipe: return "'|'"
        case .leftParen: return "'('"
        case .rightParen: return "')'"
        case .comma: return "','"
        case .end: return "the end of the formula"
        }
    }
}
