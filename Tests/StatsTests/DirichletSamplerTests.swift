import Stats
import TestSupport
import XCTest

final class DirichletSamplerTests: XCTestCase {
    /// The buffer-filling sampler must give exactly `nextDirichlet`'s draws and leave the stream in the same state,
    /// for α below and above 1 (the boosted and the direct Marsaglia–Tsang branches).
    func testSamplerEqualsNextDirichletBitForBit() throws {
        let alphas: [[Double]] = [[1.35, 0.4, 7, 0.05, 2], [50], [0.3, 0.3], [1, 1, 1, 1]]
        for seed: UInt64 in [1, 7, 20201001] {
            for alpha in alphas {
                var a = Xoshiro256StarStar(seed: seed), b = Xoshiro256StarStar(seed: seed)
                let sampler = try DirichletSampler(alpha: alpha)
                var out = [Double](repeating: 0, count: alpha.count)
                for _ in 0..<200 {
                    let expected = try a.nextDirichlet(alpha)
                    out.withUnsafeMutableBufferPointer { sampler.sample(&b, into: $0) }
                    XCTAssertEqual(out, expected, "seed \(seed) alpha \(alpha)")
                }
                XCTAssertEqual(a.next(), b.next())
            }
        }
    }

    /// Moments of Dir(α): E X_i = α_i/α₀, Var X_i = α_i(α₀ − α_i)/(α₀²(α₀ + 1)) (closed form; Kotz, Balakrishnan
    /// and Johnson, Continuous Multivariate Distributions vol. 1, 2nd ed., 2000, §49.1).
    func testSampleMomentsMatchClosedForm() throws {
        let alpha = [0.5, 1.5, 3.0]
        let a0 = alpha.reduce(0, +)
        let sampler = try DirichletSampler(alpha: alpha)
        var g = Xoshiro256StarStar(seed: 42)
        let n = 40_000
        var sum = [Double](repeating: 0, count: 3), sq = [Double](repeating: 0, count: 3)
        var out = [Double](repeating: 0, count: 3)
        for _ in 0..<n {
            out.withUnsafeMutableBufferPointer { sampler.sample(&g, into: $0) }
            for i in 0..<3 {
                sum[i] += out[i]
                sq[i] += out[i] * out[i]
            }
        }
        for i in 0..<3 {
            let mean = alpha[i] / a0, variance = alpha[i] * (a0 - alpha[i]) / (a0 * a0 * (a0 + 1))
            let m = sum[i] / Double(n)
            // 5 standard errors of the mean.
            XCTAssertEqual(m, mean, accuracy: 5 * (variance / Double(n)).squareRoot())
            XCTAssertEqual(sq[i] / Double(n) - m * m, variance, accuracy: 0.05 * variance)
        }
    }

    func testInvalidAlphaIsRejectedOnce() {
        XCTAssertThrowsError(try DirichletSampler(alpha: []))
        XCTAssertThrowsError(try DirichletSampler(alpha: [1, 0]))
        XCTAssertThrowsError(try DirichletSampler(alpha: [1, .infinity]))
    }
}
