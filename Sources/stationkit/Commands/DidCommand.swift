import ArgumentParser

/// `stationkit did`: staggered difference-in-differences; estimation is the default subcommand, so
/// `stationkit did DATA.csv …` runs `stationkit did estimate DATA.csv …`.
struct DidCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "did",
        abstract: "Staggered difference-in-differences: Callaway–Sant'Anna, Sun–Abraham, TWFE, Goodman-Bacon.",
        discussion: """
            `estimate` (the default) fits Callaway–Sant'Anna (--method cs), Sun–Abraham (sa) or TWFE (twfe); \
            `bacon` decomposes the TWFE DiD coefficient into its 2×2 comparisons.

            Examples:
              stationkit did mpdta.csv --outcome lemp --unit countyreal --time year --cohort first_treat
              stationkit did bacon mpdta.csv --outcome lemp --unit countyreal --time year --cohort first_treat
              stationkit did panel.xlsx --sheet 面板 --outcome served --unit street --time year --cohort opened
            """,
        subcommands: [DidEstimateCommand.self, DidBaconCommand.self],
        defaultSubcommand: DidEstimateCommand.self
    )
}
