/// The stable JSON of one fitted coverage curve (`stationkit fit curve --format json`, snake_case keys):
/// group, curve, n, parameters [{name, estimate, std_error}], residual_variance, ssr, origin, iterations,
/// last_change, target {coverage, time, std_error, low, high, level} (null when the fitted ceiling is at or below
/// the target).
public struct CoverageCurveReport: Sendable, Encodable {
    /// One parameter.
    public struct Parameter: Sendable, Encodable {
        public let name: String
        public let estimate: Double
        public let stdError: Double
    }

    /// When coverage reaches the target, with its delta-method interval.
    public struct Target: Sendable, Encodable {
        public let coverage, time, stdError, low, high, level: Double
    }

    public let group: String?
    public let curve: String
    public let n: Int
    public let parameters: [Parameter]
    public let residualVariance, ssr, origin: Double
    public let iterations: Int
    public let lastChange: Double
    public let target: Nullable<Target>

    /// The report of a fit, with the time to `target` coverage at `level`.
    /// - Throws: `ModelError.invalidData` for a target ≤ 0 or a level outside (0, 1).
    public init(_ f: CoverageCurveFit, target coverage: Double, level: Double) throws {
        group = f.group
        curve = f.curve.rawValue
        n = f.observationCount
        parameters = f.parameterNames.indices.map {
            Parameter(name: f.parameterNames[$0], estimate: f.estimates[$0], stdError: f.standardErrors[$0])
        }
        residualVariance = f.residualVariance
        ssr = f.ssr
        origin = f.origin
        iterations = f.iterations
        lastChange = f.lastChange
        target = Nullable(try f.timeToTarget(coverage, level: level).map {
            Target(coverage: coverage, time: $0.time, stdError: $0.standardError, low: $0.low, high: $0.high, level: level)
        })
    }
}
