/// The `Figures` module of StationKit (see DESIGN.md). Its namespace for module-level constants.
public enum FiguresModule {
    /// Module name, for diagnostics.
    public static let name = "Figures"
}
