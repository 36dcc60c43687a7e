import StationKit

/// Simulation benchmarks. numpy equivalent: Scripts/bench.d/simulation.py, the same model written plainly
/// in numpy (vectorised over streets) on a region drawn from the same distributions, same sizes.
/// Registered by adding `SimulationBenchmarks.cases` to `BenchmarkRegistry.all`.
enum SimulationBenchmarks {
    static var cases: [BenchmarkCase] {
        [
            BenchmarkCase(name: nationalName, group: "simulation",
                          summary: "simulate: 38,000 streets in 2,800 districts × 10 years × 8 runs, --threads workers",
                          samples: 3, inner: 1) { try prepareNational() },
        ]
    }

    /// Case name shared with the Python side.
    static let nationalName = "simulate_national_10y_8runs"

    /// Sizes and inputs shared with Scripts/bench.d/simulation.py.
    static let streets = 38_000, districts = 2_800, runs = 8

    /// A national-size synthetic region: street i in district i mod 2,800; per street population
    /// U(10,000, 80,000), elderly 18%, children 16%, low income 2% of it, villages U{5, …, 40}, 60% of streets
    /// (the first 60% in order) with a station opened in 2020, streets kind `street` for even i; per district
    /// population the sum of its streets and fiscal capacity U(50,000, 500,000) 万元.
    /// Scenario: the defaults with 10 years from 2021, city budget 250,000 万元 a year, districts 0.2% of
    /// fiscal capacity, priority `need`. Outputs as on the numpy side: mean and sd of every cell, p5/p50/p95
    /// of the city (`districtPercentiles: .none`).
    static func prepareNational() throws -> () throws -> Void {
        var g = Xoshiro256StarStar(seed: 20201001)
        var streetList: [Region.Street] = []
        var districtPopulation = [Double](repeating: 0, count: districts)
        for i in 0..<streets {
            let population = (10_000 + 70_000 * g.nextUniform()).rounded()
            let villages = Double(5 + Int(36 * g.nextUniform()))
            streetList.append(Region.Street(
                id: "S\(i)", district: i % districts, name: "S\(i)", isUrban: i % 2 == 0, population: population,
                elderly: (0.18 * population).rounded(), children: (0.16 * population).rounded(),
                lowIncome: (0.02 * population).rounded(), villages: villages,
                opened: i < streets * 6 / 10 ? 2020 : nil))
            districtPopulation[i % districts] += population
        }
        let districtList = (0..<districts).map { d in
            Region.District(id: "D\(d)", name: "D\(d)", population: districtPopulation[d],
                            fiscalCapacity: 50_000 + 450_000 * g.nextUniform())
        }
        let region = try Region(name: "bench-national", districts: districtList, streets: streetList)
        var scenario = Scenario(name: "bench")
        scenario.horizon.years = 10
        scenario.funding.cityBudget = 250_000
        let simulator = try Simulator(scenario: scenario, region: region)
        return {
            // As many simulation workers as the harness's --threads (BENCH_THREADS): numpy's side is one thread.
            let result = try simulator.run(seed: 7, runs: runs, threads: max(1, BLASBackend.threads),
                                           districtPercentiles: .none)
            withExtendedLifetime(result) {}
        }
    }
}
