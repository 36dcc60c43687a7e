/// `[rollout]`: which streets without a station get one each year.
///
/// Each year the candidate streets are taken in priority order (ties: the region's street order);
/// a street opens when its district and the city both have budget left for their shares of the
/// station's cost at full staffing and neither opening limit is reached.
public struct Rollout: Sendable, Equatable, Codable {
    enum CodingKeys: String, CodingKey {
        case priority
        case maxOpeningsPerDistrict = "max_openings_per_district"
        case maxOpeningsCity = "max_openings_city"
        case order
    }

    /// `priority`: need | urban_first | random | listed (default need).
    public var priority: RolloutPriority = .need
    /// `max_openings_per_district`: new stations per district per year, 0…100,000 (default: no limit).
    public var maxOpeningsPerDistrict: Int?
    /// `max_openings_city`: new stations in the whole city per year, 0…1,000,000 (default: no limit).
    public var maxOpeningsCity: Int?
    /// `order`: street ids for `priority = "listed"`, each at most once (default empty).
    public var order: [String] = []

    public init(priority: RolloutPriority = .need, maxOpeningsPerDistrict: Int? = nil, maxOpeningsCity: Int? = nil,
                order: [String] = []) {
        self.priority = priority
        self.maxOpeningsPerDistrict = maxOpeningsPerDistrict
        self.maxOpeningsCity = maxOpeningsCity
        self.order = order
    }

    func validate(into v: inout ScenarioValidator) {
        if let m = maxOpeningsPerDistrict { v.check(m, 0...100_000, "rollout.max_openings_per_district") }
        if let m = maxOpeningsCity { v.check(m, 0...1_000_000, "rollout.max_openings_city") }
        var seen = Set<String>()
        for (i, id) in order.enumerated() where !seen.insert(id).inserted {
            v.add("rollout.order[\(i)]", "street \(id) is listed twice")
        }
        if priority == .listed && order.isEmpty { v.add("rollout.order", "priority \"listed\" needs a non-empty order") }
    }
}
