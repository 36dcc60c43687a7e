/// `[coverage]`: how far a station's workers reach and whom they serve.
///
/// A street is covered when its station is open and has at least one worker. Villages reached
/// = min(villages, `villages_per_worker` × workers). People served in group g
/// = `target_shares.g` × residents of group g × villages reached ÷ villages (all of them when the
/// street lists no villages).
public struct CoverageModel: Sendable, Equatable, Codable {
    enum CodingKeys: String, CodingKey {
        case villagesPerWorker = "villages_per_worker"
        case targetShares = "target_shares"
    }

    /// `villages_per_worker`: villages/communities (村/居) one worker can reach in a year, 0…1000 (default 4).
    public var villagesPerWorker: Double = 4
    /// `target_shares`: share of each reached target group that is served, each 0…1
    /// (default elderly 0.1, children 0.05, low_income 0.6).
    public var targetShares = TargetShares()

    public init() {}

    func validate(into v: inout ScenarioValidator) {
        v.check(villagesPerWorker, 0...1000, "coverage.villages_per_worker")
        v.check(targetShares.elderly, 0...1, "coverage.target_shares.elderly")
        v.check(targetShares.children, 0...1, "coverage.target_shares.children")
        v.check(targetShares.lowIncome, 0...1, "coverage.target_shares.low_income")
    }
}

/// Shares of the three target groups served where a station reaches.
public struct TargetShares: Sendable, Equatable, Codable {
    enum CodingKeys: String, CodingKey {
        case elderly
        case children
        case lowIncome = "low_income"
    }

    /// `elderly`: share of reached residents aged 60+ who are served (default 0.1).
    public var elderly: Double = 0.1
    /// `children`: share of reached residents aged 0–17 who are served (default 0.05).
    public var children: Double = 0.05
    /// `low_income`: share of reached 低保/特困 recipients who are served (default 0.6).
    public var lowIncome: Double = 0.6

    public init(elderly: Double = 0.1, children: Double = 0.05, lowIncome: Double = 0.6) {
        self.elderly = elderly
        self.children = children
        self.lowIncome = lowIncome
    }
}
