@testable import Simulation
import Stats
import XCTest

/// The engine's fast paths give the same bits as the general code they replace.
final class FastPathEquivalenceTests: XCTestCase {
    /// Adding whole numbers through the integer limb gives the same 192-bit sum as the general addition
    /// of the same values as doubles, for both signs and magnitudes up to 2⁵².
    func testIntegerAdditionMatchesGeneralExactSum() {
        var g = Xoshiro256StarStar(seed: 11)
        var viaInteger = [UInt64](repeating: 0, count: ExactSum.limbs)
        var viaDouble = [UInt64](repeating: 0, count: ExactSum.limbs)
        for i in 0..<5000 {
            let magnitude = Int64(g.next() >> UInt64(12 + i % 50))
            let v = i % 3 == 0 ? -magnitude : magnitude
            viaInteger.withUnsafeMutableBufferPointer { if let p = $0.baseAddress { ExactSum.add(integer: v, to: p) } }
            viaDouble.withUnsafeMutableBufferPointer { if let p = $0.baseAddress { ExactSum.add(Double(v), to: p) } }
            XCTAssertEqual(viaInteger, viaDouble, "after \(i + 1) addends")
        }
    }
}
