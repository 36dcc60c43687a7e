import Foundation
import Stats
import TestSupport
import XCTest

/// Every value in Tests/StatsTests/Fixtures/distributions.json against our distributions.
/// Expected: scipy 1.17.1 (scipy.stats norm/t/chi2/f/binom/poisson), cross-checked with mpmath
/// at 40 digits (mpmath value used where scipy is off by > 1e-13), written by
/// Tests/References/Stats/distributions.py.
final class DistributionReferenceTests: XCTestCase {
    struct Fixture: Decodable {
        struct Case: Decodable {
            let distribution: String
            let parameters: [String]
            let function: String
            let x: String
            let expected: String
            let source: String
        }
        let cases: [Case]
    }

    static func loadCases() throws -> [Fixture.Case] {
        let data = try Data(contentsOf: RepositoryPaths.fixture("StatsTests", "distributions.json"))
        return try JSONDecoder().decode(Fixture.self, from: data).cases
    }

    /// Our value for one fixture case, or nil for a function name we do not know.
    static func evaluate(_ c: Fixture.Case) throws -> Double? {
        let p = c.parameters.compactMap(Double.init)
        guard let x = Double(c.x) else { return nil }
        switch c.distribution {
        case "normal": return try evaluate(Normal(mean: p[0], standardDeviation: p[1]), c.function, x)
        case "t": return try evaluate(StudentT(degreesOfFreedom: p[0]), c.function, x)
        case "chi2": return try evaluate(ChiSquared(degreesOfFreedom: p[0]), c.function, x)
        case "f":
            return try evaluate(
                FDistribution(numeratorDegreesOfFreedom: p[0], denominatorDegreesOfFreedom: p[1]), c.function, x)
        case "binomial": return try evaluate(Binomial(trials: Int(p[0]), probability: p[1]), c.function, x)
        case "poisson": return try evaluate(Poisson(mean: p[0]), c.function, x)
        default: return nil
        }
    }

    static func evaluate(_ d: some ContinuousDistribution, _ function: String, _ x: Double) throws -> Double? {
        switch function {
        case "pdf": return d.pdf(x)
        case "logpdf": return d.logPdf(x)
        case "cdf": return d.cdf(x)
        case "sf": return d.survival(x)
        case "ppf": return try d.quantile(x)
        case "isf": return try d.inverseSurvival(x)
        default: return nil
        }
    }

    static func evaluate(_ d: some DiscreteDistribution, _ function: String, _ x: Double) throws -> Double? {
        let k = Int(x)
        switch function {
        case "pmf": return d.pmf(k)
        case "logpmf": return d.logPmf(k)
        case "cdf": return d.cdf(k)
        case "sf": return d.survival(k)
        case "ppf", "isf":
            let q = function == "ppf" ? try d.quantile(x) : try d.inverseSurvival(x)
            return q == Int.max ? .infinity : Double(q)
        default: return nil
        }
    }

    /// Tolerance for one case: 1e-12 relative everywhere (quantiles get an absolute floor of
    /// 1e-12 for values near 0, where relative error is meaningless). Subnormal expected values
    /// are compared with the default floor 1e-300 (a subnormal holds fewer than 16 digits).
    static func tolerance(_ c: Fixture.Case) -> (relative: Double, floor: Double) {
        switch c.function {
        case "ppf", "isf": return (1e-12, 1e-12)
        default: return (1e-12, 1e-300)
        }
    }

    func testDistributionsMatchScipyReference() throws {
        let cases = try Self.loadCases()
        XCTAssertGreaterThan(cases.count, 1000)
        var failures: [(Double, String)] = []
        for c in cases {
            guard let expected = Double(c.expected), let actual = try Self.evaluate(c) else {
                XCTFail("cannot evaluate \(c)")
                continue
            }
            let (rel, floor) = Self.tolerance(c)
            let ok: Bool
            if expected.isNaN { ok = actual.isNaN } else if expected.isInfinite { ok = actual == expected } else {
                ok = abs(actual - expected) <= rel * max(abs(expected), floor)
            }
            if !ok {
                let err = abs(actual - expected) / max(abs(expected), floor)
                failures.append((err, "\(c.distribution)\(c.parameters) \(c.function)(\(c.x)) = \(actual), expected \(expected) [\(c.source)] rel err \(err)"))
            }
        }
        for (_, message) in failures.sorted(by: { $0.0 > $1.0 }) { XCTFail(message) }
    }
}
