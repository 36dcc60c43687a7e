/// A TOML value with the place it was written.
public struct TOMLValue: Sendable {
    /// What the value is.
    public indirect enum Kind: Sendable {
        case string(String)
        case integer(Int)
        case float(Double)
        case bool(Bool)
        case array([TOMLValue])
        case table(TOMLTable)
    }

    public var kind: Kind
    /// Where the value starts (for tables: the header or the `{`).
    public var location: SourceLocation

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
    public var key: String
    public var keyLocation: SourceLocation
    public var value: TOMLValue
}

/// A TOML table: keys in the order written, each with its location.
public struct TOMLTable: Sendable {
    /// The entries in the order they were written.
    public private(set) var entries: [TOMLEntry] = []
    private var index: [String: Int] = [:]

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
