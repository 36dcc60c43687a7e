import Data
import Foundation

/// Runs a checked pipeline into an output folder, atomically, and writes its manifest.
///
/// Order: the inputs must exist (exit 66 at the `[inputs]` line otherwise) and are hashed; the output folder
/// must be new (or, with `force`, a previous run's folder holding a manifest.json); steps then write into a
/// hidden sibling `.<name>.partial-<pid>`, every command line is first checked by the runner
/// (`takesSeed`), the steps run in order, the outputs and manifest.json are hashed and written, and the
/// sibling is renamed to the output folder. A failing step removes the sibling and throws
/// `PipelineError.stepFailed` with that step's exit status.
///
/// Seeds: a step with `seed = N` gets `--seed N`; a step whose `run` already has `--seed` keeps it; any
/// other step whose command takes `--seed` gets the global seed (`seed` override, else the pipeline's).
public struct PipelineExecutor {
    /// The checked pipeline.
    public var plan: PipelinePlan
    /// StationKit's version for the manifest.
    public var version: String

    /// - Parameters:
    ///   - plan: a checked pipeline.
    ///   - version: StationKit's version, recorded in the manifest.
    public init(plan: PipelinePlan, version: String) {
        self.plan = plan
        self.version = version
    }

    /// Runs every step.
    /// - Parameters:
    ///   - outputFolder: the folder to create (its parent must exist).
    ///   - seed: overrides the pipeline's `seed` (the CLI's `--seed`).
    ///   - force: replace `outputFolder` if it holds a previous run (a manifest.json).
    ///   - runner: executes command lines.
    /// - Returns: the manifest written to `outputFolder/manifest.json`.
    /// - Throws: `DataError` (66 missing input, 73 output folder exists or cannot be created),
    ///   `PipelineError` (a step's status), and I/O `DataError`s (74).
    @discardableResult
    public func run(into outputFolder: String, seed: UInt64? = nil, force: Bool = false,
                    runner: some PipelineStepRunner) throws -> PipelineManifest {
        let clock = ContinuousClock()
        let start = clock.now
        let definition = plan.definition
        let inputs = try definition.inputs.map(PipelineExecutor.record)
        let pipelineHash = try SHA256.hexOfFile(definition.file)
        let output = PipelinePaths.normalize(outputFolder)
        try PipelineExecutor.checkOutputFolder(output, force: force)
        let work = PipelinePaths.folder(of: output) + "/.\(PipelinePaths.baseName(output)).partial-\(getpid())"
        do {
            try FileManager.default.createDirectory(atPath: work, withIntermediateDirectories: false)
        } catch {
            throw DataError(.cannotCreate, at: SourceLocation(file: output), "cannot create the working folder \(work): \(error.localizedDescription)")
        }
        PipelineWorkFolders.insert(work)
        defer { PipelineWorkFolders.remove(work) }
        do {
            let globalSeed = seed ?? definition.seed
            var steps: [StepRecord] = []
            for name in definition.steps.flatMap(\.outputs) where name.contains("/") {
                try FileManager.default.createDirectory(atPath: work + "/" + PipelinePaths.folder(of: name), withIntermediateDirectories: true)
            }
            let commands = try definition.steps.map { step in try commandLines(step, work: work, final: output, seed: globalSeed, runner: runner) }
            for (step, lines) in zip(definition.steps, commands) {
                let t0 = clock.now
                for line in lines.run {
                    do { try runner.run(line) } catch {
                        let status = (error as? StationKitError)?.exitStatus ?? .software
                        throw PipelineError.stepFailed(step: step.name, at: step.location, argv: line, status: status, message: "\(error)")
                    }
                }
                let seconds = PipelineExecutor.seconds(clock.now - t0)
                var files: [PipelineManifest.FileRecord] = []
                for name in step.outputs {
                    let path = work + "/" + name
                    guard FileManager.default.fileExists(atPath: path) else {
                        throw PipelineError.missingOutput(step: step.name, at: step.location, path: name)
                    }
                    files += try PipelineExecutor.hashTree(path, prefix: name)
                }
                steps.append(StepRecord(name: step.name, argv: lines.recorded.map { ["stationkit"] + $0 }, seed: lines.seed,
                                        outputs: files, wallSeconds: seconds))
            }
            let manifest = PipelineManifest(
                stationkitVersion: version,
                pipeline: .init(name: definition.name, path: definition.file, sha256: pipelineHash),
                seed: globalSeed, seedSource: seed != nil ? "command line" : definition.seed != nil ? "pipeline" : "none",
                inputs: inputs, steps: steps, wallSeconds: PipelineExecutor.seconds(clock.now - start))
            try AtomicFile.write(try PipelineExecutor.json(manifest), to: work + "/manifest.json")
            try PipelineExecutor.moveIntoPlace(work, output)
            return manifest
        } catch {
            try? FileManager.default.removeItem(atPath: work)
            throw error
        }
    }

    private typealias StepRecord = PipelineManifest.StepRecord

