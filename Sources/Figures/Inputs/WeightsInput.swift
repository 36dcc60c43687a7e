import Data
import Foundation

/// Weights from `stationkit weights … --format json`: `{"method", "criteria": [names], "weights": [numbers]}`.
public struct WeightsInput: Sendable {
    /// Criterion names and their weights (same length).
    public let criteria: [String]
    /// Weights.
    public let weights: [Double]
    /// The method named in the file ("" when absent).
    public let method: String

    /// Parses `path`.
    /// - Throws: `FigureError` when criteria/weights are missing or of different lengths.
    public init(path: String) throws {
        let loc = SourceLocation(file: path)
        guard let o = try JSONInput.load(path) as? [String: Any], let c = o["criteria"] as? [String],
              let w = JSONInput.numbers(o["weights"]) else {
            throw FigureError("expected {\"criteria\": [...], \"weights\": [...]} as `stationkit weights … --format json` writes", at: loc)
        }
        guard c.count == w.count else { throw FigureError("\(c.count) criteria but \(w.count) weights", at: loc) }
        criteria = c
        weights = w.map { $0 ?? .nan }
        method = (o["method"] as? String) ?? ""
    }
}
