/// The `Pipelines` module of StationKit (see DESIGN.md). Its namespace for module-level constants.
public enum PipelinesModule {
    /// Module name, for diagnostics.
    public static let name = "Pipelines"
}
