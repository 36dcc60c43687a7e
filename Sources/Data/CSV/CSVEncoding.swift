import Foundation

/// The text encoding of a CSV file. Everything inside StationKit is UTF-8: other encodings are
/// transcoded once, before parsing, and locations (line:column) refer to the decoded text.
///
/// - `auto`: UTF-16 when the file starts with a UTF-16 byte order mark (FF FE or FE FF); else
///   UTF-8 when the bytes are valid UTF-8; else GB18030 (GBK's superset, what Excel on Chinese
///   Windows saves as "CSV") when they are valid GB18030; else the file is refused with a
///   message that locates the first invalid byte and says how to convert it.
/// - `utf8`, `gb18030`, `utf16` (byte order mark required): that encoding or an error.
///
/// GB18030 is decoded with the C library's `iconv` (glibc's GB18030 converter).
public enum CSVEncoding: String, Sendable, CaseIterable, Codable {
    case auto
    case utf8 = "utf-8"
    case gb18030
    case utf16 = "utf-16"
}

/// Turns raw file bytes into UTF-8 (see `CSVEncoding`).
enum CSVDecoder {
    /// The bytes as UTF-8, or the problem that stops reading. Also reports a byte order mark
    /// inside the text (two files joined together) as a located problem that does not stop reading.
    static func decode(_ bytes: ByteStorage, encoding: CSVEncoding, file: String) -> (ByteStorage?, [DataError]) {
        let utf16 = bytes.withBytes { utf16ByteOrder($0) }
        // A NUL byte is never text: a binary or sparse file (say a 2 GB "line" of zeros) is refused at its first
        // NUL, found by memchr, before anything reads or copies the rest of it.
        if utf16 == nil, let nul = bytes.withBytes({ firstNUL($0) }) {
            return (nil, [nulProblem(file, bytes, at: nul)])
        }
        let firstInvalid = utf16 != nil ? nil : bytes.withBytes { firstInvalidUTF8($0) }
        var text: ByteStorage
        switch (encoding, utf16) {
        case (.auto, let order?), (.utf16, let order?):
            guard let decoded = bytes.withBytes({ transcodeUTF16($0, order: order) }) else {
                return (nil, [problem(file, bytes, at: 0, "the file starts with a UTF-16 byte order mark but is not valid UTF-16")])
            }
            text = ByteStorage(decoded)
        case (.utf16, nil):
            return (nil, [problem(file, bytes, at: 0,
                "--encoding utf-16 needs a byte order mark (FF FE or FE FF) at the start of the file; convert with `iconv -f UTF-16LE -t UTF-8 in.csv > out.csv`")])
        case (.gb18030, _):
            switch bytes.withBytes({ iconvToUTF8($0, from: "GB18030") }) {
            case .success(let decoded): text = ByteStorage(decoded)
            case .failure(let offset):
                return (nil, [problem(file, bytes, at: offset.offset, "the file is not valid GB18030 (byte \(hex(bytes, offset.offset)))")])
            }
        case (.utf8, _), (.auto, nil):
            guard let bad = firstInvalid else {
                text = bytes
                break
            }
            let advice = "if Excel on Chinese Windows saved it, it is GBK/GB18030: convert it with `iconv -f GB18030 -t UTF-8 in.csv > out.csv` or pass --encoding gb18030"
            if encoding == .auto {
                switch bytes.withBytes({ iconvToUTF8($0, from: "GB18030") }) {
                case .success(let decoded): text = ByteStorage(decoded)
                case .failure:
                    return (nil, [problem(file, bytes, at: bad,
                        "the file is neither UTF-8 nor GB18030 (byte \(hex(bytes, bad)) is not UTF-8); save it as UTF-8 (e.g. `iconv -f LATIN1 -t UTF-8 in.csv > out.csv` for Latin-1)")])
                }
            } else {
                return (nil, [problem(file, bytes, at: bad, "the file is not UTF-8 (byte \(hex(bytes, bad))); \(advice)")])
            }
        }
        if utf16 != nil, let nul = text.withBytes({ firstNUL($0) }) { return (nil, [nulProblem(file, text, at: nul)]) }
        let inner = text.withBytes { innerByteOrderMark($0) }
        return (text, inner.map { [problem(file, text, at: $0,
            "byte order mark (U+FEFF) inside the file (two files joined together?); remove it")] } ?? [])
    }

    enum ByteOrder { case little, big }

    static func utf16ByteOrder(_ b: UnsafeBufferPointer<UInt8>) -> ByteOrder? {
        guard b.count >= 2 else { return nil }
        if b[0] == 0xFF && b[1] == 0xFE { return .little }
        if b[0] == 0xFE && b[1] == 0xFF { return .big }
        return nil
    }

    /// UTF-16 (after its byte order mark) as UTF-8; nil for an odd byte count or a lone surrogate.
    static func transcodeUTF16(_ b: UnsafeBufferPointer<UInt8>, order: ByteOrder) -> [UInt8]? {
        guard b.count % 2 == 0 else { return nil }
        let units = stride(from: 2, to: b.count, by: 2).lazy.map { i -> UInt16 in
            order == .little ? UInt16(b[i]) | UInt16(b[i + 1]) << 8 : UInt16(b[i]) << 8 | UInt16(b[i + 1])
        }
        var out: [UInt8] = []
        out.reserveCapacity(b.count)
        let failed = transcode(units.makeIterator(), from: UTF16.self, to: UTF8.self, stoppingOnError: true) { out.append($0) }
        return failed ? nil : out
    }

