import Data

/// The results of a sweep, one `SimulationResult` per grid point, in grid order.
public struct SweepResult: Sendable {
    public let axes: [SweepAxis]
    /// The literal of each axis at each point.
    public let settings: [[String]]
    public let results: [SimulationResult]

    /// Layout identifier of `json()`.
    public static let jsonSchema = "stationkit.sweep/1"

    /// `{"schema": "stationkit.sweep/1", "axes": [{"key", "values"}], "points": [{"settings": {key: literal},
    /// "result": <stationkit.simulation/1 document>}]}`, sorted keys.
    public func json() throws -> String {
        let doc = SweepJSON(
            schema: Self.jsonSchema, axes: axes.map { AxisJSON(key: $0.key, values: $0.values) },
            points: zip(settings, results).map { s, r in
                PointJSON(settings: Dictionary(uniqueKeysWithValues: zip(axes.map(\.key), s)), result: r.document())
            })
        return try SimulationResult.encodeJSON(doc)
    }

    /// The simulation CSV of every point, with one leading column per axis.
    public func csv() -> String {
        let w = CSVWriter()
        var out = ""
        for (i, (s, r)) in zip(settings, results).enumerated() {
            let lines = r.csv().split(separator: "\n", omittingEmptySubsequences: false).filter { !$0.isEmpty }
            for (j, line) in lines.enumerated() where i == 0 || j > 0 {
                let prefix = j == 0 ? axes.map { w.field($0.key) } : s.map { w.field($0) }
                out += prefix.joined(separator: ",") + "," + line + "\n"
            }
        }
        return out
    }

    /// One row per point: final-year coverage [p5, p95], stations, yearly cost per level, Gini of
    /// coverage, and how many districts lag the city's coverage.
    public func table() -> String {
        guard let first = results.first, let last = first.years.indices.last else { return "" }
        let out = "Sweep over \(axes.map(\.key).joined(separator: " × ")): \(results.count) points, "
            + "\(first.runs) runs each, seed \(first.seed), common random numbers; final year \(first.years[last])\n"
        var rows: [[String]] = [axes.map(\.key) + ["coverage", "stations", "cost city", "cost district", "gini cov",
                                                   "lagging"]]
        for (s, r) in zip(settings, results) {
            let city = r.value(.coverage, year: last).mean
            let lagging = (0..<r.districtCount).filter { r.value(.coverage, year: last, district: $0).mean < city - 1e-9 }
            var row = s
            row.append(SimulationResult.percent(r.value(.coverage, year: last)))
            row.append(SimulationResult.fixed(r.value(.stationsOpen, year: last).mean, 1))
            row.append(SimulationResult.fixed(r.value(.costCity, year: last).mean, 1))
            row.append(SimulationResult.fixed(r.value(.costDistrict, year: last).mean, 1))
            row.append(SimulationResult.fixed(r.value(.giniCoverage, year: last).mean, 3))
            row.append(String(lagging.count))
            rows.append(row)
        }
        return out + SimulationResult.align(rows)
    }
}

struct SweepJSON: Encodable {
    var schema: String
    var axes: [AxisJSON]
    var points: [PointJSON]
}

struct AxisJSON: Encodable {
    var key: String
    var values: [String]
}

struct PointJSON: Encodable {
    var settings: [String: String]
    var result: ResultJSON
}
