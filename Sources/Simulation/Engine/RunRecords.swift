import Foundation

/// What a contiguous slice of runs contributes to a simulation result, in memory that does not grow
/// with the number of runs except for the per-run values kept for exact percentiles:
/// - streaming moments of every cell (year × unit × metric; unit 0 = city, then the districts in region
///   order): count, and exact sums of deviations and squared deviations from run 0's value
///   (`RunMoments`), from which mean and sd follow bit-identically however runs are split;
/// - per-run values of the first `quantileUnits` units (1: the city only; `districts.count + 1`: every
///   unit), from which the p5/p50/p95 are exact. `Simulator.keepsDistrictRuns(totalRuns:)` decides:
///   district values are kept while runs × years × districts × metrics ≤ `Simulator.districtValueLimit`.
///
/// `simulate --shard` writes this as JSON; `SimulationResult(records:)` merges slices exactly.
public struct RunRecords: Sendable, Codable {
    enum CodingKeys: String, CodingKey {
        case schema, scenario, region, districts, districtNames = "district_names", seed, years,
             firstRun = "first_run", runCount = "run_count", metrics, quantileUnits = "quantile_units",
             shift, count, sums, squares, values
    }

    /// Layout identifier, `stationkit.simulation.runs/2`.
    public var schema = RunRecords.currentSchema
    public static let currentSchema = "stationkit.simulation.runs/2"
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
    /// Units whose per-run values are kept (1 = the city; `districts.count + 1` = every unit).
    public var quantileUnits: Int
    /// Moments per cell [year][unit][metric].
    var moments: RunMoments
    /// Per-run values [run][year][quantile unit][metric], row-major; NaN (JSON null) for undefined values.
    public var values: [Double]

    var unitCount: Int { districts.count + 1 }

    /// Position of a kept value in `values` (`unit` < `quantileUnits`).
    func index(run: Int, year: Int, unit: Int, metric: Int) -> Int {
        ((run * years.count + year) * quantileUnits + unit) * metrics.count + metric
    }
}

extension RunRecords {
    /// Decodes records written by `encode(to:)` (undefined values are JSON null; sums are base64 of
    /// little-endian 64-bit limbs).
    /// - Throws: `DecodingError` for a malformed document.
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
        quantileUnits = try c.decode(Int.self, forKey: .quantileUnits)
        let shift = try c.decode([Double?].self, forKey: .shift).map { $0 ?? 0 }
        let count = try c.decode([Int].self, forKey: .count)
        let sums = Self.limbs(try c.decode(Data.self, forKey: .sums))
        let squares = Self.limbs(try c.decode(Data.self, forKey: .squares))
        guard count.count == shift.count, sums.count == shift.count * ExactSum.limbs, squares.count == sums.count else {
            throw DecodingError.dataCorruptedError(forKey: .count, in: c,
                                                   debugDescription: "moments of inconsistent sizes")
        }
        moments = RunMoments(shift: shift, count: count, sums: sums, squares: squares)
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
        try c.encode(quantileUnits, forKey: .quantileUnits)
        try c.encode(moments.shift, forKey: .shift)
        try c.encode(moments.count, forKey: .count)
        try c.encode(Self.bytes(moments.sums), forKey: .sums)
        try c.encode(Self.bytes(moments.squares), forKey: .squares)
        try c.encode(values.map { $0.isFinite ? $0 : nil }, forKey: .values)
    }

    private static func bytes(_ limbs: [UInt64]) -> Data {
        var data = Data(capacity: limbs.count * 8)
        for l in limbs { withUnsafeBytes(of: l.littleEndian) { data.append(contentsOf: $0) } }
        return data
    }

    private static func limbs(_ data: Data) -> [UInt64] {
        let bytes = [UInt8](data)
        return stride(from: 0, to: bytes.count - bytes.count % 8, by: 8).map { i in
            (0..<8).reduce(UInt64(0)) { $0 | UInt64(bytes[i + $1]) << UInt64(8 * $1) }
        }
    }
}
