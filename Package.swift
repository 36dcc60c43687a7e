// swift-tools-version:6.0
// StationKit: analysis and simulation of township/street social work station rollouts.
// Module graph (dependencies point down only), see ../shared/DESIGN.md:
//
//   stationkit (CLI)  ->  StationKit (umbrella)
//   Simulation, Figures, Pipelines
//   Weighting, Models
//   Data
//   Stats
//   Linalg  ->  CLapack (OpenBLAS + LAPACKE, system library)
import PackageDescription

let package = Package(
    name: "StationKit",
    products: [
        .library(name: "StationKit", targets: ["StationKit"]),
        .executable(name: "stationkit", targets: ["stationkit"]),
    ],
    dependencies: [
        .package(url: "https://github.com/apple/swift-argument-parser", from: "1.5.0"),
        .package(url: "https://github.com/apple/swift-numerics", from: "1.0.0"),
        // .xlsx inputs: reads the zip's entries in memory (Sources/Data/XLSX).
        .package(url: "https://github.com/weichsel/ZIPFoundation", from: "0.9.20"),
    ],
    targets: [
        // The only door to C: cblas.h + lapacke.h, linking openblas and lapacke.
        .systemLibrary(
            name: "CLapack",
            pkgConfig: "openblas",
            providers: [.apt(["libopenblas-dev", "liblapacke-dev"])]
        ),
        .target(name: "Linalg", dependencies: ["CLapack"]),
        .target(name: "Stats", dependencies: [
            "Linalg",
            .product(name: "RealModule", package: "swift-numerics"),
        ]),
        .target(name: "Data", dependencies: [
            "Stats", "Linalg",
            .product(name: "ZIPFoundation", package: "ZIPFoundation"),
        ]),
        .target(name: "Weighting", dependencies: ["Data", "Stats", "Linalg"]),
        .target(name: "Models", dependencies: ["Data", "Stats", "Linalg"]),
        .target(name: "Simulation", dependencies: ["Models", "Weighting", "Data", "Stats", "Linalg"]),
        .target(name: "Figures", dependencies: ["Data", "Stats"]),
        .target(name: "Pipelines", dependencies: ["Simulation", "Figures", "Models", "Weighting", "Data"]),
        .target(name: "StationKit", dependencies: [
            "Linalg", "Stats", "Data", "Weighting", "Models", "Simulation", "Figures", "Pipelines",
        ]),
        .executableTarget(name: "stationkit", dependencies: [
            "StationKit",
            .product(name: "ArgumentParser", package: "swift-argument-parser"),
        ]),
        // Release benchmarks: `Scripts/bench` builds this with -c release and runs it beside numpy.
        .executableTarget(name: "StationKitBench", dependencies: ["StationKit"]),

        // Shared test helpers (assertClose, assertMatrixClose, fixture paths).
        .target(name: "TestSupport", dependencies: ["Linalg"], path: "Tests/TestSupport"),
        .testTarget(name: "LinalgTests", dependencies: ["Linalg", "TestSupport"], exclude: ["Fixtures"]),
        .testTarget(name: "StatsTests", dependencies: ["Stats", "TestSupport"], exclude: ["Fixtures"]),
        .testTarget(name: "DataTests", dependencies: ["Data", "TestSupport"], exclude: ["Fixtures"]),
        .testTarget(name: "WeightingTests", dependencies: ["Weighting", "TestSupport"]),
        .testTarget(name: "ModelsTests", dependencies: ["Models", "TestSupport"], exclude: ["Fixtures"]),
        .testTarget(name: "SimulationTests", dependencies: ["Simulation", "TestSupport"], exclude: ["Fixtures"]),
        .testTarget(name: "FiguresTests", dependencies: ["Figures", "TestSupport"]),
        // End-to-end: runs the built `stationkit` binary.
        .testTarget(name: "CLITests", dependencies: ["StationKit", "TestSupport"]),
        .testTarget(name: "PipelinesTests", dependencies: ["Pipelines", "TestSupport"]),
    ]
)

// libFuzzer targets (Scripts/fuzz, Tests/Fuzz/README.md): declared only when STATIONKIT_FUZZ=1, so
// `swift build` and the tests never build them.
if Context.environment["STATIONKIT_FUZZ"] == "1" {
    for (name, module) in [("FuzzCSV", "Data"), ("FuzzFormula", "Models"), ("FuzzScenario", "Simulation"), ("FuzzAHP", "Weighting"), ("FuzzXLSX", "Data")] {
        package.targets.append(.executableTarget(
            name: name, dependencies: [.target(name: module), .target(name: "Data")], path: "Tests/Fuzz/Targets/\(name)",
            swiftSettings: [.unsafeFlags(["-parse-as-library"])]))
    }
}
