/// The per-run outputs of a contiguous slice of runs: every metric per run × year × unit
/// (unit 0 = city, then the districts in region order). Small (runs × years × units × metrics doubles)
/// and exact: summaries and merges of shards are computed from these values.
public struct RunRecords: Sendable, Codable {
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

extension RunRecords {
    /// Decodes records written by `encode(to:)` (undefined values are JSON null).
    public init(from decoder: Decoder) throws {
        let c = try decoder.container(keyedBy: CodingKeys.self)
        schema = try c.decode(String.self, forKey: .schema)
        scenario = try c.decode(Scenario.self, forKey: .scenario)
        region = try c.decode(String.self, forKey: .region)
        districts = try c.decode([String].self, forKey: .districts)
        districtNames = try c.decode([String].self, forKey: .districtNames)
        seed = try c.decode(UInt64.self, forKey: .seed)
        years = try c.decode([Int].self, forKey: .years)
        firstRun = try c.decode(Int.self, forKey: .firstRun)
        runCount = try c.decode(Int.self, forKey: .runCount)
        metrics = try c.decode([String].self, forKey: .metrics)
        values = try c.decode([Double?].self, forKey: .values).map { $0 ?? .nan }
    }

    /// Encodes every field; NaN values become null (JSON has no NaN).
    public func encode(to encoder: Encoder) throws {
        var c = encoder.container(keyedBy: CodingKeys.self)
        try c.encode(schema, forKey: .schema)
        try c.encode(scenario, forKey: .scenario)
        try c.encode(region, forKey: .region)
        try c.encode(districts, forKey: .districts)
        try c.encode(districtNames, forKey: .districtNames)
        try c.encode(seed, forKey: .seed)
        try c.encode(years, forKey: .years)
        try c.encode(firstRun, forKey: .firstRun)
        try c.encode(runCount, forKey: .runCount)
        try c.encode(metrics, forKey: .metrics)
        try c.encode(values.map { $0.isFinite ? $0 : nil }, forKey: .values)
    }
}
