import Data

/// One varied scenario key and the values it takes (TOML literals as typed: `0.6`, `"need"`, `need`).
public struct SweepAxis: Sendable, Equatable {
    /// Dotted scenario key, e.g. `funding.city_share`.
    public var key: String
    public var values: [String]

    public init(key: String, values: [String]) {
        self.key = key
        self.values = values
    }

    /// Parses `KEY=V1,V2,…` (the `--vary` syntax).
    /// - Throws: `SweepError` when there is no `=` or no value.
    public init(parsing text: String) throws {
        guard let eq = text.firstIndex(of: "=") else { throw SweepError("--vary \(text): expected KEY=V1,V2,…") }
        key = String(text[..<eq]).trimmingWhitespace
        values = text[text.index(after: eq)...].split(separator: ",").map { String($0).trimmingWhitespace }
        if key.isEmpty || values.isEmpty || values.contains("") {
            throw SweepError("--vary \(text): expected KEY=V1,V2,… with non-empty values")
        }
    }
}

/// A grid of scenarios: the base scenario with every combination of the axes' values (the first axis
/// varies slowest). All points run with the same seed, so they share common random numbers: each
/// street-year sees the same random draws at every point, and differences between points come from the
/// parameters, not from sampling noise.
public struct Sweep: Sendable {
    /// One grid point: the values set (key, literal) in axis order, and the resulting scenario.
    public struct Point: Sendable {
        public var settings: [(key: String, value: String)]
        public var scenario: Scenario
    }

    public let axes: [SweepAxis]
    public let points: [Point]

    /// Builds and validates every grid point.
    /// - Throws: `SweepError` for no axes or a repeated key; `DataErrors` for an unknown key or an
    ///   out-of-range value (located in `--vary KEY=VALUE`).
    public init(base: Scenario, axes: [SweepAxis]) throws {
        guard !axes.isEmpty else { throw SweepError("a sweep needs at least one --vary KEY=V1,V2,…") }
        var seen = Set<String>()
        for a in axes where !seen.insert(a.key).inserted { throw SweepError("--vary \(a.key) is given twice") }
        var points = [Point(settings: [], scenario: base)]
        for axis in axes {
            var next: [Point] = []
            for p in points {
                for v in axis.values {
                    next.append(Point(settings: p.settings + [(axis.key, v)], scenario: try p.scenario.setting(axis.key, to: v)))
                }
            }
            points = next
        }
        self.axes = axes
        self.points = points
    }

    /// Runs every point over `region` with the same seed (common random numbers).
    /// - Parameter progress: called with the number of finished runs over all points.
    /// - Throws: `ScenarioError` when a point names districts or streets the region lacks.
    public func run(region: Region, seed: UInt64, runs: Int? = nil, threads: Int = 1,
                    progress: (@Sendable (Int) -> Void)? = nil) throws -> SweepResult {
        var results: [SimulationResult] = []
        var done = 0
        for p in points {
            let offset = done
            let count = runs ?? p.scenario.horizon.runs
            var shifted: (@Sendable (Int) -> Void)?
            if let progress { shifted = { progress(offset + $0) } }
            let r = try Simulator(scenario: p.scenario, region: region)
                .run(seed: seed, runs: count, threads: threads, progress: shifted)
            done += count
            results.append(r)
        }
        return SweepResult(axes: axes, settings: points.map { $0.settings.map(\.value) }, results: results)
    }
}

/// A sweep could not be set up (exit status 65).
public struct SweepError: StationKitError, Equatable, Sendable {
    public var message: String
    public init(_ message: String) { self.message = message }
    public var exitStatus: ExitStatus { .dataError }
    public var description: String { message }
}

extension String {
    var trimmingWhitespace: String {
        var s = Substring(self)
        while let f = s.first, f.isWhitespace { s.removeFirst() }
        while let l = s.last, l.isWhitespace { s.removeLast() }
        return String(s)
    }
}
