import Foundation
import Weighting

/// The inputs of Tests/References/Weighting/reference.py (keep the two in sync).
enum ReferenceData {
    /// 6 stations × 4 criteria: staff per 10k people, coverage, cost per capita (cost), satisfaction.
    static let rows: [[Double]] = [
        [3.2, 0.85, 12.0, 88],
        [2.1, 0.60, 9.5, 75],
        [4.0, 0.92, 15.0, 91],
        [2.8, 0.70, 8.0, 80],
        [3.5, 0.55, 11.0, 70],
        [1.9, 0.78, 10.5, 85],
    ]
    static let criteria = ["staff", "coverage", "cost", "satisfaction"]
    static let directions: [CriterionDirection] = [.benefit, .benefit, .cost, .benefit]
    /// The weights used by the scoring references.
    static let weights = [0.3, 0.25, 0.2, 0.25]

    static func matrix(allBenefit: Bool = false) throws -> DecisionMatrix {
        try DecisionMatrix(criteria: criteria, rows: rows, directions: allBenefit ? nil : directions)
    }

    /// Writes `text` to a fresh temporary file and returns its path.
    static func temporaryFile(_ text: String, name: String = "input.csv") throws -> String {
        let dir = FileManager.default.temporaryDirectory.appendingPathComponent("weighting-tests-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: dir, withIntermediateDirectories: true)
        let url = dir.appendingPathComponent(name)
        try text.write(to: url, atomically: true, encoding: .utf8)
        return url.path
    }
}
