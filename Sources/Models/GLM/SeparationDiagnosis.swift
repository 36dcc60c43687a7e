import Foundation
import Linalg

/// Finds the regressors that by themselves separate a binary (or count) response, so that a failed
/// logit, probit, cloglog or Poisson fit can name the variable to drop or merge.
///
/// A column x separates a binomial response (proportions yᵢ ∈ [0, 1]) upwards when
/// max{xᵢ : yᵢ < 1} ≤ min{xᵢ : yᵢ > 0} and x is not constant: every observation with some failures
/// lies at or below every observation with some successes, so the likelihood keeps growing as its
/// coefficient → +∞ (complete separation when the inequality is strict, quasi-complete when equal);
/// downwards with the roles swapped. A column separates a Poisson response when every observation
/// with yᵢ > 0 sits at the column's minimum (or maximum) and some yᵢ = 0 do not: the coefficient
/// → −∞ (or +∞) drives those means to 0. A 0/1 dummy of a category whose observations all succeed
/// (or all have zero counts) is the common case.
///
/// Only single columns are checked (O(n · k)); a separating combination of several columns is not named.
///
/// Reference: A. Albert and J. A. Anderson, "On the existence of maximum likelihood estimates in
/// logistic regression models", Biometrika 71(1), 1–10, 1984; J. M. C. Santos Silva and S. Tenreyro,
/// "On the existence of the maximum likelihood estimates in Poisson regression", Economics Letters
/// 107(2), 310–312, 2010.
enum SeparationDiagnosis {
    /// One separating column and a sentence describing how it separates the response.
    struct Finding: Equatable {
        var column: String
        var explanation: String
    }

    /// The columns among `columns` of `x` (named `names`) that separate `y` on their own.
    /// - Parameters:
    ///   - x: the design (n × k).
    ///   - y: the response (proportions for binomial, counts for Poisson).
    ///   - names: column names of `x`.
    ///   - success: how the explanation says "all successes" (`passed = 1`, or `only successes` with trials).
    ///   - failure: how it says "all failures" (binomial) or "a zero count" (Poisson): `passed = 0`, `cases = 0`.
    ///   - binomial: binomial (true) or count (false) response.
    static func separatingColumns(x: Matrix, y: [Double], names: [String], success: String, failure: String,
                                  binomial: Bool) -> [Finding] {
        let n = min(x.rows, y.count)
        guard n > 0 else { return [] }
        var found: [Finding] = []
        for j in 0..<min(x.columns, names.count) {
            let column = (0..<n).map { x[$0, j] }
            guard let lo = column.min(), let hi = column.max(), lo < hi, column.allSatisfy(\.isFinite) else { continue }
            let name = names[j]
            if binomial {
                let successes = (0..<n).filter { y[$0] > 0 }.map { column[$0] }
                let failures = (0..<n).filter { y[$0] < 1 }.map { column[$0] }
                guard let sMin = successes.min(), let sMax = successes.max(),
                      let fMin = failures.min(), let fMax = failures.max() else { continue }
                // Clauses about values beyond the data (x > max) say nothing and are left out.
                if fMax <= sMin {
                    found.append(Finding(column: name, explanation: sentence(
                        fMax < hi ? "every observation with \(name) > \(format(fMax)) has \(success)" : nil,
                        sMin > lo ? "every one with \(name) < \(format(sMin)) has \(failure)" : nil)))
                } else if sMax <= fMin {
                    found.append(Finding(column: name, explanation: sentence(
                        fMin > lo ? "every observation with \(name) < \(format(fMin)) has \(success)" : nil,
                        sMax < hi ? "every one with \(name) > \(format(sMax)) has \(failure)" : nil)))
                }
            } else {
                let positive = (0..<n).filter { y[$0] > 0 }.map { column[$0] }
                guard !positive.isEmpty else { continue }
                if positive.allSatisfy({ $0 == lo }) {
                    found.append(Finding(column: name, explanation: "every observation with \(name) > \(format(lo)) "
                        + "has \(failure)"))
                } else if positive.allSatisfy({ $0 == hi }) {
                    found.append(Finding(column: name, explanation: "every observation with \(name) < \(format(hi)) "
                        + "has \(failure)"))
                }
            }
        }
        return found
    }

    /// "A and B", or the one clause given (with "every one" read as "every observation").
    private static func sentence(_ a: String?, _ b: String?) -> String {
        switch (a, b) {
        case let (a?, b?): return a + " and " + b
        case let (a?, nil): return a
        case let (nil, b?): return b.replacingOccurrences(of: "every one", with: "every observation")
        case (nil, nil): return ""
        }
    }

    /// Shortest text for a number (`6`, `0.5`), as people wrote it in the data.
    private static func format(_ v: Double) -> String {
        v == v.rounded() && abs(v) < 1e15 ? String(Int(v)) : String(v)
    }
}
