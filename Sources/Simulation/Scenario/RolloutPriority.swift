/// The order in which streets without a station get one.
public enum RolloutPriority: String, Sendable, Equatable, Codable, CaseIterable {
    /// Highest need index first: elderly·w_e + children·w_c + low_income·w_l (the funding need weights).
    case need
    /// Urban streets (街道) before towns (镇), each by population, largest first.
    case urbanFirst = "urban_first"
    /// A random order, drawn once per run.
    case random
    /// The street ids of `rollout.order`, in that order; unlisted streets do not open.
    case listed
}
