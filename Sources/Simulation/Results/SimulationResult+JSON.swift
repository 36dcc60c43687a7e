import Foundation

extension SimulationResult {
    /// Layout identifier written as `schema`.
    public static let jsonSchema = "stationkit.simulation/1"

    /// The result as stable JSON (sorted keys, two-space indentation, "\n" line ends).
    ///
    /// Layout (`stationkit.simulation/1`):
    /// ```
    /// { "schema": "stationkit.simulation/1",
    ///   "scenario": { …every scenario field, TOML key names… },
    ///   "region": "toy", "seed": 7, "runs": 1000, "years": [2021, …],
    ///   "district_names": { "<district id>": "<name>", … },
    ///   "metrics": { "<metric>": "<meaning and unit>", … },
    ///   "city":      { "<metric>": { "mean": [per year], "sd": […], "p5": […], "p50": […], "p95": […], "n": […] } },
    ///   "districts": { "<district id>": { "<metric>": { …same… } } } }
    /// ```
    /// `n` is the number of runs where the value is defined; undefined values are `null`. Equity metrics
    /// (`gini_*`, `theil_*`) appear under `city` only.
    /// - Throws: `EncodingError` only on an internal error.
    public func json() throws -> String {
        try SimulationResult.encodeJSON(document())
    }

    /// Sorted keys, two-space indentation, unescaped slashes, final newline.
    static func encodeJSON<T: Encodable>(_ value: T) throws -> String {
        let encoder = JSONEncoder()
        encoder.outputFormatting = [.sortedKeys, .prettyPrinted, .withoutEscapingSlashes]
        return String(decoding: try encoder.encode(value), as: UTF8.self) + "\n"
    }

    /// The JSON document as a value (for embedding in sweeps).
    func document() -> ResultJSON {
        var districts: [String: [String: SeriesJSON]] = [:]
        for d in 0..<districtCount {
            districts[districtIDs[d]] = series(district: d)
        }
        return ResultJSON(
            schema: Self.jsonSchema, scenario: scenario, region: region, seed: seed, runs: runs, years: years,
            districtNames: Dictionary(zip(districtIDs, districtNames), uniquingKeysWith: { a, _ in a }),
            metrics: Dictionary(uniqueKeysWithValues: Metric.allCases.map { ($0.name, $0.meaning) }),
            city: series(district: nil), districts: districts)
    }

    private func series(district: Int?) -> [String: SeriesJSON] {
        var out: [String: SeriesJSON] = [:]
        for metric in Metric.allCases where district == nil || !metric.isCityOnly {
            let cells = years.indices.map { value(metric, year: $0, district: district) }
            func finite(_ x: Double) -> Double? { x.isFinite ? x : nil }
            out[metric.name] = SeriesJSON(
                mean: cells.map { finite($0.mean) }, sd: cells.map { finite($0.sd) }, p5: cells.map { finite($0.p5) },
                p50: cells.map { finite($0.p50) }, p95: cells.map { finite($0.p95) }, n: cells.map(\.n))
        }
        return out
    }
}

/// The JSON document of a `SimulationResult` (see `json()`).
struct ResultJSON: Encodable {
    enum CodingKeys: String, CodingKey {
        case schema, scenario, region, seed, runs, years, districtNames = "district_names", metrics, city, districts
    }

    var schema: String
    var scenario: Scenario
    var region: String
    var seed: UInt64
    var runs: Int
    var years: [Int]
    var districtNames: [String: String]
    var metrics: [String: String]
    var city: [String: SeriesJSON]
    var districts: [String: [String: SeriesJSON]]
}

/// One metric's per-year statistics across runs.
struct SeriesJSON: Encodable {
    var mean: [Double?]
    var sd: [Double?]
    var p5: [Double?]
    var p50: [Double?]
    var p95: [Double?]
    var n: [Int]
}
