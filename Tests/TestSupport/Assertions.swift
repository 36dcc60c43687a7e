import Foundation
import Linalg
import XCTest

/// Asserts `|actual − expected| ≤ relativeTolerance · max(|expected|, absoluteFloor)`.
///
/// Use tolerances that fit the algorithm: ~1e-8 relative for direct linear
/// algebra, looser for iterative fits. `absoluteFloor` keeps values near zero
/// from demanding impossible relative accuracy.
public func assertClose(
    _ actual: Double, _ expected: Double, relativeTolerance: Double, absoluteFloor: Double = 1e-300,
    _ message: @autoclosure () -> String = "", file: StaticString = #filePath, line: UInt = #line
) {
    if expected.isNaN {
        XCTAssertTrue(actual.isNaN, "expected NaN, got \(actual). \(message())", file: file, line: line)
        return
    }
    if expected.isInfinite {
        XCTAssertEqual(actual, expected, message(), file: file, line: line)
        return
    }
    let scale = max(abs(expected), absoluteFloor)
    let err = abs(actual - expected)
    XCTAssertTrue(
        err <= relativeTolerance * scale,
        "\(actual) is not within \(relativeTolerance) (relative) of \(expected): error \(err / scale). \(message())",
        file: file, line: line)
}

/// Element-wise `assertClose` over arrays; reports the first failing index `[i]`.
public func assertClose(
    _ actual: [Double], _ expected: [Double], relativeTolerance: Double, absoluteFloor: Double = 1e-300,
    _ message: @autoclosure () -> String = "", file: StaticString = #filePath, line: UInt = #line
) {
    guard actual.count == expected.count else {
        XCTFail("count \(actual.count) != expected \(expected.count). \(message())", file: file, line: line)
        return
    }
    for i in actual.indices {
        let scale = max(abs(expected[i]), absoluteFloor)
        let ok = expected[i].isNaN ? actual[i].isNaN : abs(actual[i] - expected[i]) <= relativeTolerance * scale
        if !ok {
            XCTFail(
                "[\(i)]: \(actual[i]) is not within \(relativeTolerance) of \(expected[i]). \(message())",
                file: file, line: line)
            return
        }
    }
}

/// Element-wise comparison of matrices; reports the first failing element as `[i, j]`.
/// `absoluteFloor` defaults to the largest |expected| element times 1, so that
/// tiny entries of a large matrix are judged on the matrix's scale.
public func assertMatrixClose(
    _ actual: Matrix, _ expected: Matrix, relativeTolerance: Double, absoluteFloor: Double? = nil,
    _ message: @autoclosure () -> String = "", file: StaticString = #filePath, line: UInt = #line
) {
    guard actual.rows == expected.rows, actual.columns == expected.columns else {
        XCTFail(
            "shape \(actual.rows)×\(actual.columns) != expected \(expected.rows)×\(expected.columns). \(message())",
            file: file, line: line)
        return
    }
    let floor = absoluteFloor ?? max(expected.storage.map(abs).max() ?? 0, 1e-300)
    for j in 0..<expected.columns {
        for i in 0..<expected.rows {
            let a = actual[i, j], e = expected[i, j]
            let scale = max(abs(e), floor)
            if !(abs(a - e) <= relativeTolerance * scale) {
                XCTFail(
                    "[\(i), \(j)]: \(a) is not within \(relativeTolerance) of \(e). \(message())",
                    file: file, line: line)
                return
            }
        }
    }
}

/// Paths to files under the repository (fixtures, datasets), found from this source file.
public enum RepositoryPaths {
    /// The repository root (the folder holding Package.swift).
    public static var root: URL {
        URL(fileURLWithPath: #filePath)
            .deletingLastPathComponent()  // TestSupport
            .deletingLastPathComponent()  // Tests
            .deletingLastPathComponent()
    }
    /// `Tests/<target>/Fixtures/<name>`.
    public static func fixture(_ target: String, _ name: String) -> URL {
        root.appendingPathComponent("Tests").appendingPathComponent(target)
            .appendingPathComponent("Fixtures").appendingPathComponent(name)
    }
    /// `Datasets/<name>`.
    public static func dataset(_ name: String) -> URL {
        root.appendingPathComponent("Datasets").appendingPathComponent(name)
    }
}
