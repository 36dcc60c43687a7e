/// A check of a zip's central directory before ZIPFoundation reads it (PKWARE APPNOTE 6.3.10, §4.3.12
/// and §4.3.16): every entry header lies inside the file, its compressed data is no larger than the file,
/// and nothing is ZIP64. An .xlsx part is far below 4 GiB, and ZIPFoundation 0.9.20 adds and converts
/// ZIP64 sizes without overflow checks (a crafted size traps instead of throwing), so ZIP64 is refused.
enum XLSXZipDirectory {
    /// - Throws: `DataError` saying what is wrong, located at the file.
    static func check(_ bytes: [UInt8], file: String) throws {
        let n = bytes.count
        func u16(_ i: Int) -> Int { Int(bytes[i]) | Int(bytes[i + 1]) << 8 }
        func u32(_ i: Int) -> Int { u16(i) | u16(i + 2) << 16 }
        func damaged(_ what: String) -> DataError {
            DataError(at: SourceLocation(file: file), "the zip archive of this .xlsx is damaged (\(what)): copy or download the file again")
        }
        // The end record: the last signature within the final 64 KiB + 22 bytes (its comment is at most 64 KiB).
        guard n >= 22 else { return }
        var eocd = -1
        var i = n - 22
        while i >= max(0, n - 22 - 65_535) {
            if bytes[i] == 0x50, bytes[i + 1] == 0x4B, bytes[i + 2] == 5, bytes[i + 3] == 6 { eocd = i; break }
            i -= 1
        }
        guard eocd >= 0 else { return }  // ZIPFoundation reports the missing directory itself
        if eocd >= 20, u32(eocd - 20) == 0x0706_4B50 {
            throw DataError(at: SourceLocation(file: file), "the .xlsx is a ZIP64 archive, which no workbook needs: it is refused")
        }
        let count = u16(eocd + 10), start = u32(eocd + 16)
        var pos = start
        for _ in 0..<count {
            guard pos >= 0, pos + 46 <= n, u32(pos) == 0x0201_4B50 else { throw damaged("a central directory entry lies outside the file") }
            let compressed = u32(pos + 20), uncompressed = u32(pos + 24), offset = u32(pos + 42)
            if compressed == 0xFFFF_FFFF || uncompressed == 0xFFFF_FFFF || offset == 0xFFFF_FFFF {
                throw DataError(at: SourceLocation(file: file), "the .xlsx holds ZIP64 entries, which no workbook needs: it is refused")
            }
            guard compressed <= n, offset + 30 <= n else { throw damaged("an entry's data lies outside the file") }
            pos += 46 + u16(pos + 28) + u16(pos + 30) + u16(pos + 32)
        }
    }
}
