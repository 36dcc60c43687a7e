import Data
import Foundation

/// Event-study coefficients from `stationkit did --format json` (layout in Sources/Models/DiD/DiDReport.swift):
/// Callaway–Sant'Anna `aggregate.dynamic[{e, att, conf_low, conf_high}]`, or TWFE `event_study[{e, coef, …}]`.
public enum EventStudyInput {
    /// The points of `path`.
    /// - Throws: `FigureError` when the file holds neither layout.
    public static func points(path: String) throws -> [EventStudyChart.Point] {
        let loc = SourceLocation(file: path)
        guard let o = try JSONInput.load(path) as? [String: Any] else {
            throw FigureError("expected a JSON object as `stationkit did --format json` writes", at: loc)
        }
        let rows: [[String: Any]]
        let key: String
        if let a = (o["aggregate"] as? [String: Any])?["dynamic"] as? [[String: Any]] {
            rows = a
            key = "att"
        } else if let a = o["event_study"] as? [[String: Any]] {
            rows = a
            key = "coef"
        } else {
            throw FigureError("no event study: expected \"aggregate\".\"dynamic\" (method cs) or \"event_study\" (method twfe)", at: loc)
        }
        return try rows.map { r in
            guard let e = JSONInput.number(r["e"]) else { throw FigureError("an event-study row has no \"e\"", at: loc) }
            return EventStudyChart.Point(e: Int(e.rounded()), estimate: JSONInput.number(r[key]),
                                         low: JSONInput.number(r["conf_low"]), high: JSONInput.number(r["conf_high"]))
        }
    }
}
