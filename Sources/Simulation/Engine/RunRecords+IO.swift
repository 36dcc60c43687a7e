import Data
import Foundation

extension RunRecords {
    /// The records as JSON (sorted keys; undefined values null), the file `simulate --shard` writes.
    public func json() throws -> String {
        let encoder = JSONEncoder()
        encoder.outputFormatting = [.sortedKeys]
        return String(decoding: try encoder.encode(self), as: UTF8.self) + "\n"
    }

    /// Reads a records file written by `json()`.
    /// - Throws: `DataError` (`.missingInput` when unreadable, `.invalid` when not a records file).
    public static func read(path: String) throws -> RunRecords {
        guard let data = FileManager.default.contents(atPath: path) else {
            throw DataError(.missingInput, at: SourceLocation(file: path), "cannot read the file (missing or unreadable)")
        }
        do {
            return try JSONDecoder().decode(RunRecords.self, from: data)
        } catch {
            throw DataError(at: SourceLocation(file: path), "not a run records file of `simulate --shard`: \(error)")
        }
    }
}
