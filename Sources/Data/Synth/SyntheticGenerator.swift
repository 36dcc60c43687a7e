import Stats

/// Generates a synthetic social-work-station panel (街镇社工站) in the dataset bundle
/// format, with planted effects that analyses can recover.
///
/// Each component (districts, streets, rollout, operators, staffing, scores, item scores,
/// services, people served, satisfaction, funding) draws from its own xoshiro256** stream
/// of the seed, in a fixed order over stations and years, and every written number is held
/// as an integer with fixed decimals: the same options give byte-identical files.
///
/// The planted relations (documented with their formulas in the manifest's `[planted]`
/// table, see `SynthPlanted`):
/// - rollout: exact cohort counts from `SynthCalibration.cohortShares`;
/// - staffing: target 2 + Binomial(3, p_d); departures ~ Binomial(previous workers, r_d);
/// - score: T = a + b1·workers + b2·supervision/worker + b3·previous score + N(0, σ²);
/// - satisfaction = 100·Σ w_i·score_i/max_i + N(0, σ_s²);
/// - people_served ~ Poisson(m_s·(base_g + slope·(year − g))), zero before opening;
/// - funding: city = s_d × (cost − other), district = the rest.
///
/// Usage:
/// ```swift
/// let bundle = try SyntheticGenerator(options: SynthOptions(preset: .jinan, seed: 20201001)).generate()
/// try bundle.write(to: "Datasets/jinan", replacing: true)
/// ```
public struct SyntheticGenerator: Sendable {
    /// What to generate.
    public var options: SynthOptions

    /// A generator for `options`.
    public init(options: SynthOptions) {
        self.options = options
    }

    /// Generates the whole panel in memory.
    /// - Returns: the tables and planted constants.
    /// - Throws: `SynthError.invalidOption` for invalid options.
    /// - Complexity: O(streets × years × items) time; memory ≈ 2 bytes per evaluation row
    ///   plus ≈ 150 bytes per station-year (about 30 MB for the national preset).
    public func generate() throws -> SyntheticBundle {
        try options.validate()
        let calibration = SynthCalibration.preset(options.preset)
        let seed = options.seed
        let specs: [SynthUnitSpec]
        switch options.preset {
        case .jinan: specs = JinanUnits.all
        case .national: specs = try NationalUnits.make(streets: options.streetCount, seed: seed)
        }
        let (districts, fiscalReference) = SynthDistrictGeneration.make(specs, calibration: calibration, seed: seed)
        let streets = try SynthStreetGeneration.make(specs, seed: seed)
        var stations = SynthRolloutGeneration.make(streets: streets, calibration: calibration, seed: seed)
        try SynthRolloutGeneration.assignOperators(&stations, streets: streets, districts: districts, seed: seed)

        var context = SynthContext(
            options: options, calibration: calibration, districts: districts, streets: streets, stations: stations)
        try SynthStaffingGeneration.run(&context)
        try SynthScoreGeneration.run(&context)
        try SynthServiceGeneration.run(&context)
        try SynthFundingGeneration.run(&context)

        return SyntheticBundle(
            options: options, calibration: calibration, fiscalReference: fiscalReference,
            districts: districts, streets: streets, stations: stations,
            stationYears: context.rows, itemTenths: context.items)
    }
}
