/// The per-run outputs of a contiguous slice of runs: every metric per run × year × unit
/// (unit 0 = city, then the districts in region order). Small (runs × years × units × metrics doubles)
/// and exact: summaries and merges of shards are computed from these values.
public struct RunRecords: Sendable, Equatable, Codable {
    enum CodingKeys: String, CodingKey {
        case schema, scenario, region, districts, districtNames = "district_names", seed, years,
             firstRun = "first_run", runCount = "run_count",
             metrics, values
    }

    /// Layout identifier, `stationkit.simulation.runs/1`.
    public var schema = RunRecords.currentSchema
    public static let currentSchema = "stationkit.simulation.runs/1"
    /// The scenario that produced the runs (shards must agree on it to merge).
    public var scenario: Scenario
    /// The region's name and district ids, in unit order (unit k is `districts[k − 1]`).
    public var region: String
    public var districts: [String]
    /// District names (区/县 names), same order.
    public var districtNames: [String]
    public var seed: UInt64
    /// Calendar years.
    public var years: [Int]
    /// Index of the first run (the stream of run k is stream k of the seed).
    public var firstRun: Int
    public var runCount: Int
    /// Metric names in block order (`Metric.name`).
    public var metrics: [String]
    /// Values [run][year][unit][metric], row-major; NaN (JSON null) for undefined values.
    public var values: [Double]

    var unitCount: Int { districts.count + 1 }

    /// Position of one value in `values`.
    func index(run: Int, year: Int, unit: Int, metric: Metric) -> Int {
        ((run * years.count + year) * unitCount + unit) * metrics.count + metric.rawValue
    }
}
