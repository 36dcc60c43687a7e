import Foundation

/// The bytes of a CSV file, kept by `CSVFile` to map cells back to line:column: either an
/// array, or a read-only memory map of the file (no copy and no zero-filled pages: on a 150 MB
/// file the kernel's page work was about a third of the read time).
///
/// A mapped file that another program truncates in place while the `CSVFile` is alive can
/// fault; files replaced by rename (as `AtomicFile` writes them) are safe.
final class ByteStorage: @unchecked Sendable {
    private let array: [UInt8]
    private let map: UnsafeMutableRawPointer?
    private let mapCount: Int

    /// Files up to this size (256 MiB) are mapped with MAP_POPULATE.
    static let populateLimit = 256 << 20

    init(_ array: [UInt8]) {
        self.array = array
        map = nil
        mapCount = 0
    }

    /// Maps the regular file at `path`; nil when it cannot be opened or mapped (empty files
    /// included: the caller reads those into an array).
    init?(mapping path: String) {
        let fd = open(path, O_RDONLY)
        guard fd >= 0 else { return nil }
        defer { close(fd) }
        var st = stat()
        guard fstat(fd, &st) == 0, (st.st_mode & S_IFMT) == S_IFREG, st.st_size > 0 else { return nil }
        let size = Int(st.st_size)
        // Pre-fault small files (saves page-fault work on a full read); fault larger ones in lazily, so that a
        // file refused early (a 2 GB run of NUL bytes) costs neither the time nor the memory of touching it all.
        let flags = MAP_PRIVATE | (size <= ByteStorage.populateLimit ? MAP_POPULATE : 0)
        guard let m = mmap(nil, size, PROT_READ, flags, fd, 0),
              m != UnsafeMutableRawPointer(bitPattern: -1) else { return nil }
        array = []
        map = m
        mapCount = size
    }

    deinit {
        if let map { munmap(map, mapCount) }
    }

    var isEmpty: Bool { map == nil && array.isEmpty }

    /// Calls `body` with the bytes.
    func withBytes<R>(_ body: (UnsafeBufferPointer<UInt8>) throws -> R) rethrows -> R {
        if let map {
            return try body(UnsafeBufferPointer(start: map.assumingMemoryBound(to: UInt8.self), count: mapCount))
        }
        return try array.withUnsafeBufferPointer(body)
    }
}
