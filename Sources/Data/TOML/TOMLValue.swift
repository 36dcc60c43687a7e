/// A TOML value with the place it was written.
public struct TOMLValue: Sendable {
    /// What the value is.
    public indirect enum Kind: Sendable {
        /// Any of the four string forms, escapes resolved.
        case string(String)
        /// A 64-bit integer (decimal, hex, octal or binary).
        case integer(Int)
        /// A float, including inf and nan.
        case float(Double)
        /// true or false.
        case bool(Bool)
        /// An array (also an array of tables, whose elements are `.table`s).
        case array([TOMLValue])
        /// A `[table]`, dotted-key table or inline table.
        case table(TOMLTable)
    }

    /// The value.
    public var kind: Kind
    /// Where the value starts (for tables: the header or the `{`).
    public var location: SourceLocation

    /// A value written at `location`.
    public init(_ kind: Kind, at location: SourceLocation) {
        self.kind = kind
        self.location = location
    }

    /// The text, when the value is a string.
    public var string: String? { if case .string(let s) = kind { return s } else { return nil } }
    /// The integer, when the value is an integer.
    public var integer: Int? { if case .integer(let i) = kind { return i } else { return nil } }
    /// The number, when the value is a float or an integer.
    public var double: Double? {
        switch kind {
        case .float(let d): return d
        case .integer(let i): return Double(i)
        default: return nil
        }
    }
    /// The flag, when the value is a boolean.
    public var bool: Bool? { if case .bool(let b) = kind { return b } else { return nil } }
    /// The elements, when the value is an array (arrays of tables included).
    public var array: [TOMLValue]? { if case .array(let a) = kind { return a } else { return nil } }
    /// The table, when the value is a table.
    public var table: TOMLTable? { if case .table(let t) = kind { return t } else { return nil } }

    /// The TOML type name, for messages ("string", "integer", …).
    public var typeName: String {
        switch kind {
        case .string: return "string"
        case .integer: return "integer"
        case .float: return "float"
        case .bool: return "boolean"
        case .array: return "array"
        case .table: return "table"
        }
    }
}

/// One `key = value` of a table, with the key's own location (for "unknown key" messages).
public struct TOMLEntry: Sendable {
    /// The key (the last part of a dotted key).
    public var key: String
    /// Where the key was written.
    public var keyLocation: SourceLocation
    /// The value, with its own location.
    public var value: TOMLValue
}

/// A TOML table: keys in the order written, each with its location.
public struct TOMLTable: Sendable {
    /// The entries in the order they were written.
    public private(set) var entries: [TOMLEntry] = []
    private var index: [String: Int] = [:]

    /// An empty table.
    public init() {}

    mutating func insert(_ e: TOMLEntry) {
        index[e.key] = entries.count
        entries.append(e)
    }

    /// The keys in order.
    public var keys: [String] { entries.map(\.key) }

    /// The value for `key`, nil when absent.
    public subscript(key: String) -> TOMLValue? {
        index[key].map { entries[$0].value }
    }

    /// The entry for `key` (value and key location), nil when absent.
    public func entry(_ key: String) -> TOMLEntry? { index[key].map { entries[$0] } }
}
