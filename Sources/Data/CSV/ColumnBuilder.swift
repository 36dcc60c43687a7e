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

    /// Appends a cell that `append` refused, by the reader's typing rules: in a fixed (schema) type, or
    /// for a number with thousands separators, appends a missing value and returns the problem; else
    /// widens the column (int → double when the cell is a number, else → string holding `previous()`,
    /// the raw cells of the rows before) and appends the cell.
    /// - Parameters:
    ///   - q, n: the cell's UTF-8 bytes.
    ///   - name: the column's name, for the message.
    ///   - previous: the column's earlier cells (nil = missing), asked for only when it becomes text.
    /// - Returns: the problem message, or nil when the cell was stored.
    mutating func appendWidening(_ q: UnsafePointer<UInt8>, _ n: Int, name: String,
                                 previous: () -> [[UInt8]?]) -> String? {
        let text = String(decoding: UnsafeBufferPointer(start: q, count: n), as: UTF8.self)
        if DecimalParser.hasThousandsSeparators(q, n) {
            appendMissing()
            let plain = text.replacingOccurrences(of: ",", with: "")
            return "number '\(text)' in column '\(name)' has thousands separators; write it without them (\(plain))"
        }
        if fixed {
            let what = state == .int ? "an integer" : "a number"
            appendMissing()
            return "expected \(what) in column '\(name)', found '\(text)'"
        }
        if state == .int, DecimalParser.double(q, n) != nil {
            promoteToDouble()
        } else {
            promoteToString(previous: previous())
        }
        _ = append(q, n)
        return nil
    }

    /// Called once after the first rows: a text column whose values are mostly distinct stops
    /// hashing them (see `ByteInterner.stopInterning`); numeric arrays get their capacity.
    mutating func tune(expectedRows: Int) {
        if state == .string, !interner.appendOnly, interner.count * 2 > codes.count { interner.stopInterning() }
        switch state {
        case .int: ints.reserveCapacity(expectedRows)
        case .double: doubles.reserveCapacity(expectedRows)
        case .string: codes.reserveCapacity(expectedRows)
        }
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

    /// Appends the cells of `other`, a builder of the same state (used to join the halves of a
    /// file parsed on two threads).
    mutating func append(contentsOf other: ColumnBuilder) {
        switch state {
        case .int: ints += other.ints
        case .double: doubles += other.doubles
        case .string:
            let map = interner.merge(other.interner)
            codes += other.codes.map { $0 < 0 ? -1 : map[Int($0)] }
        }
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
