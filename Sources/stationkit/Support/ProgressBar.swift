import Foundation

/// A progress bar on stderr for long work: drawn only when stderr is a terminal and not `--quiet`,
/// redrawn at most once per percent, safe to call from worker threads.
final class ProgressBar: @unchecked Sendable {
    private let total: Int
    private let label: String
    private let lock = NSLock()
    private var shownPercent = -1

    /// A bar for `total` steps, or nil when it must stay silent (quiet, or stderr not a terminal).
    static func make(total: Int, label: String, quiet: Bool) -> ProgressBar? {
        guard !quiet, total > 0, isatty(STDERR_FILENO) == 1 else { return nil }
        return ProgressBar(total: total, label: label)
    }

    private init(total: Int, label: String) {
        self.total = total
        self.label = label
    }

    /// `update` as a callback for library calls.
    var callback: @Sendable (Int) -> Void { { [self] done in update(done) } }

    /// Reports `done` finished steps.
    func update(_ done: Int) {
        let percent = min(100, done * 100 / total)
        lock.lock()
        defer { lock.unlock() }
        guard percent > shownPercent else { return }
        shownPercent = percent
        let filled = percent * 30 / 100
        let bar = String(repeating: "#", count: filled) + String(repeating: " ", count: 30 - filled)
        var line = "\r\(label) [\(bar)] \(percent)% (\(done)/\(total))"
        if done >= total { line += "\n" }
        FileHandle.standardError.write(Data(line.utf8))
    }
}
