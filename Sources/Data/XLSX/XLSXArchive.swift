import Foundation
import ZIPFoundation

/// The zip container of an .xlsx workbook, read in memory with ZIPFoundation (weichsel/ZIPFoundation:
/// a maintained, pure-Swift reader of the zip format with deflate through zlib; the container format is
/// no part of our problem, so we do not write our own). Entries are inflated one at a time, each
/// bounded by `XLSXLimits.maxEntryBytes`.
struct XLSXArchive {
    private let archive: Archive
    let file: String
    let limits: XLSXLimits

    /// Opens the bytes as a zip archive.
    /// - Throws: `DataError` saying what the file is instead (an old binary .xls or an encrypted
    ///   workbook, a truncated download, something else) and what to do.
    init(bytes: [UInt8], file: String, limits: XLSXLimits) throws {
        self.file = file
        self.limits = limits
        let here = SourceLocation(file: file)
        if bytes.isEmpty { throw DataError(at: here, "empty file: not an .xlsx workbook") }
        if bytes.starts(with: [0xD0, 0xCF, 0x11, 0xE0, 0xA1, 0xB1, 0x1A, 0xE1]) {
            throw DataError(at: here, "this is an old binary .xls workbook or a password-protected .xlsx, not an .xlsx zip: "
                + "open it in a spreadsheet program and save it as .xlsx (without a password) or export CSV (UTF-8)")
        }
        try XLSXZipDirectory.check(bytes, file: file)
        let opened: Archive?
        do { opened = try Archive(data: Data(bytes), accessMode: .read, pathEncoding: nil) } catch { opened = nil }
        guard let archive = opened else {
            if bytes.starts(with: [0x50, 0x4B, 0x03, 0x04]) {
                throw DataError(at: here, "the zip archive of this .xlsx is truncated or damaged (no central directory): "
                    + "copy or download the file again")
            }
            throw DataError(at: here, "not an .xlsx workbook (not a zip archive): read a CSV file under a .csv name, "
                + "or save the spreadsheet as .xlsx")
        }
        self.archive = archive
    }

    /// The entry's bytes, or nil when the archive has no entry `path`.
    /// - Throws: `DataError` when the entry is larger than the limit (declared or inflated), or corrupt.
    func data(_ path: String) throws -> Data? {
        guard let entry = archive[path] else { return nil }
        guard entry.type == .file else {
            throw DataError(at: SourceLocation(file: file), "zip entry \(path) is not a file: the workbook is damaged")
        }
        let limit = limits.maxEntryBytes
        let tooLarge = DataError(at: SourceLocation(file: file),
                                 "zip entry \(path) inflates to more than \(limit) bytes (the limit; a zip bomb or a sheet too large to read)")
        if entry.uncompressedSize > UInt64(limit) { throw tooLarge }
        var out = Data()
        out.reserveCapacity(Int(entry.uncompressedSize))
        do {
            _ = try archive.extract(entry, skipCRC32: false) { chunk in
                if out.count + chunk.count > limit { throw tooLarge }
                out.append(chunk)
            }
        } catch let e as DataError {
            throw e
        } catch {
            throw DataError(at: SourceLocation(file: file), "zip entry \(path) is damaged (\(error)): copy or download the file again")
        }
        return out
    }

    /// The entry's bytes.
    /// - Throws: `DataError` naming the missing entry, or as `data(_:)`.
    func required(_ path: String, what: String) throws -> Data {
        guard let d = try data(path) else {
            throw DataError(at: SourceLocation(file: file), "not an .xlsx workbook: the zip has no \(path) (\(what))")
        }
        return d
    }
}
