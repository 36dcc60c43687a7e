import ArgumentParser
import StationKit

/// `stationkit weights pca MATRIX.csv`.
struct WeightsPCACommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "pca",
        abstract: "Principal-component weights: w ∝ Σ_k λ_k |u_jk| over the kept components of the correlation matrix.",
        discussion: """
            Components are kept until --variance of the total is explained (default 0.85), or by --kaiser \
            (eigenvalue > 1), or --components K.

            Examples:
              stationkit weights pca matrix.csv
              stationkit weights pca matrix.csv --kaiser --format json
            """
    )

    @OptionGroup var input: MatrixInputOptions
    @Option(help: "Share of variance the kept components must explain.")
    var variance: Double = 0.85
    @Flag(help: "Keep components with eigenvalue > 1.")
    var kaiser = false
    @Option(help: "Keep exactly this many components.")
    var components: Int?
    @OptionGroup var output: OutputOptions

    func run() throws {
        let retention: PCAWeighting.Retention =
            components.map { .count($0) } ?? (kaiser ? .kaiser : .cumulativeVariance(variance))
        let (w, k) = try input.apply { try PCAWeighting(retention: retention).evaluate($0) }
        var json = WeightsJSON(w)
        json.components = k
        try json.emit(output)
    }
}
