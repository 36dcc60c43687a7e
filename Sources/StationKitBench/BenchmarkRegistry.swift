/// Every benchmark case, by group. To add a group: create `<Group>Benchmarks.swift` with
/// `enum <Group>Benchmarks { static var cases: [BenchmarkCase] }`, add it here, and add the same case
/// names to a Python file under Scripts/bench.d/ so that Scripts/bench can compare them.
enum BenchmarkRegistry {
    static var all: [BenchmarkCase] {
        LinalgBenchmarks.cases + CSVBenchmarks.cases + WeightingBenchmarks.cases + DiDBenchmarks.cases
            + ModelsBenchmarks.cases + SimulationBenchmarks.cases
    }
}
