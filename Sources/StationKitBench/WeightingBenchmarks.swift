import StationKit

/// Weighting benchmarks. numpy equivalents: Scripts/bench.d/weighting.py, which runs the computation of
/// Scripts/bench_robustness.py (same sizes, same computation, different random numbers).
/// Registered by adding `WeightingBenchmarks.cases` to `BenchmarkRegistry.all`.
enum WeightingBenchmarks {
    static var cases: [BenchmarkCase] {
        [
            BenchmarkCase(name: robustnessName, group: "weighting",
                          summary: "weight robustness: 161 stations × 37 items × 100,000 Dirichlet draws (dgemm per 2048)",
                          samples: 3, inner: 1) { try prepareRobustness() },
        ]
    }

    /// Case name shared with the Python side.
    static let robustnessName = "robustness_161x37_100k"

    /// Builds the inputs of the robustness benchmark (not timed) and returns the timed operation: the
    /// computation `stationkit robustness` runs — 100,000 Dirichlet(50·w) draws, one dgemm per batch of 2048
    /// (161 × 37 times 37 × 2048), ranks per draw, rank histogram and grade counts.
    /// Inputs: scores uniform on [0, 100), weights uniform on [0.5, 1.5] normalised, grades A ≥ 90, B ≥ 80,
    /// C ≥ 60, D.
    static func prepareRobustness(stations: Int = 161, items: Int = 37, draws: Int = 100_000,
                                  batchSize: Int = 2048) throws -> () throws -> Void {
        var g = Xoshiro256StarStar(seed: 20201001)
        let x = try Matrix(rows: stations, columns: items,
                           columnMajor: (0..<(stations * items)).map { _ in 100 * g.nextUniform() })
        let raw = (0..<items).map { _ in 0.5 + g.nextUniform() }
        let total = raw.reduce(0, +)
        let w = raw.map { $0 / total }
        let grades = try GradeScale([.init(id: "A", minScore: 90, label: "优秀"), .init(id: "B", minScore: 80, label: "良好"),
                                     .init(id: "C", minScore: 60, label: "合格"), .init(id: "D", minScore: 0, label: "不合格")])
        let ids = (0..<stations).map { "S\($0 + 1)" }
        let analysis = WeightRobustness(draws: draws, concentration: 50, batchSize: batchSize)
        return {
            let r = try analysis.run(scores: x, alternatives: ids, weights: w, grades: grades, seed: 7)
            withExtendedLifetime(r) {}
        }
    }
}
