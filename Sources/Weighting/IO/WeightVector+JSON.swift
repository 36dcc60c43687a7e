import Data
import Foundation

extension WeightVector {
    /// Reads weights written by `stationkit weights … --format json` (keys `criteria` and `weights`;
    /// `method` optional; other keys ignored).
    /// - Throws: `DataError` (missing file → 66, malformed JSON or lengths that disagree → 65).
    public static func read(json path: String) throws -> WeightVector {
        guard let data = FileManager.default.contents(atPath: path) else {
            throw DataError(.missingInput, at: SourceLocation(file: path), "cannot read file")
        }
        struct Loose: Decodable {
            var method: String?
            var criteria: [String]
            var weights: [Double]
        }
        let loose: Loose
        do {
            loose = try JSONDecoder().decode(Loose.self, from: data)
        } catch {
            throw DataError(at: SourceLocation(file: path),
                            "expected a JSON object with arrays \"criteria\" and \"weights\" (\(error))")
        }
        guard loose.criteria.count == loose.weights.count, !loose.criteria.isEmpty else {
            throw DataError(at: SourceLocation(file: path),
                            "\(loose.criteria.count) criteria but \(loose.weights.count) weights")
        }
        return WeightVector(method: loose.method ?? "given", criteria: loose.criteria, weights: loose.weights)
    }
}
