/// Evaluation totals, first-level subtotals and grades per station-year.
enum Scores {
    /// (station_id, year, total_score, score_<area>…, grade) and the areas in framework order.
    /// Totals are exact decimal sums of the item scores (`DecimalTotals`): 12.3 + 63.6 is 75.9.
    static func byStationYear(_ b: DatasetBundle) throws -> (Table, [String]) {
        let fw = b.table("framework")
        var ev = try b.table("evaluations").joined(with: fw.selecting(["item", "level1"]), on: ["item"], kind: .left)
        let raw = try ev.doubles("score")
        let places = DecimalTotals.places(raw)
        if let d = places { try ev.set("score", .double(DecimalTotals.scaled(raw, places: d))) }
        var out = try ev.grouped(by: ["station_id", "year"], [Aggregation(.sum, "score", as: "total_score")])
        var areas: [String] = []
        for case let a? in try fw.strings("level1") where !areas.contains(a) { areas.append(a) }
        let level1 = try ev.strings("level1")
        for a in areas {
            let part = try ev.filtered(level1.map { $0 == a }).grouped(by: ["station_id", "year"], [Aggregation(.sum, "score", as: "score_\(a)")])
            out = try out.joined(with: part, on: ["station_id", "year"], kind: .left)
        }
        if let d = places {
            let scale = DecimalTotals.scale(d)
            for c in ["total_score"] + areas.map({ "score_\($0)" }) {
                try out.set(c, .double(try out.doubles(c).map { $0 / scale }))
            }
        }
        let thresholds = try Grades(b)
        try out.append("grade", .string(StringColumn(try out.doubles("total_score").map(thresholds.grade))))
        return (out, areas)
    }
}
