import Foundation

/// A write buffer in front of a `FileHandle`: rows are appended as bytes and flushed in
/// chunks of about 1 MiB, so tables of millions of rows stream with bounded memory.
struct SynthByteSink {
    private let handle: FileHandle
    private var buffer: [UInt8] = []
    private let chunk = 1 << 20

    init(_ handle: FileHandle) {
        self.handle = handle
        buffer.reserveCapacity(chunk + 4096)
    }

    /// Appends UTF-8 text (already CSV-escaped where needed).
    mutating func append(_ text: String) {
        buffer.append(contentsOf: text.utf8)
    }

    /// Appends the decimal digits of an integer.
    mutating func append(_ value: Int) {
        buffer.append(contentsOf: String(value).utf8)
    }

    /// Appends `value / 10^decimals` with exactly `decimals` digits after the point.
    mutating func append(fixed value: Int, decimals: Int) {
        buffer.append(contentsOf: SynthFixedDecimal.text(value, decimals: decimals).utf8)
    }

    /// Appends a comma.
    mutating func comma() { buffer.append(UInt8(ascii: ",")) }

    /// Ends a record with "\n" and flushes when the buffer is full.
    /// - Throws: the file handle's write error.
    mutating func endLine() throws {
        buffer.append(UInt8(ascii: "\n"))
        if buffer.count >= chunk { try flush() }
    }

    /// Flushes when the buffer is full (after appending whole lines that carry their own "\n").
    /// - Throws: the file handle's write error.
    mutating func endLineIfFull() throws {
        if buffer.count >= chunk { try flush() }
    }

    /// Writes out what is buffered.
    /// - Throws: the file handle's write error.
    mutating func flush() throws {
        guard !buffer.isEmpty else { return }
        try handle.write(contentsOf: buffer)
        buffer.removeAll(keepingCapacity: true)
    }
}
