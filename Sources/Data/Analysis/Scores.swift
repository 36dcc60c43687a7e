/// Evaluation totals, first-level subtotals and grades per station-year.
enum Scores {
    /// (station_id, year, total_score, score_<area>…, grade) and the areas in framework order.
    static func byStationYear(_ b: DatasetBundle) throws -> (Table, [String]) {
        let fw = b.table("framework")
        let ev = try b.table("evaluations").joined(with: fw.selecting(["item", "level1"]), on: ["item"], kind: .left)
        var out = try ev.grouped(by: ["station_id", "year"], [Aggregation(.sum, "score", as: "total_score")])
        var areas: [String] = []
        for case let a? in try fw.strings("level1") where !areas.contains(a) { areas.append(a) }
        let level1 = try ev.strings("level1")
        for a in areas {
            let part = try ev.filtered(level1.map { $0 == a }).grouped(by: ["station_id", "year"], [Aggregation(.sum, "score", as: "score_\(a)")])
            out = try out.joined(with: part, on: ["station_id", "year"], kind: .left)
        }
        let thresholds = try Grades(b)
        try out.append("grade", .string(StringColumn(try out.doubles("total_score").map(thresholds.grade))))
        return (out, areas)
    }
}
