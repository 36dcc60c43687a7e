@testable import Stats
import XCTest

/// The order behind `Descriptive.gini` is the order of a stable comparison sort.
final class StableOrderTests: XCTestCase {
    /// Reference: the standard library's stable sort of indices by value (ties in input order), on values
    /// with many ties, zeros, −0, subnormals and wide exponents, for several seeds and sizes on both sides
    /// of the radix threshold (256).
    func testRadixOrderEqualsStableComparisonSort() {
        for seed in samplerSeeds {
            var g = Xoshiro256StarStar(seed: seed)
            for n in [0, 1, 7, 255, 256, 1_000, 2_800] {
                let x = (0..<n).map { i -> Double in
                    switch g.next() % 6 {
                    case 0: return 0
                    case 1: return -0.0
                    case 2: return Double(g.next() % 5) / 4  // ties
                    case 3: return Double.leastNonzeroMagnitude * Double(g.next() % 3)
                    case 4: return Double(i % 3) * 1e300
                    default: return g.nextUniform() * 1e6
                    }
                }
                let expected = x.indices.sorted { x[$0] < x[$1] }
                XCTAssertEqual(Descriptive.stableAscendingOrder(nonNegative: x), expected, "n \(n) seed \(seed)")
            }
        }
    }
}
