import ArgumentParser
import StationKit

extension SynthPreset: ExpressibleByArgument {}

/// `stationkit synth`: generate a synthetic dataset bundle with planted effects.
struct SynthCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "synth",
        abstract: "Generate a synthetic station panel (dataset bundle) with planted effects.",
        discussion: """
            Presets:
              jinan     济南: the real 12 districts/counties + 3 functional zones and 161
                        streets/towns (district names real, every number synthetic)
              national  about 38,000 streets/towns in about 2,800 synthetic districts
                        (change the size with --streets)

            Writes DIR/dataset.toml (with the planted truth in [planted]), planted.json and the \
            nine CSV tables. Same options and seed give byte-identical files. DIR must not \
            exist or be empty unless --force; the bundle is written into a temporary sibling \
            folder and renamed at the end, so a failed run leaves nothing.

            Examples:
              stationkit synth --preset jinan --seed 20201001 --out Datasets/jinan
              stationkit synth --preset national --streets 5000 --years 2020-2025 --seed 7 --out /tmp/nat
              stationkit synth --preset jinan --seed 1 --out /tmp/jinan --force
            """)

    @Option(help: "Preset: jinan or national.")
    var preset: SynthPreset

    @Option(help: "Number of streets/towns (national preset only; default 38000).")
    var streets: Int?

    @Option(help: "Panel years FIRST-LAST.")
    var years = "2020-2025"

    @OptionGroup var seedOptions: SeedOptions

    @Option(help: "Bundle folder to create.")
    var out: String

    @Flag(help: "Replace a non-empty output folder.")
    var force = false

    func run() throws {
        let options = SynthOptions(
            preset: preset, streets: streets, years: try SynthOptions.parseYears(years), seed: seedOptions.seed)
        let bundle = try SyntheticGenerator(options: options).generate()
        try bundle.write(to: out, replacing: force)
        try Printer.emit("wrote \(out)\n" + bundle.summary + "\n", to: nil)
    }
}
