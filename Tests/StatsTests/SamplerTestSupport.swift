import Stats
import XCTest

/// Seeds every sampler test loops over (fixed, so the suite is deterministic).
let samplerSeeds: [UInt64] = [1, 42, 2024, 987_654_321]

/// Checks that the sample mean and variance of `draws` are within `z` standard errors of the
/// theoretical `mean` and `variance`. The standard error of the sample variance is
/// √((m₄ − s⁴)/n) with m₄ the sample fourth central moment (asymptotic, any distribution).
func assertMoments(
    _ draws: [Double], mean: Double, variance: Double, z: Double = 4.5, _ label: String,
    file: StaticString = #filePath, line: UInt = #line
) {
    let n = Double(draws.count)
    let m = draws.reduce(0, +) / n
    let centered = draws.map { $0 - m }
    let s2 = centered.reduce(0) { $0 + $1 * $1 } / (n - 1)
    let m4 = centered.reduce(0) { $0 + $1 * $1 * $1 * $1 } / n
    let seMean = (variance / n).squareRoot()
    let seVar = max((m4 - s2 * s2) / n, 0).squareRoot()
    XCTAssertLessThanOrEqual(abs(m - mean), z * seMean, "\(label): mean \(m) vs \(mean)", file: file, line: line)
    XCTAssertLessThanOrEqual(abs(s2 - variance), z * seVar, "\(label): variance \(s2) vs \(variance)", file: file, line: line)
}
