/// `[supervision]`: the supervisor pool (督导) shared by all stationed workers.
///
/// Supervision hours per worker in a year = min(`hours_per_worker`, `pool_hours` / workers in the city).
public struct Supervision: Sendable, Equatable, Codable {
    enum CodingKeys: String, CodingKey {
        case poolHours = "pool_hours"
        case hoursPerWorker = "hours_per_worker"
    }

    /// `pool_hours`: supervision hours the city's pool (universities, experts, head stations) gives per year,
    /// 0…10,000,000 (default 10,000).
    public var poolHours: Double = 10_000
    /// `hours_per_worker`: the target hours per worker per year, 0…2,000 (default 24, two a month).
    public var hoursPerWorker: Double = 24

    public init(poolHours: Double = 10_000, hoursPerWorker: Double = 24) {
        self.poolHours = poolHours
        self.hoursPerWorker = hoursPerWorker
    }

    /// Hours per worker given `workers` in the city.
    public func hours(workers: Int) -> Double {
        workers > 0 ? min(hoursPerWorker, poolHours / Double(workers)) : hoursPerWorker
    }

    func validate(into v: inout ScenarioValidator) {
        v.check(poolHours, 0...10_000_000, "supervision.pool_hours", unit: "hours")
        v.check(hoursPerWorker, 0...2000, "supervision.hours_per_worker", unit: "hours")
    }
}
