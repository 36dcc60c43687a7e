import Foundation

/// The working folders of pipeline runs in progress, so that an interrupt handler can remove them
/// (Ctrl-C during `stationkit run` leaves neither the output folder nor its hidden working sibling).
public enum PipelineWorkFolders {
    private static let registry = Registry()

    /// Removes every working folder of a run still in progress. Safe to call from any thread.
    public static func removeAll() {
        for path in registry.all() { try? FileManager.default.removeItem(atPath: path) }
    }

    static func insert(_ path: String) { registry.insert(path) }
    static func remove(_ path: String) { registry.remove(path) }

    /// A set of paths guarded by a lock.
    private final class Registry: @unchecked Sendable {
        private let lock = NSLock()
        private var paths: Set<String> = []

        func insert(_ path: String) { lock.withLock { _ = paths.insert(path) } }
        func remove(_ path: String) { lock.withLock { _ = paths.remove(path) } }
        func all() -> [String] { lock.withLock { Array(paths) } }
    }
}
