/// patsy's rule for coding categorical factors so that the design has full rank
/// (patsy `redundancy.py`, `pick_contrasts_for_term`).
///
/// Terms are grouped into buckets by their set of numeric factors (the bucket without numeric factors
/// first, the others in order of first appearance), sorted by degree within a bucket. Each term expands
/// into the subterms of its categorical factors, e.g. `a:b → 1 + a⁻ + b⁻ + a⁻:b⁻` (⁻ = treatment contrast,
/// dropping the reference level), drops the subterms an earlier term of the bucket already spans, and
/// merges the rest greedily (`1 + a⁻ → a⁺`, ⁺ = one indicator per level). This reproduces
/// statsmodels' column sets and names (`C(g)[T.b]` for reduced coding, `C(g)[b]` for full coding).
///
/// Reference: patsy documentation, "Coding categorical data" / "How formulas are interpreted".
enum RedundancyCoding {
    /// A factor with its coding: `full` = one column per level, otherwise treatment contrasts.
    struct CodedFactor: Hashable {
        var factor: Factor
        var full: Bool
    }

    /// The coded categorical factors of one subterm.
    typealias Subterm = Set<CodedFactor>

    /// Orders the terms as patsy does (intercept term = no factors first in its bucket).
    /// - Parameter isNumeric: whether a factor is numeric.
    static func orderedBuckets(_ terms: [Term], isNumeric: (Factor) -> Bool) -> [[Term]] {
        var bucketKeys: [Set<Factor>] = []
        var buckets: [Set<Factor>: [Term]] = [:]
        for t in terms {
            let key = Set(t.factors.filter(isNumeric))
            if buckets[key] == nil { bucketKeys.append(key) }
            buckets[key, default: []].append(t)
        }
        if let i = bucketKeys.firstIndex(of: []) {
            bucketKeys.remove(at: i)
            bucketKeys.insert([], at: 0)
        }
        return bucketKeys.map { key in
            // Stable sort by degree (Swift's sort is stable since 5).
            (buckets[key] ?? []).enumerated().sorted { a, b in
                (a.element.factors.count, a.offset) < (b.element.factors.count, b.offset)
            }.map(\.element)
        }
    }

    /// The subterms (codings of the categorical factors) of `term`, updating the bucket's `used` set.
    static func codings(for term: Term, isNumeric: (Factor) -> Bool, used: inout Set<Subterm>) -> [[Factor: Bool]] {
        let categorical = term.factors.filter { !isNumeric($0) }
        var subterms: [Subterm] = []
        for subset in sortedSubsets(categorical) {
            let s = Subterm(subset.map { CodedFactor(factor: $0, full: false) })
            if !used.contains(s) { subterms.append(s) }
        }
        used.formUnion(subterms)
        simplify(&subterms)
        return subterms.map { s in
            var coding: [Factor: Bool] = [:]
            for c in s { coding[c.factor] = c.full }
            return coding
        }
    }

    /// All subsets, shorter first, ties in the order of the factors' positions (patsy `_subsets_sorted`).
    static func sortedSubsets(_ items: [Factor]) -> [[Factor]] {
        var subsets: [[Int]] = [[]]
        for i in items.indices { subsets += subsets.map { $0 + [i] } }
        subsets.sort { a, b in a.count != b.count ? a.count < b.count : a.lexicographicallyPrecedes(b) }
        return subsets.map { $0.map { items[$0] } }
    }

    /// Greedy left-to-right merging of a subterm into a longer one that extends it by one reduced factor.
    static func simplify(_ subterms: inout [Subterm]) {
        var changed = true
        while changed {
            changed = false
            search: for shortIndex in subterms.indices {
                let short = subterms[shortIndex]
                for longIndex in (shortIndex + 1)..<subterms.count {
                    let long = subterms[longIndex]
                    guard long.count - short.count == 1, long.isSuperset(of: short),
                          let extra = long.subtracting(short).first, !extra.full
                    else { continue }
                    var merged = short
                    merged.insert(CodedFactor(factor: extra.factor, full: true))
                    subterms[longIndex] = merged
                    subterms.remove(at: shortIndex)
                    changed = true
                    break search
                }
            }
        }
    }
}
