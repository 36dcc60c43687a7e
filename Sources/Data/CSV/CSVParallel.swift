import Dispatch
import Foundation

/// Pointers handed to the two parsing threads; each thread touches only its own parser.
private struct SharedParse: @unchecked Sendable {
    let parsers: UnsafeMutablePointer<CSVParser>
    let bytes: UnsafePointer<UInt8>
    /// The first half's line number at the split (written by its thread).
    let splitLine: UnsafeMutablePointer<Int>
}

extension CSVParser {
    /// Parses the records in two halves on two threads and joins them, giving the same table as
    /// one pass. Returns nil (the caller then parses on one thread) when the file has any
    /// problem, no safe split point, or lone CR line ends before the split.
    ///
    /// The split is a line break outside quotes: quotes come in pairs (doubled quotes too), so
    /// an even number of `"` before a byte means it is outside a quoted field.
    static func parallel(_ p: UnsafePointer<UInt8>, _ n: Int, file: String, options: CSVReadOptions) -> CSVParser? {
        var head = CSVParser(file: file, options: options)
        let tok = head.header(p, n)
        guard head.problems.isEmpty, let split = splitPoint(p, n, from: tok.pos) else { return nil }
        var q = tok.pos
        while q < split, let r = memchr(p + q, 13, split - q) {
            let i = r.assumingMemoryBound(to: UInt8.self) - UnsafeMutablePointer(mutating: p)
            if i + 1 >= n || p[i + 1] != 10 { return nil }
            q = i + 1
        }
        let parsers = UnsafeMutablePointer<CSVParser>.allocate(capacity: 2)
        parsers.initialize(repeating: head, count: 2)
        parsers[0].reserveEnd = n
        defer {
            parsers.deinitialize(count: 2)
            parsers.deallocate()
        }
        let splitLine = UnsafeMutablePointer<Int>.allocate(capacity: 1)
        splitLine.initialize(to: 1)
        defer { splitLine.deallocate() }
        let shared = SharedParse(parsers: parsers, bytes: p, splitLine: splitLine)
        let (line, lineStart, bodyStart) = (tok.line, tok.lineStart, tok.pos)
        // The second half counts lines from 1; its line numbers are shifted once the first half
        // has counted the lines before the split.
        DispatchQueue.concurrentPerform(iterations: 2) { k in
            if k == 0 {
                var t = CSVTokenizer(shared.bytes, count: split, at: bodyStart, line: line, lineStart: lineStart,
                                     delimiter: options.delimiter)
                shared.parsers[0].records(&t, shared.bytes, split)
                shared.splitLine.pointee = t.line
            } else {
                var t = CSVTokenizer(shared.bytes, count: n, at: split, line: 1, lineStart: split, delimiter: options.delimiter)
                shared.parsers[1].records(&t, shared.bytes, n)
            }
        }
        var a = parsers[0]
        var b = parsers[1]
        let shift = splitLine.pointee - 1
        guard a.problems.isEmpty, b.problems.isEmpty, a.omitted == 0, b.omitted == 0 else { return nil }
        for c in a.builders.indices {
            var x = a.builders[c]
            var y = b.builders[c]
            if x.state != y.state {
                if x.state == .string {
                    y.promoteToString(previous: b.previousCells(column: c, p: p, n: n))
                } else if y.state == .string {
                    x.promoteToString(previous: a.previousCells(column: c, p: p, n: n))
                } else if x.state == .int {
                    x.promoteToDouble()
                } else {
                    y.promoteToDouble()
                }
            }
            x.append(contentsOf: y)
            a.builders[c] = x
        }
        a.recordStarts += b.recordStarts
        a.recordLines.append(contentsOf: b.recordLines.lazy.map { $0 + shift })
        a.rowCount += b.rowCount
        return a
    }

    /// The first byte after a line break outside quotes at or after the middle of the records.
    static func splitPoint(_ p: UnsafePointer<UInt8>, _ n: Int, from start: Int) -> Int? {
        let mid = start + (n - start) / 2
        var inQuotes = false
        var q = start
        while q < mid, let r = memchr(p + q, 34, mid - q) {
            inQuotes.toggle()
            q = r.assumingMemoryBound(to: UInt8.self) - UnsafeMutablePointer(mutating: p) + 1
        }
        var i = mid
        while i < n {
            let b = p[i]
            if b == 34 {
                inQuotes.toggle()
            } else if b == 10 && !inQuotes {
                return i + 1 < n ? i + 1 : nil
            }
            i += 1
        }
        return nil
    }
}
