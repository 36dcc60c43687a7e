/// How the city's share of a station's yearly cost is set (市、区两级分担).
public enum FundingPolicy: String, Sendable, Equatable, Codable, CaseIterable {
    /// One share for every station: `city_share`.
    case uniform
    /// The share rises as the district's fiscal capacity per resident falls (tiers or a slope).
    case capacity
    /// The share rises with the district's target population per resident (elderly, children, low income).
    case need
    /// `city_share` plus a bonus (or malus) for the station's grade last year.
    case performance
}

/// One step of the `capacity` policy: districts whose relative fiscal capacity is below `below` get `share`.
public struct CapacityTier: Sendable, Equatable, Codable {
    /// `below`: relative fiscal capacity per resident (district ÷ city, 1 = city average), exclusive bound, > 0.
    public var below: Double
    /// `share`: the city's share of station cost for these districts, 0…1.
    public var share: Double

    public init(below: Double, share: Double) {
        self.below = below
        self.share = share
    }
}
