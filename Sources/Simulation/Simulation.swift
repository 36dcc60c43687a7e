/// The `Simulation` module of StationKit (see DESIGN.md). Its namespace for module-level constants.
public enum SimulationModule {
    /// Module name, for diagnostics.
    public static let name = "Simulation"
}
