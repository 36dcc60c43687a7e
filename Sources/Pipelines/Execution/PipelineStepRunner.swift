/// Runs one stationkit command line for a pipeline step. The CLI supplies one that parses the argv with
/// its root command and runs it in the same process; tests supply fakes.
public protocol PipelineStepRunner {
    /// Whether the command named by `argv` takes `--seed` (used to pass the pipeline's seed on).
    /// Called for every command line before any step runs, so it should also reject a malformed argv.
    /// - Parameter argv: the arguments without the program name.
    /// - Throws: a `StationKitError` when `argv` is not a valid command line.
    func takesSeed(_ argv: [String]) throws -> Bool

    /// Runs the command; it writes its result to the path after the step's output option.
    /// - Parameter argv: the arguments without the program name.
    /// - Throws: a `StationKitError` (its exit status becomes the run's) when the command fails.
    func run(_ argv: [String]) throws
}
