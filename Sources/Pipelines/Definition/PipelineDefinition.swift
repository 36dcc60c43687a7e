import Data

/// A parsed PIPELINE.toml: named inputs, and named steps that run in the order written.
///
/// Syntax (every key is checked; unknown keys are errors with file:line:column):
/// ```toml
/// name = "paper"                 # optional, for the manifest
/// description = "…"              # optional
/// seed = 20201001                # optional: passed as --seed to every step that takes one
///
/// [inputs]                       # files and folders the steps read, relative to this file
/// data = ".."
///
/// [steps.describe]               # a step: a stationkit command and its arguments
/// run = ["describe", "${data}", "--by", "district-year", "--format", "csv"]
/// output = "describe.csv"        # or ["fan.svg", "fan.png"]: the command runs once per output
///
/// [steps.table]
/// run = ["table", "describe", "${describe}", "--format", "markdown"]   # ${step}: its (first) output
/// output = "describe.md"
/// ```
/// `${name}` inside any argument is replaced by the path of input `name` or of the first output of
/// the earlier step `name`; `$$` writes a literal `$`.
public struct PipelineDefinition: Sendable {
    /// The pipeline file, as given (locations name it).
    public var file: String
    /// `name`, or the file's base name without extension.
    public var name: String
    /// `description`, if given.
    public var description: String?
    /// The global seed (`seed`), if given.
    public var seed: UInt64?
    /// The declared inputs, in the order written.
    public var inputs: [PipelineInput]
    /// The steps, in the order written (= the order they run).
    public var steps: [PipelineStep]

    /// Creates a definition from its parts (normally made by `PipelineDefinition.parse`).
    public init(file: String, name: String, description: String?, seed: UInt64?,
                inputs: [PipelineInput], steps: [PipelineStep]) {
        self.file = file
        self.name = name
        self.description = description
        self.seed = seed
        self.inputs = inputs
        self.steps = steps
    }
}

/// A file or folder a pipeline reads, declared under `[inputs]` so that its SHA-256 goes into the manifest.
public struct PipelineInput: Sendable, Equatable {
    /// The name steps use in `${name}`.
    public var name: String
    /// The path as written in the pipeline file.
    public var written: String
    /// The path steps receive: `written` joined to the pipeline file's folder (unless absolute), `..` folded.
    public var path: String
    /// Where the input was declared.
    public var location: SourceLocation
}

/// One step: a stationkit command line (with `${…}` references) and the file(s) it writes.
public struct PipelineStep: Sendable, Equatable {
    /// The step's name (its key under `[steps]`).
    public var name: String
    /// Where the step's name was written.
    public var location: SourceLocation
    /// The command and its arguments, unresolved.
    public var arguments: [ArgumentTemplate]
    /// Output file names relative to the output folder; the command runs once per output.
    public var outputs: [String]
    /// The option that names the output file (`--output`, or `--out` for `synth`).
    public var outputOption: String
    /// The step's own seed (`seed = N`), overriding the pipeline's.
    public var seed: UInt64?
}
