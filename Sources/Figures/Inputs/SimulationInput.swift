import Data
import Foundation

/// The JSON a `stationkit simulate --format json` run writes (layout `stationkit.simulation/1`, see
/// Sources/Simulation/Results/SimulationResult+JSON.swift): per-year mean/sd/p5/p50/p95 of each metric, for the
/// city and for each district.
public struct SimulationInput: Sendable {
    /// One metric's statistics per year.
    public struct Stats: Sendable {
        /// Mean, 5th, 50th and 95th percentile per year (nil where undefined).
        public var mean, p5, p50, p95: [Double?]
    }

    /// Simulated years.
    public let years: [Int]
    /// District ids in sorted order and their names.
    public let districtIDs: [String]
    /// Names by id (the id when the file has none).
    public let districtNames: [String: String]
    /// `districts[id][metric]`.
    public let districts: [String: [String: Stats]]
    /// `city[metric]`.
    public let city: [String: Stats]
    /// The file, for diagnostics.
    public let path: String

    /// Parses `path`.
    /// - Throws: `FigureError` when the file is not a `stationkit.simulation/1` document.
    public init(path: String) throws {
        let root = try JSONInput.load(path)
        let loc = SourceLocation(file: path)
        guard let o = root as? [String: Any], (o["schema"] as? String) == "stationkit.simulation/1" else {
            throw FigureError("not a simulation result (expected \"schema\": \"stationkit.simulation/1\", "
                + "as `stationkit simulate --format json` writes)", at: loc)
        }
        guard let years = o["years"] as? [Int] else { throw FigureError("\"years\" is missing", at: loc) }
        func stats(_ v: Any?) -> [String: Stats] {
            guard let m = v as? [String: Any] else { return [:] }
            var out: [String: Stats] = [:]
            for (k, s) in m {
                guard let s = s as? [String: Any] else { continue }
                out[k] = Stats(mean: JSONInput.numbers(s["mean"]) ?? [], p5: JSONInput.numbers(s["p5"]) ?? [],
                               p50: JSONInput.numbers(s["p50"]) ?? [], p95: JSONInput.numbers(s["p95"]) ?? [])
            }
            return out
        }
        var districts: [String: [String: Stats]] = [:]
        for (id, v) in (o["districts"] as? [String: Any]) ?? [:] { districts[id] = stats(v) }
        self.years = years
        self.districts = districts
        districtIDs = districts.keys.sorted()
        let names = (o["district_names"] as? [String: String]) ?? [:]
        districtNames = Dictionary(uniqueKeysWithValues: districtIDs.map { ($0, names[$0] ?? $0) })
        city = stats(o["city"])
        self.path = path
    }

    /// Ids to plot: `selection` (ids or names) or all districts.
    /// - Throws: `FigureError` for an unknown district.
    public func districtSelection(_ selection: [String]) throws -> [String] {
        if selection.isEmpty { return districtIDs }
        return try selection.map { s in
            if districts[s] != nil { return s }
            if let id = districtIDs.first(where: { districtNames[$0] == s }) { return id }
            throw FigureError("no district \"\(s)\" (have: \(districtIDs.map { "\($0) \(districtNames[$0] ?? "")" }.joined(separator: ", ")))",
                              at: SourceLocation(file: path))
        }
    }

    /// The statistics of `metric` for a district id (or the city when nil).
    /// - Throws: `FigureError` naming the metrics present when `metric` is not.
    public func stats(_ metric: String, district: String?) throws -> Stats {
        let table = district.map { districts[$0] ?? [:] } ?? city
        guard let s = table[metric] else {
            throw FigureError("no metric \"\(metric)\" (have: \(table.keys.sorted().joined(separator: ", ")))", at: SourceLocation(file: path))
        }
        return s
    }

    /// Mean line and p5–p95 band of `metric` per district, values multiplied by `scale` (100 for shares in %).
    /// - Throws: as `stats`.
    public func bands(_ metric: String, districts ids: [String], scale: Double = 1) throws -> [BandSeries] {
        try ids.map { id in
            let s = try stats(metric, district: id)
            func sc(_ a: [Double?]) -> [Double?] { a.map { $0.map { $0 * scale } } }
            return BandSeries(name: districtNames[id] ?? id, x: years.map(Double.init), centre: sc(s.mean), low: sc(s.p5), high: sc(s.p95))
        }
    }

    /// Means of `metric` as a district × year matrix (rows in `ids` order), multiplied by `scale`.
    /// - Throws: as `stats`.
    public func matrix(_ metric: String, districts ids: [String], scale: Double = 1) throws -> [[Double?]] {
        try ids.map { id in try stats(metric, district: id).mean.map { $0.map { $0 * scale } } }
    }

    /// Index of `year` in `years` (the last year when nil).
    /// - Throws: `FigureError` for a year outside the run.
    public func yearIndex(_ year: Int?) throws -> Int {
        guard let year else { return max(0, years.count - 1) }
        guard let i = years.firstIndex(of: year) else {
            throw FigureError("year \(year) is not simulated (\(years.first ?? 0)–\(years.last ?? 0))", at: SourceLocation(file: path))
        }
        return i
    }
}
