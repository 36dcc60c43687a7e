import Data
import Linalg

/// The evaluation items of a dataset bundle as decision matrices: evaluations.csv (station_id, year, item,
/// score) pivoted to one row per station-year and one column per item of framework.csv, in framework order.
///
/// Every item is a benefit criterion (a higher score is better). Values are the written item scores, or with
/// `fractionOfMax` the score divided by the item's `max_score` (so every column is on 0–1, as the planted
/// satisfaction formula of the synthetic bundles uses them).
public enum BundleItems {
    /// One station-year's row of the item panel.
    public struct Key: Sendable, Equatable, Hashable {
        public let station: String
        public let year: Int

        public init(station: String, year: Int) {
            self.station = station
            self.year = year
        }
    }

    /// All station-years with evaluations, in order of first appearance in evaluations.csv.
    ///
    /// - Parameters:
    ///   - bundle: a loaded bundle (`DatasetBundle.load`).
    ///   - fractionOfMax: divide each item by its framework `max_score`.
    /// - Returns: the row keys and the (station-years × items) matrix, alternatives named `station_id:year`.
    /// - Throws: `WeightingError.invalidInput` when the bundle has no framework or no evaluations, or a
    ///   station-year lacks some items (the message names the first such station-year and its missing items);
    ///   `DataError` for a missing column.
    /// - Complexity: O(evaluation rows).
    public static func panel(_ bundle: DatasetBundle, fractionOfMax: Bool = false) throws -> (keys: [Key], matrix: DecisionMatrix) {
        let fw = bundle.table("framework"), ev = bundle.table("evaluations")
        let items = try fw.strings("item").map { $0 ?? "" }
        let maxScores = try fw.doubles("max_score")
        guard !items.isEmpty else { throw WeightingError.invalidInput("\(bundle.directory): the bundle has no framework items") }
        guard ev.rowCount > 0 else { throw WeightingError.invalidInput("\(bundle.directory): the bundle has no evaluations") }
        var column: [String: Int] = [:]
        for (j, item) in items.enumerated() { column[item] = j }
        let stations = try ev.strings("station_id"), years = try ev.ints("year")
        let evItems = try ev.strings("item"), scores = try ev.doubles("score")
        var row: [Key: Int] = [:]
        var keys: [Key] = []
        var cells: [[Double]] = []
        for r in 0..<ev.rowCount {
            guard let s = stations[r], let itemName = evItems[r], let j = column[itemName] else { continue }
            let key = Key(station: s, year: years[r])
            let i: Int
            if let k = row[key] { i = k } else {
                i = keys.count
                row[key] = i
                keys.append(key)
                cells.append([Double](repeating: .nan, count: items.count))
            }
            cells[i][j] = fractionOfMax ? scores[r] / maxScores[j] : scores[r]
        }
        for (i, key) in keys.enumerated() {
            let missing = items.indices.filter { cells[i][$0].isNaN }.map { items[$0] }
            if !missing.isEmpty {
                throw WeightingError.invalidInput(
                    "\(bundle.directory): station \(key.station) in \(key.year) has no score for \(missing.count) "
                        + "of \(items.count) items (\(missing.prefix(5).joined(separator: ", "))"
                        + (missing.count > 5 ? ", …" : "") + "); a decision matrix needs every item")
            }
        }
        let matrix = try DecisionMatrix(alternatives: keys.map { "\($0.station):\($0.year)" }, criteria: items,
                                        rows: cells)
        return (keys, matrix)
    }

    /// The stations × items decision matrix of one year (alternatives named by station id).
    ///
    /// - Parameters:
    ///   - bundle: a loaded bundle.
    ///   - year: the evaluation year; nil = the last year with evaluations.
    ///   - fractionOfMax: divide each item by its framework `max_score`.
    /// - Throws: `WeightingError.invalidInput` when the year has no evaluations (the message lists the years that
    ///   do) or a station lacks items (see `panel`).
    public static func matrix(_ bundle: DatasetBundle, year: Int? = nil, fractionOfMax: Bool = false) throws -> DecisionMatrix {
        let (keys, all) = try panel(bundle, fractionOfMax: fractionOfMax)
        let years = Set(keys.map(\.year)).sorted()
        guard let chosen = year ?? years.last else {
            throw WeightingError.invalidInput("\(bundle.directory): the bundle has no evaluations")
        }
        let rows = keys.indices.filter { keys[$0].year == chosen }
        guard !rows.isEmpty else {
            throw WeightingError.invalidInput(
                "\(bundle.directory): no evaluations in \(chosen); years with evaluations: "
                    + years.map(String.init).joined(separator: ", "))
        }
        var values = Matrix(rows: rows.count, columns: all.criterionCount)
        for j in 0..<all.criterionCount { for (i, r) in rows.enumerated() { values[i, j] = all.values[r, j] } }
        return try DecisionMatrix(alternatives: rows.map { keys[$0].station }, criteria: all.criteria, values: values)
    }
}

extension GradeScale {
    /// The grade scale of a bundle's grades.csv (grade, min_score, label).
    /// - Throws: `WeightingError.invalidInput` when the bundle has no grades or the thresholds are invalid.
    public init(bundle: DatasetBundle) throws {
        let g = bundle.table("grades")
        let ids = try g.strings("grade"), mins = try g.doubles("min_score")
        let labels = g.has("label") ? try g.strings("label") : ids
        try self.init(ids.indices.map { Grade(id: ids[$0] ?? "", minScore: mins[$0], label: labels[$0] ?? "") })
    }
}
