import Foundation

/// What to generate: preset, size, years and seed.
public struct SynthOptions: Sendable, Equatable {
    /// The preset (Jinan or national).
    public var preset: SynthPreset
    /// Number of streets/towns for the national preset (nil = 38,000). Must be nil for Jinan,
    /// whose 161 streets are fixed by its real structure.
    public var streets: Int?
    /// Panel years, inclusive (default 2020–2025).
    public var years: ClosedRange<Int>
    /// Seed of the random streams; the same options give byte-identical files.
    public var seed: UInt64

    /// The default seed, 20201001 (the national push started in October 2020).
    public static let defaultSeed: UInt64 = 20_201_001

    /// Options with the defaults of `stationkit synth`.
    public init(preset: SynthPreset, streets: Int? = nil, years: ClosedRange<Int> = 2020...2025,
                seed: UInt64 = SynthOptions.defaultSeed) {
        self.preset = preset
        self.streets = streets
        self.years = years
        self.seed = seed
    }

    /// The accepted year span: 2000–2100, at most 50 years.
    public static let yearLimits = 2000...2100

    /// Checks the options.
    /// - Throws: `SynthError.invalidOption` for streets on the Jinan preset, fewer than one
    ///   street, more than 1,000,000 streets, a seed above Int64.max, or years outside 2000–2100 / longer than 50 years.
    public func validate() throws {
        if let streets {
            if preset == .jinan {
                throw SynthError.invalidOption("--streets applies only to the national preset (Jinan has 161 streets/towns)")
            }
            if streets < 1 || streets > 1_000_000 {
                throw SynthError.invalidOption("--streets must be between 1 and 1000000, got \(streets)")
            }
        }
        if seed > UInt64(Int64.max) {
            throw SynthError.invalidOption("the seed must be at most \(Int64.max) (a TOML integer), got \(seed)")
        }
        if !Self.yearLimits.contains(years.lowerBound) || !Self.yearLimits.contains(years.upperBound) {
            throw SynthError.invalidOption("years must lie within 2000-2100, got \(years.lowerBound)-\(years.upperBound)")
        }
        if years.count > 50 {
            throw SynthError.invalidOption("at most 50 years, got \(years.count)")
        }
    }

    /// Parses "2020-2025" (or a single year "2021").
    /// - Throws: `SynthError.invalidOption` when the text is not `FIRST-LAST` with FIRST ≤ LAST.
    public static func parseYears(_ text: String) throws -> ClosedRange<Int> {
        let parts = text.split(separator: "-", omittingEmptySubsequences: false)
            .map { $0.trimmingCharacters(in: .whitespaces) }
        guard (1...2).contains(parts.count), let first = Int(parts[0]), let last = Int(parts[parts.count - 1]) else {
            throw SynthError.invalidOption("years must look like 2020-2025, got \"\(text)\"")
        }
        guard first <= last else {
            throw SynthError.invalidOption("first year \(first) is after last year \(last)")
        }
        return first...last
    }

    /// The number of streets this run makes.
    public var streetCount: Int { streets ?? preset.defaultStreets }

    /// The canonical command line that regenerates these options (no output path, so the
    /// manifest is the same wherever the bundle is written).
    public var commandLine: String {
        var s = "stationkit synth --preset \(preset.rawValue)"
        if let streets { s += " --streets \(streets)" }
        s += " --years \(years.lowerBound)-\(years.upperBound) --seed \(seed)"
        return s
    }
}
