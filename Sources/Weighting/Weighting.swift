/// The `Weighting` module of StationKit (see DESIGN.md). Its namespace for module-level constants.
public enum WeightingModule {
    /// Module name, for diagnostics.
    public static let name = "Weighting"
}
