/// Random consistency indices RI(n) for the AHP consistency ratio CR = CI / RI.
///
/// Tables differ between sources (they are Monte Carlo averages of CI over random reciprocal matrices):
/// - `saaty1980`: Saaty, *The Analytic Hierarchy Process* (McGraw-Hill 1980), as reproduced in most Chinese
///   AHP texts (e.g. 许树柏《层次分析法原理》1988): n = 1…15 → 0, 0, 0.58, 0.90, 1.12, 1.24, 1.32, 1.41, 1.45,
///   1.49, 1.51, 1.54, 1.56, 1.58, 1.59. The default, because it is what Chinese evaluation papers use.
/// - `saaty2005`: Saaty, *Theory and Applications of the Analytic Network Process* (RWS 2005), p. 31, as ahpy 2.1
///   `random_index='saaty'`: n = 3…15 → 0.52, 0.89, 1.11, 1.25, 1.35, 1.40, 1.45, 1.49, 1.52, 1.54, 1.56, 1.58, 1.59.
/// - `doneganDodd`: Donegan & Dodd, "A note on Saaty's random indexes", *Mathematical and Computer Modelling*
///   15(10):135–137 (1991), ahpy 2.1's default: n = 3…20, 25, 30, 40, …, 100, linearly interpolated between
///   tabulated sizes as ahpy does.
public enum RandomIndexTable: String, Codable, Sendable, CaseIterable {
    case saaty1980
    case saaty2005
    case doneganDodd

    private var table: [(n: Int, ri: Double)] {
        switch self {
        case .saaty1980:
            return [(3, 0.58), (4, 0.90), (5, 1.12), (6, 1.24), (7, 1.32), (8, 1.41), (9, 1.45), (10, 1.49),
                    (11, 1.51), (12, 1.54), (13, 1.56), (14, 1.58), (15, 1.59)]
        case .saaty2005:
            return [(3, 0.52), (4, 0.89), (5, 1.11), (6, 1.25), (7, 1.35), (8, 1.40), (9, 1.45), (10, 1.49),
                    (11, 1.52), (12, 1.54), (13, 1.56), (14, 1.58), (15, 1.59)]
        case .doneganDodd:
            return [(3, 0.4914), (4, 0.8286), (5, 1.0591), (6, 1.1797), (7, 1.2519), (8, 1.3171), (9, 1.3733),
                    (10, 1.4055), (11, 1.4213), (12, 1.4497), (13, 1.4643), (14, 1.4822), (15, 1.4969),
                    (16, 1.5078), (17, 1.5153), (18, 1.5262), (19, 1.5313), (20, 1.5371), (25, 1.5619),
                    (30, 1.5772), (40, 1.5976), (50, 1.6102), (60, 1.6178), (70, 1.6237), (80, 1.6277),
                    (90, 1.6213), (100, 1.6339)]
        }
    }

    /// RI(n); 0 for n ≤ 2 (every reciprocal 1×1 or 2×2 matrix is consistent).
    /// - Throws: `WeightingError.invalidInput` when n is beyond the table (15 for Saaty's, 100 for Donegan–Dodd).
    public func value(for n: Int) throws -> Double {
        if n <= 2 { return 0 }
        let t = table
        if let exact = t.first(where: { $0.n == n }) { return exact.ri }
        guard let upper = t.firstIndex(where: { $0.n > n }), upper > 0 else {
            throw WeightingError.invalidInput(
                "no random index for n = \(n) in the \(rawValue) table (it stops at n = \(t.last?.n ?? 0))")
        }
        let lo = t[upper - 1], hi = t[upper]
        return lo.ri + (hi.ri - lo.ri) * Double(n - lo.n) / Double(hi.n - lo.n)
    }
}