    /// The offset of the first byte that does not belong to valid UTF-8, or nil.
    static func firstInvalidUTF8(_ b: UnsafeBufferPointer<UInt8>) -> Int? {
        let n = b.count
        var i = 0
        guard let base = b.baseAddress else { return nil }
        while i < n {
            // ASCII runs 32 bytes at a time (four words OR-ed: one branch per 32 bytes), then eight.
            while n - i >= 32 {
                let r = UnsafeRawPointer(base + i)
                let w = r.loadUnaligned(as: UInt64.self) | r.loadUnaligned(fromByteOffset: 8, as: UInt64.self)
                    | r.loadUnaligned(fromByteOffset: 16, as: UInt64.self) | r.loadUnaligned(fromByteOffset: 24, as: UInt64.self)
                if w & 0x8080_8080_8080_8080 != 0 { break }
                i += 32
            }
            while n - i >= 8, UnsafeRawPointer(base + i).loadUnaligned(as: UInt64.self) & 0x8080_8080_8080_8080 == 0 {
                i += 8
            }
            guard i < n else { break }
            let c = b[i]
            if c < 0x80 {
                i += 1
                continue
            }
            let len: Int, lo: UInt8, hi: UInt8
            switch c {
            case 0xC2...0xDF: (len, lo, hi) = (2, 0x80, 0xBF)
            case 0xE0: (len, lo, hi) = (3, 0xA0, 0xBF)
            case 0xED: (len, lo, hi) = (3, 0x80, 0x9F)
            case 0xE1...0xEF: (len, lo, hi) = (3, 0x80, 0xBF)
            case 0xF0: (len, lo, hi) = (4, 0x90, 0xBF)
            case 0xF4: (len, lo, hi) = (4, 0x80, 0x8F)
            case 0xF1...0xF3: (len, lo, hi) = (4, 0x80, 0xBF)
            default: return i
            }
            guard i + len <= n, b[i + 1] >= lo, b[i + 1] <= hi else { return i }
            var k = 2
            while k < len {
                if b[i + k] & 0xC0 != 0x80 { return i }
                k += 1
            }
            i += len
        }
        return nil
    }

    /// The offset of a UTF-8 byte order mark after the start of the text, or nil.
    /// The offset of the first NUL byte, nil when there is none. O(offset): stops at the first one.
    static func firstNUL(_ b: UnsafeBufferPointer<UInt8>) -> Int? {
        guard let base = b.baseAddress, let r = memchr(base, 0, b.count) else { return nil }
        return UnsafePointer<UInt8>(r.assumingMemoryBound(to: UInt8.self)) - base
    }

    static func nulProblem(_ file: String, _ bytes: ByteStorage, at offset: Int) -> DataError {
        problem(file, bytes, at: offset, "NUL byte (0x00): this is not a text CSV file (a binary, spreadsheet or "
            + "zero-filled file?); export the table as CSV text")
    }

    static func innerByteOrderMark(_ b: UnsafeBufferPointer<UInt8>) -> Int? {
        guard let base = b.baseAddress, b.count > 3 else { return nil }
        var i = 1
        while i + 2 < b.count, let r = memchr(base + i, 0xEF, b.count - 2 - i) {
            let j = UnsafePointer<UInt8>(r.assumingMemoryBound(to: UInt8.self)) - base
            if b[j + 1] == 0xBB && b[j + 2] == 0xBF { return j }
            i = j + 1
        }
        return nil
    }

    struct InvalidByte: Error { let offset: Int }

    /// Decodes `b` from `charset` to UTF-8 with iconv; fails at the offset of the first byte
    /// that is not valid in `charset` (or 0 when the converter is missing).
    static func iconvToUTF8(_ b: UnsafeBufferPointer<UInt8>, from charset: String) -> Result<[UInt8], InvalidByte> {
        guard let cd = iconv_open("UTF-8", charset), Int(bitPattern: cd) != -1 else { return .failure(InvalidByte(offset: 0)) }
        defer { iconv_close(cd) }
        guard let base = b.baseAddress else { return .success([]) }
        // Every GB18030 sequence of k bytes becomes at most 2k UTF-8 bytes.
        let capacity = 2 * b.count + 16
        var consumed = 0
        var failed = false
        let out = [UInt8](unsafeUninitializedCapacity: capacity) { outBuf, count in
            var inPtr: UnsafeMutablePointer<CChar>? = UnsafeMutableRawPointer(mutating: base).assumingMemoryBound(to: CChar.self)
            var inLeft = b.count
            var outPtr: UnsafeMutablePointer<CChar>? = UnsafeMutableRawPointer(outBuf.baseAddress)?.assumingMemoryBound(to: CChar.self)
            var outLeft = capacity
            let r = iconv(cd, &inPtr, &inLeft, &outPtr, &outLeft)
            failed = r == -1 || inLeft != 0
            consumed = b.count - inLeft
            count = capacity - outLeft
        }
        return failed ? .failure(InvalidByte(offset: consumed)) : .success(out)
    }

    static func hex(_ bytes: ByteStorage, _ offset: Int) -> String {
        bytes.withBytes { b in offset < b.count ? String(format: "0x%02X", b[offset]) : "at the end" }
    }

    /// A problem at byte `offset`, located by physical line (LF, CRLF or CR) and character column.
    static func problem(_ file: String, _ bytes: ByteStorage, at offset: Int, _ message: String) -> DataError {
        bytes.withBytes { b in
            var line = 1, lineStart = 0, i = 0
            while i < offset && i < b.count {
                if b[i] == 10 || (b[i] == 13 && (i + 1 >= b.count || b[i + 1] != 10)) {
                    line += 1
                    lineStart = i + 1
                }
                i += 1
            }
            var column = 1
            for k in lineStart..<max(lineStart, min(offset, b.count)) where b[k] & 0xC0 != 0x80 { column += 1 }
            return DataError(.invalid, at: SourceLocation(file: file, line: line, column: column), message)
        }
    }
}
