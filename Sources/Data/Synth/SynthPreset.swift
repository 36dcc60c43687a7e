/// Which synthetic data set `SyntheticGenerator` makes.
public enum SynthPreset: String, CaseIterable, Sendable {
    /// Jinan: the real 12 districts/counties + 3 functional zones, 161 streets/towns
    /// (names of districts real, every number synthetic).
    case jinan
    /// A national-scale panel: about 38,000 streets/towns in about 2,800 synthetic
    /// districts/counties (override the size with `SynthOptions.streets`).
    case national

    /// The default number of streets/towns.
    public var defaultStreets: Int {
        switch self {
        case .jinan: return 161
        case .national: return 38_000
        }
    }
}