    /// The command lines of one step: as run (in the working folder) and as recorded (final folder).
    private func commandLines(_ step: PipelineStep, work: String, final: String, seed: UInt64?,
                              runner: some PipelineStepRunner) throws -> (run: [[String]], recorded: [[String]], seed: UInt64?) {
        var run: [[String]] = []
        var recorded: [[String]] = []
        var used: UInt64? = nil
        for output in step.outputs {
            var line = plan.commandLine(step, output: output, outputFolder: work)
            var extra: [String] = []
            do {
                if let own = PipelineExecutor.seedArgument(in: line) {
                    used = own
                } else if let s = step.seed {
                    extra = ["--seed", String(s)]
                    used = s
                } else if let s = seed, try runner.takesSeed(line) {
                    extra = ["--seed", String(s)]
                    used = s
                }
                line += extra
                _ = try runner.takesSeed(line)  // checks the complete command line before anything runs
            } catch {
                let status = (error as? StationKitError)?.exitStatus ?? .usage
                throw PipelineError.stepFailed(step: step.name, at: step.location, argv: line, status: status, message: "\(error)")
            }
            run.append(line)
            recorded.append(plan.commandLine(step, output: output, outputFolder: final) + extra)
        }
        return (run, recorded, used)
    }

    /// The value of `--seed N` / `--seed=N` in `argv`, if present and numeric.
    static func seedArgument(in argv: [String]) -> UInt64? {
        for (i, a) in argv.enumerated() {
            if a == "--seed", i + 1 < argv.count { return UInt64(argv[i + 1]) }
            if a.hasPrefix("--seed=") { return UInt64(a.dropFirst(7)) }
        }
        return nil
    }

    static func record(_ input: PipelineInput) throws -> PipelineManifest.InputRecord {
        var isDir: ObjCBool = false
        guard FileManager.default.fileExists(atPath: input.path, isDirectory: &isDir) else {
            throw DataError(.missingInput, at: input.location, "input `\(input.name)`: \(input.path) does not exist (paths are relative to the pipeline file)")
        }
        if isDir.boolValue {
            return .init(name: input.name, path: input.path, kind: "folder", files: try hashTree(input.path, prefix: nil))
        }
        return .init(name: input.name, path: input.path, kind: "file", files: try hashTree(input.path, prefix: input.path))
    }

    /// Every regular file at or under `path`, hashed, in byte order of relative paths (prefixed by `prefix`).
    static func hashTree(_ path: String, prefix: String?) throws -> [PipelineManifest.FileRecord] {
        var isDir: ObjCBool = false
        _ = FileManager.default.fileExists(atPath: path, isDirectory: &isDir)
        if !isDir.boolValue {
            return [try file(path, named: prefix ?? PipelinePaths.baseName(path))]
        }
        let relative = (FileManager.default.subpaths(atPath: path) ?? []).filter { sub in
            var d: ObjCBool = false
            return FileManager.default.fileExists(atPath: path + "/" + sub, isDirectory: &d) && !d.boolValue
        }.sorted { Array($0.utf8).lexicographicallyPrecedes(Array($1.utf8)) }
        return try relative.map { rel in try file(path + "/" + rel, named: prefix.map { $0 + "/" + rel } ?? rel) }
    }

    private static func file(_ path: String, named name: String) throws -> PipelineManifest.FileRecord {
        let size = (try? FileManager.default.attributesOfItem(atPath: path))?[.size] as? Int ?? 0
        return .init(path: name, bytes: size, sha256: try SHA256.hexOfFile(path))
    }

    static func checkOutputFolder(_ output: String, force: Bool) throws {
        let parent = PipelinePaths.folder(of: output)
        var isDir: ObjCBool = false
        guard FileManager.default.fileExists(atPath: parent, isDirectory: &isDir), isDir.boolValue,
              FileManager.default.isWritableFile(atPath: parent) else {
            throw DataError(.cannotCreate, at: SourceLocation(file: output), "the folder \(parent) does not exist or is not writable")
        }
        guard FileManager.default.fileExists(atPath: output, isDirectory: &isDir) else { return }
        guard force else {
            throw DataError(.cannotCreate, at: SourceLocation(file: output), "already exists; choose another --output or add --force to replace a previous run")
        }
        guard isDir.boolValue, FileManager.default.fileExists(atPath: output + "/manifest.json") else {
            throw DataError(.cannotCreate, at: SourceLocation(file: output), "--force replaces only a previous run's folder (one holding manifest.json); refusing to delete it")
        }
    }

    static func moveIntoPlace(_ work: String, _ output: String) throws {
        var old: String? = nil
        if FileManager.default.fileExists(atPath: output) {
            let aside = PipelinePaths.folder(of: output) + "/.\(PipelinePaths.baseName(output)).old-\(getpid())"
            guard rename(output, aside) == 0 else {
                throw DataError(.cannotCreate, at: SourceLocation(file: output), "cannot move the previous run aside: \(String(cString: strerror(errno)))")
            }
            old = aside
        }
        guard rename(work, output) == 0 else {
            let reason = String(cString: strerror(errno))
            if let old { _ = rename(old, output) }
            throw DataError(.cannotCreate, at: SourceLocation(file: output), "cannot move the finished run into place: \(reason)")
        }
        if let old { try? FileManager.default.removeItem(atPath: old) }
    }

    static func json(_ manifest: PipelineManifest) throws -> String {
        let encoder = JSONEncoder()
        encoder.outputFormatting = [.prettyPrinted, .sortedKeys, .withoutEscapingSlashes]
        return String(decoding: try encoder.encode(manifest), as: UTF8.self) + "\n"
    }

    static func seconds(_ d: Duration) -> Double {
        Double(d.components.seconds) + Double(d.components.attoseconds) * 1e-18
    }
}
