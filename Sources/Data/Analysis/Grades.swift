/// Grade thresholds from grades.csv.
struct Grades {
    /// (grade, min_score) by decreasing min_score.
    let levels: [(String, Double)]

    init(_ b: DatasetBundle) throws {
        let g = b.table("grades")
        levels = zip(try g.strings("grade"), try g.doubles("min_score"))
            .compactMap { id, m in id.map { ($0, m) } }
            .sorted { $0.1 > $1.1 }
    }

    /// The grade of a total score (nil when missing or below every threshold).
    func grade(_ score: Double) -> String? {
        guard !score.isNaN else { return nil }
        return levels.first { score >= $0.1 }?.0
    }

    /// Grade ids in threshold order (best first).
    var ids: [String] { levels.map(\.0) }
}
