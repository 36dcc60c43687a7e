/// Recursive-descent parser for `Formula`, evaluating term algebra as it goes (patsy's semantics).
///
/// Grammar (lowest precedence first):
/// ```
/// formula     := factor '~' sum ('|' name ('+' name)*)? END
/// sum         := product (('+' | '-') product)*
/// product     := interaction ('*' interaction)*
/// interaction := unary (':' unary)*
/// unary       := '-' unary | atom            (only '-1' / '-0'; a stray '+' is an error)
/// atom        := '(' sum ')' | '0' | '1' | factor
/// factor      := name | function '(' name ')'        function ∈ C, log, log10, sqrt, exp (np. prefix allowed)
/// ```
struct FormulaParser {
    /// The value of a right-hand-side subexpression: terms plus patsy's intercept bookkeeping.
    struct TermSet {
        var terms: [Term] = []
        /// `1` was added (explicitly).
        var intercept = false
        /// `0` was added or `1` removed.
        var interceptRemoved = false
        /// Column where the subexpression starts (for errors).
        var column: Int

        /// The same terms as a set, so that adding and removing stay linear in the terms involved.
        private var members: Set<Term> = []

        init(column: Int) { self.column = column }

        mutating func add(_ more: [Term]) {
            for t in more where members.insert(t).inserted { terms.append(t) }
        }

        mutating func remove(_ other: [Term]) {
            let gone = Set(other)
            terms.removeAll { gone.contains($0) }
            members.subtract(gone)
        }
    }

    /// The most terms a formula may expand to. `a*b*c*…` with k names expands to 2^k - 1 terms, so a
    /// mistyped formula could otherwise exhaust time and memory (found by FuzzFormula, Tests/Fuzz/README.md);
    /// 1,000 is far above any regression a survey panel supports.
    static let maximumTerms = 1000

    struct Parsed {
        var response: Factor
        var intercept: Bool
        var terms: [Term]
        var absorbed: [String]
    }

    let text: String
    let tokens: [FormulaToken]
    var position = 0

    init(_ text: String) throws {
        self.text = text
        self.tokens = try FormulaLexer.tokens(text)
    }

    var current: FormulaToken { tokens[min(position, tokens.count - 1)] }

    func error(_ token: FormulaToken, _ message: String) -> FormulaError {
        FormulaError(formula: text, column: token.column, message)
    }

    mutating func advance() { position += 1 }

    mutating func expect(_ kind: FormulaToken.Kind, _ what: String) throws {
        guard current.kind == kind else { throw error(current, "expected \(what), found \(current.display)") }
        advance()
    }

    mutating func parseFormula() throws -> Parsed {
        guard current.kind != .end else { throw error(current, "empty formula: expected 'response ~ terms'") }
        let response = try parseFactor()
        try expect(.tilde, "'~' after the response")
        guard current.kind != .end, current.kind != .pipe else {
            throw error(current, "expected terms after '~' (write '1' for an intercept-only model)")
        }
        let rhs = try parseSum()
        var absorbed: [String] = []
        if current.kind == .pipe {
            advance()
            repeat {
                if !absorbed.isEmpty { advance() }  // the '+'
                guard case .identifier(let name) = current.kind else {
                    throw error(current, "expected a column name of fixed effects to absorb, found \(current.display)")
                }
                if !absorbed.contains(name) { absorbed.append(name) }
                advance()
            } while current.kind == .plus
        }
        guard current.kind == .end else {
            if current.kind == .rightParen { throw error(current, "unbalanced ')'") }
            if current.kind == .tilde { throw error(current, "a formula has only one '~'") }
            throw error(current, "expected '+', '-', '*', ':' or the end of the formula, found \(current.display)")
        }
        return Parsed(response: response, intercept: !rhs.interceptRemoved, terms: rhs.terms, absorbed: absorbed)
    }

    mutating func parseSum() throws -> TermSet {
        var left = try parseProduct()
        while current.kind == .plus || current.kind == .minus {
            let isPlus = current.kind == .plus
            advance()
            let right = try parseProduct()
            // '+ 1' / '- 0' put the intercept back; '+ 0' / '- 1' remove it (patsy).
            if right.intercept || right.interceptRemoved {
                left.intercept = right.intercept == isPlus
                left.interceptRemoved = !left.intercept
            }
            if isPlus {
                left.add(right.terms)
            } else {
                left.remove(right.terms)
            }
        }
        return left
    }

