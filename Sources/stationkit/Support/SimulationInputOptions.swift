import ArgumentParser
import StationKit

/// SCENARIO and the region options, shared by `simulate` and `sweep` (`compare`, with two scenarios,
/// takes `RegionOptions` alone).
struct SimulationInputOptions: ParsableArguments {
    @Argument(help: "Scenario file (TOML). Optional with --builtin, which then uses its own scenario.")
    var scenario: String?

    @OptionGroup var region: RegionOptions

    func validate() throws {
        if scenario == nil && region.builtin == nil { throw ValidationError("give a SCENARIO file or --builtin toy") }
    }

    /// The simulator of the scenario (file, or the built-in toy scenario) over the region of `RegionOptions.load()`;
    /// problems with district or street ids are located in the scenario file.
    func simulator() throws -> Simulator { try RegionOptions.simulator(scenario: scenario, region: region.load()) }
}
