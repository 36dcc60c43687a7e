import Foundation

/// Typed reads from `JSONSerialization` objects, shared by the reference-fixture tests of this target.
extension Dictionary where Key == String, Value == Any {
    func object(_ key: String) -> [String: Any] { self[key] as? [String: Any] ?? [:] }
    func objects(_ key: String) -> [[String: Any]] { self[key] as? [[String: Any]] ?? [] }
    func double(_ key: String) -> Double { (self[key] as? NSNumber)?.doubleValue ?? .nan }
    func int(_ key: String) -> Int { (self[key] as? NSNumber)?.intValue ?? Int.min }
    /// Numbers of an array; JSON null (a missing value, R's NA) becomes NaN, so indices are kept.
    func doubles(_ key: String) -> [Double] { (self[key] as? [Any])?.map { ($0 as? NSNumber)?.doubleValue ?? .nan } ?? [] }
    func ints(_ key: String) -> [Int] { (self[key] as? [NSNumber])?.map(\.intValue) ?? [] }
    func strings(_ key: String) -> [String] { self[key] as? [String] ?? [] }
    func string(_ key: String) -> String { self[key] as? String ?? "" }
}
