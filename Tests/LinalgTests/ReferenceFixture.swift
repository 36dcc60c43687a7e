import Foundation
import Linalg
import TestSupport
import XCTest

/// Inputs and expected values written once by Tests/References/Linalg/linalg_reference.py
/// (numpy 2.4.6 / scipy 1.17.1) into Tests/LinalgTests/Fixtures/linalg_reference.json.
struct ReferenceFixture {
    private let groups: [String: Any]

    /// Loads the fixture; fails the calling test (rather than crashing) when it is missing or malformed.
    static func load(file: StaticString = #filePath, line: UInt = #line) throws -> ReferenceFixture {
        let url = RepositoryPaths.fixture("LinalgTests", "linalg_reference.json")
        let object = try JSONSerialization.jsonObject(with: Data(contentsOf: url))
        guard let groups = object as? [String: Any] else {
            XCTFail("fixture is not a JSON object", file: file, line: line)
            throw CocoaError(.fileReadCorruptFile)
        }
        return ReferenceFixture(groups: groups)
    }

    /// One group (`"lu"`, `"cholesky"`, …).
    func group(_ name: String) throws -> Group {
        guard let g = groups[name] as? [String: Any] else { throw FixtureError.missing(name) }
        return Group(name: name, values: g)
    }

    enum FixtureError: Error { case missing(String) }

    struct Group {
        let name: String
        let values: [String: Any]

        func scalar(_ key: String) throws -> Double {
            guard let v = values[key] as? NSNumber else { throw FixtureError.missing("\(name).\(key)") }
            return v.doubleValue
        }

        func integer(_ key: String) throws -> Int {
            guard let v = values[key] as? NSNumber else { throw FixtureError.missing("\(name).\(key)") }
            return v.intValue
        }

        func vector(_ key: String) throws -> [Double] {
            guard let v = values[key] as? [NSNumber] else { throw FixtureError.missing("\(name).\(key)") }
            return v.map(\.doubleValue)
        }

        func integers(_ key: String) throws -> [Int] {
            try vector(key).map { Int($0) }
        }

        /// A matrix stored as a list of rows.
        func matrix(_ key: String) throws -> Matrix {
            guard let rows = values[key] as? [[NSNumber]] else { throw FixtureError.missing("\(name).\(key)") }
            return try Matrix(rows.map { $0.map(\.doubleValue) })
        }
    }
}

/// Asserts that two matrices agree column by column up to the sign of each column
/// (eigenvectors and singular vectors are determined only up to sign).
func assertColumnsCloseUpToSign(
    _ actual: Matrix, _ expected: Matrix, relativeTolerance: Double,
    file: StaticString = #filePath, line: UInt = #line
) {
    XCTAssertEqual(actual.rows, expected.rows, file: file, line: line)
    XCTAssertEqual(actual.columns, expected.columns, file: file, line: line)
    guard actual.rows == expected.rows, actual.columns == expected.columns else { return }
    for j in 0..<expected.columns {
        let e = expected.column(j), a = actual.column(j)
        let sign: Double = zip(a, e).map { $0 * $1 }.reduce(0, +) < 0 ? -1 : 1
        assertClose(a.map { sign * $0 }, e, relativeTolerance: relativeTolerance,
                    absoluteFloor: e.map { Swift.abs($0) }.max() ?? 1, "column \(j)", file: file, line: line)
    }
}

/// Asserts that `body` throws exactly `expected`.
func assertThrows<T>(
    _ expected: LinalgError, file: StaticString = #filePath, line: UInt = #line, _ body: () throws -> T
) {
    do {
        _ = try body()
        XCTFail("expected \(expected), nothing was thrown", file: file, line: line)
    } catch let error as LinalgError {
        XCTAssertEqual(error, expected, file: file, line: line)
    } catch {
        XCTFail("expected \(expected), got \(error)", file: file, line: line)
    }
}
