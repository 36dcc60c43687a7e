/// `manifest.json` of a pipeline run: what ran, on which inputs, with which seeds, producing which files.
///
/// Everything in it is the same for two runs of the same pipeline on the same inputs and seed except
/// the `wall_seconds` fields. JSON keys are snake_case; files are listed in byte order of their paths.
public struct PipelineManifest: Codable, Sendable, Equatable {
    /// StationKit's version (`stationkit --version`).
    public var stationkitVersion: String
    /// The pipeline file and its hash.
    public var pipeline: PipelineFileRecord
    /// The global seed given to steps that take one (nil: none given; steps used their defaults).
    public var seed: UInt64?
    /// Where the seed came from: `command line` (`--seed`), `pipeline` (`seed = …`), or `none`.
    public var seedSource: String
    /// Each declared input with the hash of every file in it.
    public var inputs: [InputRecord]
    /// Each step, in the order run.
    public var steps: [StepRecord]
    /// Wall time of the whole run in seconds (hashing and the manifest included).
    public var wallSeconds: Double

    enum CodingKeys: String, CodingKey {
        case stationkitVersion = "stationkit_version", pipeline, seed, seedSource = "seed_source", inputs, steps
        case wallSeconds = "wall_seconds"
    }

    /// Encodes every key, a missing seed as `null` (the synthesized encoder would leave the key out).
    public func encode(to encoder: Encoder) throws {
        var c = encoder.container(keyedBy: CodingKeys.self)
        try c.encode(stationkitVersion, forKey: .stationkitVersion)
        try c.encode(pipeline, forKey: .pipeline)
        try c.encode(seed, forKey: .seed)
        try c.encode(seedSource, forKey: .seedSource)
        try c.encode(inputs, forKey: .inputs)
        try c.encode(steps, forKey: .steps)
        try c.encode(wallSeconds, forKey: .wallSeconds)
    }

    /// The pipeline file.
    public struct PipelineFileRecord: Codable, Sendable, Equatable {
        /// `name` from the file (or its base name).
        public var name: String
        /// The path as given to `run`.
        public var path: String
        /// SHA-256 of its bytes, lowercase hex.
        public var sha256: String
    }

    /// One file and its hash.
    public struct FileRecord: Codable, Sendable, Equatable {
        /// Path relative to the input folder or output folder (for a single-file input: its path).
        public var path: String
        /// Size in bytes.
        public var bytes: Int
        /// SHA-256, lowercase hex.
        public var sha256: String
    }

    /// One `[inputs]` entry.
    public struct InputRecord: Codable, Sendable, Equatable {
        /// Its name in the pipeline.
        public var name: String
        /// The path the steps received.
        public var path: String
        /// `file` or `folder`.
        public var kind: String
        /// The file, or every regular file under the folder (recursively, hidden files included).
        public var files: [FileRecord]
    }

    /// One step.
    public struct StepRecord: Codable, Sendable, Equatable {
        /// The step's name.
        public var name: String
        /// Each command line run (one per output), `stationkit` first, paths as in the final output folder.
        public var argv: [[String]]
        /// The seed the step ran with (nil: the command takes none, or used its default).
        public var seed: UInt64?
        /// The files it wrote, relative to the output folder.
        public var outputs: [FileRecord]
        /// Wall time in seconds.
        public var wallSeconds: Double

        enum CodingKeys: String, CodingKey {
            case name, argv, seed, outputs, wallSeconds = "wall_seconds"
        }

        /// Encodes every key, a missing seed as `null`.
        public func encode(to encoder: Encoder) throws {
            var c = encoder.container(keyedBy: CodingKeys.self)
            try c.encode(name, forKey: .name)
            try c.encode(argv, forKey: .argv)
            try c.encode(seed, forKey: .seed)
            try c.encode(outputs, forKey: .outputs)
            try c.encode(wallSeconds, forKey: .wallSeconds)
        }
    }
}
