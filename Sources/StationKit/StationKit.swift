// The umbrella module: `import StationKit` gives the whole embeddable API.
@_exported import Linalg
@_exported import Stats
@_exported import Data
@_exported import Weighting
@_exported import Models
@_exported import Simulation
@_exported import Figures
@_exported import Pipelines

/// StationKit's version, printed by `stationkit --version` and written into pipeline manifests.
public enum StationKitInfo {
    public static let version = "0.1.0"
}
