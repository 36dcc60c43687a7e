/// `[staffing]`: posts, pay, hiring and turnover of stationed social workers (驻站社工).
///
/// Each year, in a station: every worker leaves with probability
/// `turnover_d × (1 + pay_sensitivity × max(0, (reference_salary − salary_d) / reference_salary))`
/// (capped at 1); then every vacant post (target − staff) is filled with probability
/// `hiring_probability`, as long as the district's pool of candidates for the year lasts
/// (pool = `pool_per_100k` × district population / 100,000, rounded down, unless overridden).
public struct Staffing: Sendable, Equatable, Codable {
    enum CodingKeys: String, CodingKey {
        case targetPerStation = "target_per_station"
        case salary
        case salaryByDistrict = "salary_by_district"
        case referenceSalary = "reference_salary"
        case hiringProbability = "hiring_probability"
        case poolPer100k = "pool_per_100k"
        case poolByDistrict = "pool_by_district"
        case turnover
        case turnoverByDistrict = "turnover_by_district"
        case paySensitivity = "pay_sensitivity"
        case initialStaff = "initial_staff"
    }

    /// `target_per_station`: posts per station, 1…100 (default 3; ≈2.4–2.9 nationally, Guangdong funded 3).
    public var targetPerStation: Int = 3
    /// `salary`: cost of one worker, 万元 per year, 0…100 (default 5, ≈¥50,000 as in Guangdong).
    public var salary: Double = 5
    /// `salary_by_district`: `{district_id = 万元 per year}` overrides (default none).
    public var salaryByDistrict: [String: Double] = [:]
    /// `reference_salary`: market pay that turnover compares with, 万元 per year, > 0…100 (default 5).
    public var referenceSalary: Double = 5
    /// `hiring_probability`: chance a vacant post is filled within the year, 0…1 (default 0.8).
    public var hiringProbability: Double = 0.8
    /// `pool_per_100k`: candidates a district can hire per year per 100,000 residents, 0…10,000 (default 10).
    public var poolPer100k: Double = 10
    /// `pool_by_district`: `{district_id = candidates per year}` overrides (default none).
    public var poolByDistrict: [String: Int] = [:]
    /// `turnover`: yearly probability that a worker leaves, 0…1 (default 0.175; 15–20% in Chinese cities).
    public var turnover: Double = 0.175
    /// `turnover_by_district`: `{district_id = probability}` overrides (default none).
    public var turnoverByDistrict: [String: Double] = [:]
    /// `pay_sensitivity`: relative rise of turnover per relative pay gap, 0…100 (default 1: pay 20% below
    /// the reference raises turnover by 20%).
    public var paySensitivity: Double = 1
    /// `initial_staff`: workers in stations already open at the start, 0…target (default: the target).
    public var initialStaff: Int?

    public init() {}

    /// The salary in a district (万元 per year).
    public func salary(in district: String) -> Double { salaryByDistrict[district] ?? salary }

    /// The yearly leaving probability in a district, after the pay effect, in [0, 1].
    public func turnover(in district: String) -> Double {
        let base = turnoverByDistrict[district] ?? turnover
        let gap = max(0, (referenceSalary - salary(in: district)) / referenceSalary)
        return min(1, base * (1 + paySensitivity * gap))
    }

    func validate(into v: inout ScenarioValidator) {
        v.check(targetPerStation, 1...100, "staffing.target_per_station")
        v.check(salary, 0...100, "staffing.salary", unit: "万元")
        for (d, s) in salaryByDistrict.sorted(by: { $0.key < $1.key }) {
            v.check(s, 0...100, "staffing.salary_by_district.\(d)", unit: "万元")
        }
        v.check(referenceSalary, 1e-9...100, "staffing.reference_salary", unit: "万元")
        v.check(hiringProbability, 0...1, "staffing.hiring_probability")
        v.check(poolPer100k, 0...10_000, "staffing.pool_per_100k")
        for (d, p) in poolByDistrict.sorted(by: { $0.key < $1.key }) {
            v.check(p, 0...1_000_000, "staffing.pool_by_district.\(d)")
        }
        v.check(turnover, 0...1, "staffing.turnover")
        for (d, t) in turnoverByDistrict.sorted(by: { $0.key < $1.key }) {
            v.check(t, 0...1, "staffing.turnover_by_district.\(d)")
        }
        v.check(paySensitivity, 0...100, "staffing.pay_sensitivity")
        if let s = initialStaff { v.check(s, 0...targetPerStation, "staffing.initial_staff") }
    }
}
