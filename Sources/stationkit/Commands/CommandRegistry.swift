import ArgumentParser

/// The subcommands `stationkit` offers, in the order `--help` lists them.
/// Each command lives in its own file under Commands/.
enum CommandRegistry {
    static let all: [any ParsableCommand.Type] = [
        // Data
        SynthCommand.self,
        ValidateCommand.self,
        DescribeCommand.self,
        PanelCommand.self,
        // Weighting and scoring
        WeightsCommand.self,
        ScoreCommand.self,
        RobustnessCommand.self,
        // Models
        FitCommand.self,
        DidCommand.self,
        AccessCommand.self,
        // Simulation
        CalibrateCommand.self,
        SimulateCommand.self,
        SweepCommand.self,
        CompareCommand.self,
        MergeCommand.self,
        // Figures and tables
        PlotCommand.self,
        TableCommand.self,
        // Pipelines
        RunCommand.self,
    ]
}
