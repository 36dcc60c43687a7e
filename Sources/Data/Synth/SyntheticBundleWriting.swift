import Foundation

extension SyntheticBundle {
    /// Writes the bundle folder: dataset.toml, the nine CSV tables, planted.json and README.md.
    ///
    /// Everything is written into a temporary sibling folder (`.<name>.synth-tmp-<pid>`),
    /// each file through `AtomicFile`, and the folder is renamed to `directory` only when
    /// complete: a failed run leaves nothing behind. With `replacing`, an existing folder is
    /// moved aside, the new one renamed in, and the old one removed; the old folder's
    /// subfolders (`scenarios/`, `pipelines/`: made from the bundle, not by the generator)
    /// are copied into the new one first.
    /// - Parameters:
    ///   - directory: the bundle folder to create.
    ///   - replacing: replace an existing non-empty folder (`--force`).
    /// - Throws: `DataError(.cannotCreate)` when `directory` is a file, is a non-empty folder
    ///   and `replacing` is false, or its parent folder is missing or not writable;
    ///   `DataError(.io)` when writing fails midway.
    /// - Complexity: streams each table in 1 MiB chunks.
    public func write(to directory: String, replacing: Bool = false) throws {
        let fm = FileManager.default
        let url = URL(fileURLWithPath: directory).standardizedFileURL
        let location = SourceLocation(file: directory)
        var isDir: ObjCBool = false
        let exists = fm.fileExists(atPath: url.path, isDirectory: &isDir)
        if exists && !isDir.boolValue {
            throw DataError(.cannotCreate, at: location, "exists and is not a directory")
        }
        if exists && !replacing {
            let contents = (try? fm.contentsOfDirectory(atPath: url.path)) ?? []
            if !contents.isEmpty {
                throw DataError(.cannotCreate, at: location, "directory is not empty; use --force to replace it")
            }
        }
        let parent = url.deletingLastPathComponent()
        guard fm.fileExists(atPath: parent.path, isDirectory: &isDir), isDir.boolValue else {
            throw DataError(.cannotCreate, at: location, "parent directory \(parent.path) does not exist")
        }
        let pid = ProcessInfo.processInfo.processIdentifier
        let tmp = parent.appendingPathComponent(".\(url.lastPathComponent).synth-tmp-\(pid)")
        try? fm.removeItem(at: tmp)
        do {
            try fm.createDirectory(at: tmp, withIntermediateDirectories: false)
        } catch {
            throw DataError(.cannotCreate, at: location, "cannot create \(tmp.path): \(error.localizedDescription)")
        }
        do {
            try writeFiles(into: tmp.path)
            if exists {
                try copySubfolders(of: url, into: tmp, location: location)
                let old = parent.appendingPathComponent(".\(url.lastPathComponent).synth-old-\(pid)")
                try? fm.removeItem(at: old)
                try move(url, to: old, location: location)
                do {
                    try move(tmp, to: url, location: location)
                } catch {
                    try? move(old, to: url, location: location)
                    throw error
                }
                try? fm.removeItem(at: old)
            } else {
                try move(tmp, to: url, location: location)
            }
        } catch {
            try? fm.removeItem(at: tmp)
            throw error
        }
    }

    private func copySubfolders(of source: URL, into destination: URL, location: SourceLocation) throws {
        let fm = FileManager.default
        for name in (try? fm.contentsOfDirectory(atPath: source.path)) ?? [] {
            var isDir: ObjCBool = false
            let from = source.appendingPathComponent(name)
            guard fm.fileExists(atPath: from.path, isDirectory: &isDir), isDir.boolValue else { continue }
            do {
                try fm.copyItem(at: from, to: destination.appendingPathComponent(name))
            } catch {
                throw DataError(.cannotCreate, at: location, "cannot keep subfolder \(name): \(error.localizedDescription)")
            }
        }
    }

    private func move(_ from: URL, to: URL, location: SourceLocation) throws {
        if rename(from.path, to.path) != 0 {
            let reason = String(cString: strerror(errno))
            throw DataError(.cannotCreate, at: location, "cannot move \(from.path) to \(to.path): \(reason)")
        }
    }

    /// Writes every file of the bundle into an existing folder.
    func writeFiles(into folder: String) throws {
        func path(_ name: String) -> String { (folder as NSString).appendingPathComponent(name) }
        try AtomicFile.write(SynthManifest.text(self), to: path("dataset.toml"))
        try AtomicFile.write(SynthPlanted.json(self), to: path("planted.json"))
        try AtomicFile.write(SynthReadme.text(self), to: path("README.md"))
        try AtomicFile.write(SynthTables.framework(), to: path("framework.csv"))
        try AtomicFile.write(SynthTables.grades(), to: path("grades.csv"))
        try stream(path("districts.csv")) { try SynthTables.districts(self, into: &$0) }
        try stream(path("streets.csv")) { try SynthTables.streets(self, into: &$0) }
        try stream(path("stations.csv")) { try SynthTables.stations(self, into: &$0) }
        try stream(path("staffing.csv")) { try SynthTables.staffing(self, into: &$0) }
        try stream(path("funding.csv")) { try SynthTables.funding(self, into: &$0) }
        try stream(path("services.csv")) { try SynthTables.services(self, into: &$0) }
        try stream(path("evaluations.csv")) { try SynthTables.evaluations(self, into: &$0) }
    }

    private func stream(_ path: String, _ body: (inout SynthByteSink) throws -> Void) throws {
        try AtomicFile.write(to: path) { handle in
            var sink = SynthByteSink(handle)
            do {
                try body(&sink)
                try sink.flush()
            } catch let error as DataError {
                throw error
            } catch {
                throw DataError(.io, at: SourceLocation(file: path), "write failed: \(error.localizedDescription)")
            }
        }
    }
}
