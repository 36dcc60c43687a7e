extension Region {
    /// Districts that hold no street (a functional zone listed in districts.csv without streets, say).
    ///
    /// The simulation runs over them, but every ratio of theirs (coverage, village coverage, city share of
    /// cost, mean score) is 0 ÷ 0: results leave those cells missing (empty in CSV, null in JSON, n = 0) and
    /// equity indices skip them, so callers should say so rather than let an empty column surprise a reader.
    /// - Complexity: O(streets + districts).
    public var districtsWithoutStreets: [District] {
        var hasStreet = [Bool](repeating: false, count: districts.count)
        for s in streets where districts.indices.contains(s.district) { hasStreet[s.district] = true }
        return districts.indices.filter { !hasStreet[$0] }.map { districts[$0] }
    }
}
