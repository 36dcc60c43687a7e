import ArgumentParser
import StationKit

/// Runs a pipeline step's command line inside this process, through the root command's parser, so a
/// pipeline needs no second executable and each step behaves exactly as on the command line.
struct InProcessStepRunner: PipelineStepRunner {
    func takesSeed(_ argv: [String]) throws -> Bool {
        let command = try parse(argv)
        return Mirror(reflecting: command).children.contains { $0.value is OptionGroup<SeedOptions> }
    }

    func run(_ argv: [String]) throws {
        var command = try parse(argv)
        do { try command.run() } catch { throw StepCommandFailure(error) }
    }

    private func parse(_ argv: [String]) throws -> any ParsableCommand {
        if argv.first == "run" {
            throw StepCommandFailure(status: .usage, message: "a pipeline step cannot run another pipeline")
        }
        do { return try StationKitCommand.parseAsRoot(argv) } catch { throw StepCommandFailure(error) }
    }
}

/// A step's error with the exit status and message the command line would have given.
struct StepCommandFailure: StationKitError {
    var exitStatus: ExitStatus
    var description: String

    init(status: ExitStatus, message: String) {
        exitStatus = status
        description = message
    }

    /// Keeps StationKit errors as they are; maps ArgumentParser's (usage, validation) to their code and text.
    init(_ error: Error) {
        if let e = error as? StationKitError {
            self.init(status: e.exitStatus, message: e.description)
        } else if let e = error as? LinalgError {
            self.init(status: .dataError, message: "\(e)")
        } else {
            let code = StationKitCommand.exitCode(for: error).rawValue
            self.init(status: ExitStatus(rawValue: code) ?? .usage, message: StationKitCommand.message(for: error))
        }
    }
}
