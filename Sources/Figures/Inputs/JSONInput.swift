import Data
import Foundation

/// Reads a JSON file into Foundation values, with errors that name the file.
enum JSONInput {
    /// The parsed top-level value of `path`.
    /// - Throws: `DataError` (.missingInput) when unreadable, `FigureError` when not JSON.
    static func load(_ path: String) throws -> Any {
        guard let data = FileManager.default.contents(atPath: path) else {
            throw DataError(.missingInput, at: SourceLocation(file: path), "cannot read the file")
        }
        do {
            return try JSONSerialization.jsonObject(with: data, options: [.fragmentsAllowed])
        } catch {
            throw FigureError("not valid JSON (\(error.localizedDescription))", at: SourceLocation(file: path))
        }
    }

    /// A number (nil for null or missing).
    static func number(_ v: Any?) -> Double? {
        if let n = v as? NSNumber, !(v is Bool) { return n.doubleValue.isFinite ? n.doubleValue : nil }
        if let d = v as? Double { return d.isFinite ? d : nil }
        if let i = v as? Int { return Double(i) }
        return nil
    }

    /// An array of numbers-or-null.
    static func numbers(_ v: Any?) -> [Double?]? {
        guard let a = v as? [Any] else { return nil }
        return a.map { number($0) }
    }
}
