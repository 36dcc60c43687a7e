/// The type of a table column.
public enum ColumnType: String, Sendable, Equatable, CaseIterable {
    /// 64-bit integers; missing is `IntMissing` (`Int.min`).
    case int
    /// Doubles; missing is NaN.
    case double
    /// Dictionary-encoded text; missing is code −1.
    case string
}

/// The sentinel marking a missing integer (`Int.min`). CSV integers have at most 18 digits,
/// so no parsed value can collide with it.
public let IntMissing = Int.min

/// A column of a `Table`.
///
/// Missing values use sentinels rather than a separate validity mask, so a column is one flat
/// array and numeric columns copy into a `Matrix` with one `memcpy`-like append:
/// - `.double`: NaN is missing (a NaN read from a file is missing too);
/// - `.int`: `Int.min` (`IntMissing`) is missing;
/// - `.string`: code −1 is missing.
public enum Column: Sendable, Equatable {
    case int([Int])
    case double([Double])
    case string(StringColumn)

    /// The column's type.
    public var type: ColumnType {
        switch self {
        case .int: return .int
        case .double: return .double
        case .string: return .string
        }
    }

    /// Number of rows.
    public var count: Int {
        switch self {
        case .int(let v): return v.count
        case .double(let v): return v.count
        case .string(let s): return s.codes.count
        }
    }

    /// Whether row `i` is missing.
    public func isMissing(_ i: Int) -> Bool {
        switch self {
        case .int(let v): return v[i] == IntMissing
        case .double(let v): return v[i].isNaN
        case .string(let s): return s.codes[i] < 0
        }
    }

    /// The values as doubles (integers converted, missing → NaN); nil for text columns.
    public var doubles: [Double]? {
        switch self {
        case .double(let v): return v
        case .int(let v): return v.map { $0 == IntMissing ? .nan : Double($0) }
        case .string: return nil
        }
    }

    /// Row `i` as text ("" when missing); numbers use Swift's shortest round-trip form.
    public func text(_ i: Int) -> String {
        switch self {
        case .int(let v): return v[i] == IntMissing ? "" : String(v[i])
        case .double(let v): return CSVWriter().field(v[i])
        case .string(let s): return s[i] ?? ""
        }
    }

    /// The rows at `indices`, in that order (an index of −1 gives a missing value).
    public func gather(_ indices: [Int]) -> Column {
        switch self {
        case .int(let v): return .int(indices.map { $0 < 0 ? IntMissing : v[$0] })
        case .double(let v): return .double(indices.map { $0 < 0 ? .nan : v[$0] })
        case .string(let s):
            return .string(StringColumn(codes: indices.map { $0 < 0 ? -1 : s.codes[$0] }, dictionary: s.dictionary))
        }
    }
}

/// Dictionary-encoded text: each row holds a code into `dictionary`, −1 when missing.
public struct StringColumn: Sendable, Equatable {
    /// One code per row; −1 is missing.
    public var codes: [Int32]
    /// The distinct values, in order of first appearance.
    public var dictionary: [String]

    public init(codes: [Int32], dictionary: [String]) {
        self.codes = codes
        self.dictionary = dictionary
    }

    /// Encodes text values (nil = missing).
    public init(_ values: [String?]) {
        var index: [String: Int32] = [:]
        var dict: [String] = []
        codes = values.map { v in
            guard let v else { return -1 }
            if let c = index[v] { return c }
            let c = Int32(dict.count)
            index[v] = c
            dict.append(v)
            return c
        }
        dictionary = dict
    }

    /// Row `i`'s text, nil when missing.
    public subscript(i: Int) -> String? {
        let c = codes[i]
        return c < 0 ? nil : dictionary[Int(c)]
    }

    /// All rows as optional text.
    public var values: [String?] { codes.map { $0 < 0 ? nil : dictionary[Int($0)] } }
}
