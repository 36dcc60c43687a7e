/// Lexical path helpers for pipelines (no file system access, so plans are the same on every machine).
public enum PipelinePaths {
    /// The folder part of `path` ("." when it has none).
    /// - Parameter path: a file path.
    /// - Returns: everything before the last `/`, or "." (or "/" for a file in the root).
    public static func folder(of path: String) -> String {
        guard let slash = path.lastIndex(of: "/") else { return "." }
        return slash == path.startIndex ? "/" : String(path[..<slash])
    }

    /// The last component of `path` (after the last `/`).
    /// - Parameter path: a path.
    /// - Returns: its base name.
    public static func baseName(_ path: String) -> String {
        path.split(separator: "/").last.map(String.init) ?? path
    }

    /// `relative` resolved against `base` (unless absolute), with `.` and `folder/..` folded.
    /// - Parameters:
    ///   - base: a folder.
    ///   - relative: a path, relative to `base` or absolute.
    /// - Returns: the normalised path (relative stays relative; `..` above a relative base is kept).
    public static func join(_ base: String, _ relative: String) -> String {
        normalize(relative.hasPrefix("/") ? relative : base + "/" + relative)
    }

    /// Folds `.`, empty and `name/..` components of `path`.
    /// - Parameter path: any path.
    /// - Returns: the folded path ("." when nothing is left).
    public static func normalize(_ path: String) -> String {
        let absolute = path.hasPrefix("/")
        var parts: [Substring] = []
        for c in path.split(separator: "/", omittingEmptySubsequences: true) {
            if c == "." { continue }
            if c == "..", let last = parts.last, last != ".." { parts.removeLast(); continue }
            if c == "..", absolute, parts.isEmpty { continue }
            parts.append(c)
        }
        let joined = parts.joined(separator: "/")
        if absolute { return "/" + joined }
        return joined.isEmpty ? "." : joined
    }

    /// Why `name` cannot be a step output (nil when it can): outputs are plain relative paths inside the
    /// output folder, without `..`, and not the manifest.
    /// - Parameter name: the `output` value.
    /// - Returns: a message, or nil.
    public static func outputProblem(_ name: String) -> String? {
        let parts = name.split(separator: "/", omittingEmptySubsequences: false)
        if name.isEmpty || name.hasPrefix("/") || parts.contains(where: { $0.isEmpty || $0 == "." || $0 == ".." }) {
            return "output `\(name)` must be a relative path inside the output folder, without `.`/`..`"
        }
        if name == "manifest.json" { return "output `manifest.json` is reserved for the run's manifest" }
        return nil
    }
}
