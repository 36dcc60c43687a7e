/// The `Models` module of StationKit (see DESIGN.md). Its namespace for module-level constants.
public enum ModelsModule {
    /// Module name, for diagnostics.
    public static let name = "Models"
}
