@testable import Stats
import XCTest

/// The ziggurat normal sampler: its tables close as Marsaglia and Tsang's constants promise, and its
/// draws fit N(0, 1) (our `Normal` cdf, tested against scipy in DistributionReferenceTests) in the body,
/// the wedges and the tails, for every seed and for both generators the engine uses.
final class ZigguratNormalTests: XCTestCase {
    let zig = ZigguratNormal.standard

    /// Layer areas: the top layer must end at f = 1 (v/x[255] + f(x[255]) = 1), and the base strip's area v
    /// is the rectangle r·f(r) plus the tail ∫_r^∞ f = √(2π)·Φ(−r) (Marsaglia & Tsang 2000, §3).
    func testZigguratTablesCloseWithMarsagliaTsangConstants() {
        let v = ZigguratNormal.v, r = ZigguratNormal.r
        let top = zig.edge[255]
        // Expected 1 to 2.3e-11 with the published 12-digit v: Tests/References/Stats/ziggurat_tables.py.
        XCTAssertEqual(v / top + Double.exp(-0.5 * top * top), 1, accuracy: 1e-10)
        let tail = (2 * Double.pi).squareRoot() * SpecialFunctions.normalCDF(-r)
        XCTAssertEqual(r * Double.exp(-0.5 * r * r) + tail, v, accuracy: 1e-12)
        XCTAssertEqual(zig.edge[256], 0)
        for i in 0..<256 { XCTAssertGreaterThan(zig.edge[i], zig.edge[i + 1], "edge \(i)") }
    }

    /// Kolmogorov–Smirnov at level 0.001 on 200,000 draws per seed, for SplitMix64 and xoshiro256**.
    func testZigguratDrawsPassKolmogorovSmirnov() {
        let n = 100_000
        let critical = 1.9495 / Double(n).squareRoot()
        for seed in samplerSeeds {
            var a = SplitMix64(state: seed)
            var b = Xoshiro256StarStar(seed: seed)
            for (label, draws) in [("splitmix", (0..<n).map { _ in zig.next(using: &a) }),
                                   ("xoshiro", (0..<n).map { _ in zig.next(using: &b) })] {
                let sorted = draws.sorted()
                var d = 0.0
                for (i, x) in sorted.enumerated() {
                    let f = SpecialFunctions.normalCDF(x)
                    d = max(d, Double(i + 1) / Double(n) - f, f - Double(i) / Double(n))
                }
                XCTAssertLessThan(d, critical, "\(label) seed \(seed)")
            }
        }
    }

    /// Pearson X² over cells that separate the paths of the algorithm: 40 equiprobable cells of |z| below
    /// the tail start r (rectangles and wedges), then r…4, 4…4.5 and beyond 4.5 (the tail sampler), by
    /// sign; 2,000,000 draws for each of two seeds, at level 0.001 against χ²(85). Then, with more power
    /// for small errors spread over many cells, the share of |z| below several layer edges x[k] against
    /// 2Φ(x[k]) − 1, within 5 standard errors (SE ≈ 3.5·10⁻⁴ at 2·10⁶ draws: a mass error of about 0.2 %
    /// near the centre is ≈ 5 SE, which the χ² over 86 cells would miss).
    func testZigguratBodyWedgesAndTailsFitTheNormal() throws {
        let n = 2_000_000
        let r = ZigguratNormal.r
        let bodyCells = 40
        let bodyMass = 2 * SpecialFunctions.normalCDF(r) - 1
        let edges = (0...bodyCells).map { k -> Double in
            // |z| quantiles: P(|Z| ≤ q) = (k/40)·P(|Z| ≤ r).
            k == 0 ? 0 : (k == bodyCells ? r : SpecialFunctions.normalQuantile(0.5 + Double(k) / Double(bodyCells) * bodyMass / 2))
        } + [4, 4.5, .infinity]
        let cells = edges.count - 1
        let critical = try ChiSquared(degreesOfFreedom: Double(2 * cells - 1)).inverseSurvival(0.001)
        let layers = [255, 240, 200, 128, 64, 2]
        let layerEdges = layers.map { zig.edge[$0] }
        for seed in samplerSeeds.prefix(2) {
            var g = SplitMix64(state: seed &* 7919)
            var counts = [Double](repeating: 0, count: 2 * cells)
            let draws = (0..<n).map { _ in zig.next(using: &g) }
            for z in draws {
                let a = abs(z)
                var cell: Int
                if a < r {
                    cell = min(bodyCells - 1, Int((2 * SpecialFunctions.normalCDF(a) - 1) / bodyMass * Double(bodyCells)))
                    // The cdf-based index can be one off at a cell edge: settle it against the edges.
                    if a < edges[cell] { cell -= 1 } else if a >= edges[cell + 1] { cell += 1 }
                } else {
                    cell = a < 4 ? bodyCells : (a < 4.5 ? bodyCells + 1 : bodyCells + 2)
                }
                counts[2 * cell + (z < 0 ? 1 : 0)] += 1
            }
            var x2 = 0.0
            for c in 0..<cells {
                let expected = Double(n) * (SpecialFunctions.normalCDF(edges[c + 1]) - SpecialFunctions.normalCDF(edges[c]))
                for side in 0..<2 { x2 += (counts[2 * c + side] - expected) * (counts[2 * c + side] - expected) / expected }
            }
            XCTAssertLessThan(x2, critical, "seed \(seed)")
            // The tail beyond r: expected n·2Φ(−r) ≈ 516 draws; within 5 standard deviations.
            var below = [Double](repeating: 0, count: layerEdges.count)
            for (j, e) in layerEdges.enumerated() { below[j] = Double(draws.lazy.filter { abs($0) < e }.count) }
            for (j, e) in layerEdges.enumerated() {
                let p = 2 * SpecialFunctions.normalCDF(e) - 1
                let se = (p * (1 - p) / Double(n)).squareRoot()
                XCTAssertLessThan(abs(below[j] / Double(n) - p), 5 * se, "|z| < x[\(layers[j])], seed \(seed)")
            }
            let tail = counts.suffix(6).reduce(0, +)
            let expectedTail = Double(n) * 2 * SpecialFunctions.normalCDF(-r)
            XCTAssertLessThan(abs(tail - expectedTail), 5 * expectedTail.squareRoot(), "tail, seed \(seed)")
        }
    }

    /// Mean 0 and variance 1 within 4.5 standard errors.
    func testZigguratMomentsAreStandardNormal() {
        for seed in samplerSeeds {
            var g = Xoshiro256StarStar(seed: seed)
            assertMoments((0..<100_000).map { _ in zig.next(using: &g) }, mean: 0, variance: 1, "seed \(seed)")
        }
    }
}
