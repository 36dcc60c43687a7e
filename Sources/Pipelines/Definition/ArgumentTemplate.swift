import Data

/// One argument of a step, split into literal text and `${name}` references.
///
/// Grammar: `${` NAME `}` with NAME made of letters, digits, `_` and `-`; `$$` is a literal `$`;
/// any other `$` is literal. References name an input or an earlier step.
public struct ArgumentTemplate: Sendable, Equatable {
    /// A piece of an argument.
    public enum Part: Sendable, Equatable {
        /// Text copied as is.
        case literal(String)
        /// `${name}`, with the location of its `$`.
        case reference(String, SourceLocation)
    }

    /// The pieces in order.
    public var parts: [Part]
    /// Where the argument's string starts.
    public var location: SourceLocation

    /// The names referred to, with their locations.
    public var references: [(name: String, location: SourceLocation)] {
        parts.compactMap { if case .reference(let n, let l) = $0 { return (n, l) } else { return nil } }
    }

    /// Parses `text`, a TOML string value located at `location` (its opening quote).
    /// Columns of references count from the opening quote, exact for strings without escapes.
    /// - Throws: `DataError` for an unterminated `${` or a bad name.
    public init(parsing text: String, at location: SourceLocation) throws {
        self.location = location
        var parts: [Part] = []
        var literal = ""
        let scalars = Array(text.unicodeScalars)
        var i = 0
        func here(_ offset: Int) -> SourceLocation {
            SourceLocation(file: location.file, line: location.line, column: location.column.map { $0 + 1 + offset })
        }
        while i < scalars.count {
            let c = scalars[i]
            if c == "$", i + 1 < scalars.count, scalars[i + 1] == "$" {
                literal.unicodeScalars.append("$")
                i += 2
            } else if c == "$", i + 1 < scalars.count, scalars[i + 1] == "{" {
                guard let close = scalars[(i + 2)...].firstIndex(of: "}") else {
                    throw DataError(at: here(i), "unterminated `${`: write ${name} (or $$ for a literal $)")
                }
                let name = String(String.UnicodeScalarView(scalars[(i + 2)..<close]))
                guard !name.isEmpty, name.unicodeScalars.allSatisfy(ArgumentTemplate.isNameScalar) else {
                    throw DataError(at: here(i), "`${\(name)}` is not a reference: names use letters, digits, _ and -")
                }
                if !literal.isEmpty { parts.append(.literal(literal)); literal = "" }
                parts.append(.reference(name, here(i)))
                i = close + 1
            } else {
                literal.unicodeScalars.append(c)
                i += 1
            }
        }
        if !literal.isEmpty || parts.isEmpty { parts.append(.literal(literal)) }
        self.parts = parts
    }

    /// Whether `s` may appear in an input or step name.
    public static func isNameScalar(_ s: Unicode.Scalar) -> Bool {
        s.properties.isAlphabetic || ("0"..."9").contains(s) || s == "_" || s == "-"
    }

    /// The argument with every reference replaced through `resolve`.
    /// - Parameter resolve: maps a name to its path.
    /// - Returns: the argument text.
    public func resolved(_ resolve: (String) -> String) -> String {
        parts.map { part -> String in
            switch part {
            case .literal(let s): return s
            case .reference(let name, _): return resolve(name)
            }
        }.joined()
    }
}