    mutating func parseProduct() throws -> TermSet {
        var left = try parseInteraction()
        while current.kind == .star {
            let op = current
            advance()
            let right = try parseInteraction()
            try checkSize(left.terms.count + right.terms.count + left.terms.count * right.terms.count, at: op)
            let product = try interact(left, right, at: op)
            left.add(right.terms)
            left.add(product)
        }
        return left
    }

    mutating func parseInteraction() throws -> TermSet {
        var left = try parseUnary()
        while current.kind == .colon {
            let op = current
            advance()
            let right = try parseUnary()
            try checkSize(left.terms.count * right.terms.count, at: op)
            let product = try interact(left, right, at: op)
            left = TermSet(column: left.column)
            left.add(product)
        }
        return left
    }

    /// Refuses an operator whose expansion would give more than `maximumTerms` terms (an upper bound:
    /// repeated terms are not yet merged).
    func checkSize(_ terms: Int, at op: FormulaToken) throws {
        guard terms > Self.maximumTerms else { return }
        throw error(op, "this operator expands the formula to about \(terms) terms, more than the \(Self.maximumTerms) allowed; "
                        + "write the interactions you need with ':' instead of '*'")
    }

    /// All products `l:r` of a left and right term, left-major (patsy's order).
    func interact(_ left: TermSet, _ right: TermSet, at op: FormulaToken) throws -> [Term] {
        if left.intercept || left.interceptRemoved || right.intercept || right.interceptRemoved {
            throw error(op, "'0' and '1' (the intercept) cannot be part of an interaction")
        }
        var out: [Term] = []
        var seen: Set<Term> = []
        for l in left.terms {
            for r in right.terms {
                let t = Term(l.factors + r.factors)
                if seen.insert(t).inserted { out.append(t) }
            }
        }
        return out
    }

    mutating func parseUnary() throws -> TermSet {
        let token = current
        if token.kind == .minus {
            advance()
            let operand = current
            var value = try parseUnary()
            if value.intercept && value.terms.isEmpty {
                value.intercept = false
                value.interceptRemoved = true
            } else if value.interceptRemoved && value.terms.isEmpty {
                value.interceptRemoved = false
                value.intercept = true
            } else {
                throw error(operand, "unary '-' applies only to 1 or 0 (remove terms with 'a - b')")
            }
            value.column = token.column
            return value
        }
        return try parseAtom()
    }

    mutating func parseAtom() throws -> TermSet {
        let token = current
        switch token.kind {
        case .leftParen:
            advance()
            guard current.kind != .rightParen else { throw error(current, "empty parentheses") }
            var inner = try parseSum()
            guard current.kind == .rightParen else {
                throw error(current, "expected ')' to close the '(' at column \(token.column), found \(current.display)")
            }
            advance()
            inner.column = token.column
            return inner
        case .number(let digits):
            advance()
            var set = TermSet(column: token.column)
            if digits == "1" {
                set.intercept = true
            } else if digits == "0" {
                set.interceptRemoved = true
            } else {
                throw error(token, "only 0 and 1 may stand alone in a formula (no intercept / intercept), found '\(digits)'")
            }
            return set
        case .identifier:
            var set = TermSet(column: token.column)
            set.add([Term([try parseFactor()])])
            return set
        default:
            throw error(token, "expected a variable, a number or '(', found \(token.display)")
        }
    }

    /// `name` or `function(name)`.
    mutating func parseFactor() throws -> Factor {
        let token = current
        guard case .identifier(let name) = token.kind else {
            throw error(token, "expected a variable, a number or '(', found \(token.display)")
        }
        advance()
        guard current.kind == .leftParen else { return Factor(column: name) }
        let function = name.hasPrefix("np.") ? String(name.dropFirst(3)) : name
        let categorical = function == "C"
        let transform = Factor.Transform(rawValue: function)
        guard categorical || (transform != nil && transform != .identity) else {
            throw error(token, "unknown function '\(name)' (supported: C, log, log10, sqrt, exp)")
        }
        advance()
        guard case .identifier(let column) = current.kind else {
            throw error(current, "expected a column name inside \(name)(), found \(current.display)")
        }
        advance()
        guard current.kind == .rightParen else {
            throw error(current, "expected ')' after \(name)(\(column), found \(current.display)")
        }
        advance()
        return Factor(column: column, transform: transform ?? .identity, categorical: categorical)
    }
}
