import ArgumentParser
import StationKit

/// `stationkit run PIPELINE.toml`: runs a pipeline's steps into an output folder with a manifest.
struct RunCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "run",
        abstract: "Run a pipeline (PIPELINE.toml): named stationkit steps into one output folder with a manifest.",
        discussion: """
            A pipeline lists [inputs] (paths relative to the pipeline file) and [steps.NAME] tables, run in the \
            order written: run = ["command", "argument", …] and output = "file" (or ["a.svg", "a.png"]: the command \
            runs once per output). "${name}" in an argument is an input's path or an earlier step's (first) \
            output. Unknown keys, unknown names, cycles and forward references are reported as FILE:LINE:COL \
            (exit 65) before anything runs. The folder is written atomically: a failing step leaves none and \
            the run exits with that step's code. DIR/manifest.json records the StationKit version, the SHA-256 \
            of the pipeline and of every input file, seeds, each step's command line, outputs (SHA-256) and \
            wall time. The pipeline's seed (or --seed) goes to every step that takes --seed unless the step \
            sets its own. See README, section Pipelines.

            Examples:
              stationkit run Datasets/jinan/pipelines/paper.toml --output paper
              stationkit run Datasets/jinan/pipelines/paper.toml --output paper --seed 7 --force
            """
    )

    @Argument(help: "The pipeline file (TOML).")
    var pipeline: String

    @Option(name: .shortAndLong, help: "Output folder to create (default: the pipeline's name, in the current folder).")
    var output: String?

    @Option(help: "Seed for every step that takes one (overrides the pipeline's `seed`).")
    var seed: UInt64?

    @Flag(help: "Replace the output folder if it holds a previous run (a manifest.json).")
    var force = false

    func run() throws {
        let plan = try PipelinePlan(PipelineDefinition.load(path: pipeline))
        let folder = output ?? plan.definition.name
        let manifest = try PipelineExecutor(plan: plan, version: StationKitInfo.version)
            .run(into: folder, seed: seed, force: force, runner: InProcessStepRunner())
        let files = manifest.steps.reduce(0) { $0 + $1.outputs.count }
        try Printer.emit("wrote \(folder): \(manifest.steps.count) steps, \(files) files, manifest.json\n", to: nil)
    }
}
