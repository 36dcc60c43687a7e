/// Accumulates one column while reading, in the narrowest type seen so far (int → double →
/// string) or in a fixed type given by a schema.
struct ColumnBuilder {
    enum State { case int, double, string }

    var state: State
    /// The type came from a schema: values that do not fit are errors, not promotions.
    let fixed: Bool
    var ints: [Int] = []
    var doubles: [Double] = []
    var codes: [Int32] = []
    var interner = ByteInterner()

    init(type: ColumnType?) {
        fixed = type != nil
        switch type {
        case .int?, nil: state = .int
        case .double?: state = .double
        case .string?: state = .string
        }
    }

    /// Appends a cell in the current type; returns false (appending nothing) when it does not fit.
    @inline(__always)
    mutating func append(_ q: UnsafePointer<UInt8>, _ n: Int) -> Bool {
        switch state {
        case .int:
            if n == 0 {
                ints.append(IntMissing)
                return true
            }
            guard let v = DecimalParser.int(q, n) else { return false }
            ints.append(v)
        case .double:
            if n == 0 {
                doubles.append(.nan)
                return true
            }
            guard let v = DecimalParser.double(q, n) else { return false }
            doubles.append(v)
        case .string:
            codes.append(n == 0 ? -1 : interner.intern(q, n))
        }
        return true
    }

    /// Appends a missing value.
    mutating func appendMissing() {
        switch state {
        case .int: ints.append(IntMissing)
        case .double: doubles.append(.nan)
        case .string: codes.append(-1)
        }
    }

    /// Int → double, converting what is there (missing → NaN).
    mutating func promoteToDouble() {
        doubles = ints.map { $0 == IntMissing ? .nan : Double($0) }
        ints = []
        state = .double
    }

    /// Becomes a text column holding `previous` (the raw cells read so far, nil = missing).
    mutating func promoteToString(previous: [[UInt8]?]) {
        ints = []
        doubles = []
        codes = previous.map { cell in
            guard let cell, !cell.isEmpty else { return -1 }
            return cell.withUnsafeBufferPointer { b in b.baseAddress.map { interner.intern($0, b.count) } ?? -1 }
        }
        state = .string
    }

    /// The finished column.
    func build() -> Column {
        switch state {
        case .int: return .int(ints)
        case .double: return .double(doubles)
        case .string: return .string(StringColumn(codes: codes, dictionary: interner.strings()))
        }
    }
}
