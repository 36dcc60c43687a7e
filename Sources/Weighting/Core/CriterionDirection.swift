/// Whether more of a criterion is better (`benefit`, 效益型) or worse (`cost`, 成本型).
public enum CriterionDirection: String, Codable, Sendable, CaseIterable {
    case benefit
    case cost
}
