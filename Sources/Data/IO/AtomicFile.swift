import Foundation

/// Writes files atomically: the bytes go to a temporary file in the same
/// directory, which is renamed over the destination only when complete. A run
/// that fails (or is interrupted) midway leaves no half-written output.
public enum AtomicFile {
    /// Writes `bytes` to `path` atomically.
    /// - Throws: `DataError` (`.cannotCreate`) when the directory is missing or not writable.
    public static func write(_ bytes: [UInt8], to path: String) throws {
        try write(to: path) { handle in handle.write(Foundation.Data(bytes)) }
    }

    /// Writes `text` as UTF-8 to `path` atomically.
    public static func write(_ text: String, to path: String) throws {
        try write(Array(text.utf8), to: path)
    }

    /// Checks, before any work is done, that `path` could be created: its
    /// directory exists and is writable, and it is not a directory itself.
    /// - Throws: `DataError` (`.cannotCreate`, exit 73).
    public static func checkWritable(_ path: String) throws {
        let url = URL(fileURLWithPath: path)
        let dir = url.deletingLastPathComponent().path
        var isDir: ObjCBool = false
        guard FileManager.default.fileExists(atPath: dir, isDirectory: &isDir), isDir.boolValue else {
            throw DataError(.cannotCreate, at: SourceLocation(file: path), "directory \(dir) does not exist")
        }
        if FileManager.default.fileExists(atPath: path, isDirectory: &isDir), isDir.boolValue {
            throw DataError(.cannotCreate, at: SourceLocation(file: path), "is a directory")
        }
        guard FileManager.default.isWritableFile(atPath: dir) else {
            throw DataError(.cannotCreate, at: SourceLocation(file: path), "directory \(dir) is not writable")
        }
    }

    /// Streams output through `body` into a temporary file, then renames it to `path`.
    /// If `body` throws, the temporary file is removed and `path` is untouched.
    public static func write(to path: String, _ body: (FileHandle) throws -> Void) throws {
        try checkWritable(path)
        let url = URL(fileURLWithPath: path)
        let dir = url.deletingLastPathComponent()
        let tmp = dir.appendingPathComponent(".\(url.lastPathComponent).tmp-\(getpid())-\(UInt32.random(in: 0...UInt32.max))")
        TemporaryFiles.shared.insert(tmp.path)
        defer { TemporaryFiles.shared.remove(tmp.path) }
        guard FileManager.default.createFile(atPath: tmp.path, contents: nil) else {
            throw DataError(.cannotCreate, at: SourceLocation(file: path), "cannot create a temporary file in \(dir.path)")
        }
        do {
            let handle = try FileHandle(forWritingTo: tmp)
            do {
                try body(handle)
                try handle.synchronize()
                try handle.close()
            } catch {
                try? handle.close()
                throw error
            }
            if rename(tmp.path, url.path) != 0 {
                let reason = String(cString: strerror(errno))
                throw DataError(.cannotCreate, at: SourceLocation(file: path), "cannot move output into place: \(reason)")
            }
        } catch {
            try? FileManager.default.removeItem(at: tmp)
            throw error
        }
    }

    /// Removes the temporary files of writes still in progress (for an interrupt handler: after
    /// it, no half-written output is left behind). Safe to call from any thread.
    public static func removeTemporaryFiles() {
        for path in TemporaryFiles.shared.all() { unlink(path) }
    }
}

/// The temporary files of the writes in progress, guarded by a lock.
private final class TemporaryFiles: @unchecked Sendable {
    static let shared = TemporaryFiles()
    private let lock = NSLock()
    private var paths: Set<String> = []

    func insert(_ path: String) { lock.withLock { _ = paths.insert(path) } }
    func remove(_ path: String) { lock.withLock { _ = paths.remove(path) } }
    func all() -> [String] { lock.withLock { Array(paths) } }
}
