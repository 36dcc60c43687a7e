import Data
import Foundation
import Models
import TestSupport
import XCTest

/// Loads Tests/ModelsTests/Fixtures/ols_reference.json, written by
/// Tests/References/Models/ols_reference.py (statsmodels 0.15.0, linearmodels 7.1, pyfixest 0.60.0).
enum ReferenceFixture {
    static var json: [String: Any] { load("ols_reference.json") }

    /// Tests/ModelsTests/Fixtures/glm_reference.json, written by Tests/References/Models/glm_reference.py.
    static var glm: [String: Any] { load("glm_reference.json") }

    static func load(_ name: String) -> [String: Any] {
        let url = RepositoryPaths.fixture("ModelsTests", name)
        guard let data = try? Foundation.Data(contentsOf: url),
              let object = try? JSONSerialization.jsonObject(with: data) as? [String: Any]
        else { return [:] }
        return object
    }

    /// The object at a key path, e.g. `["grunfeld", "fits", "HC1"]`.
    static func object(_ path: [String], in root: [String: Any]? = nil, file: StaticString = #filePath,
                       line: UInt = #line) -> [String: Any] {
        var o: Any = root ?? json
        for k in path {
            guard let d = o as? [String: Any], let next = d[k] else {
                XCTFail("reference fixture has no \(path)", file: file, line: line)
                return [:]
            }
            o = next
        }
        return o as? [String: Any] ?? [:]
    }

    /// A fixture CSV as a model frame.
    static func frame(_ name: String) throws -> ModelFrame {
        try ModelFrame(CSVReader.table(RepositoryPaths.fixture("ModelsTests", name).path))
    }
}
