import ArgumentParser

/// The subcommands `stationkit` offers, in the order `--help` lists them.
/// Each command lives in its own file under Commands/.
enum CommandRegistry {
    static let all: [any ParsableCommand.Type] = [
        SynthCommand.self,
        ValidateCommand.self,
        DescribeCommand.self,
        PanelCommand.self,
        WeightsCommand.self,
        ScoreCommand.self,
        RobustnessCommand.self,
        DidCommand.self,
        FitCommand.self,
        SimulateCommand.self,
        MergeCommand.self,
        SweepCommand.self,
        CompareCommand.self,
    ]
}
