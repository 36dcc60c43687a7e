import Foundation
@testable import Simulation
import Stats
import TestSupport
import XCTest

final class StreamingMomentsTests: XCTestCase {
    private let x = (0..<1000).map { 1e8 + 0.001 * Double($0) * Double($0) }
    private let y = (0..<1000).map { 0.3 * sin(Double($0)) + 1e-12 * Double($0) }

    /// Mean and sd from the exact shifted sums agree with the exactly computed values to a few ulp, also
    /// for data far from 0 relative to their spread (where Σx² − (Σx)²/n in doubles would lose 9 digits).
    // Expected: fractions.Fraction (exact), Tests/References/Simulation/streaming_moments.py
    func testMomentsMatchExactRationalArithmetic() {
        let sx = AcrossRuns(x), sy = AcrossRuns(y)
        XCTAssertEqual(sx.n, 1000)
        assertClose(sx.mean, 100000332.8335, relativeTolerance: 1e-15)
        assertClose(sx.sd, 298.0117541585669, relativeTolerance: 1e-13)
        assertClose(sy.mean, -3.872472437650519e-06, relativeTolerance: 1e-10)
        assertClose(sy.sd, 0.21213391191052708, relativeTolerance: 1e-14)
        XCTAssertEqual(AcrossRuns([Double](repeating: 0.1 + 0.2, count: 17)).sd, 0, "a constant has sd exactly 0")
    }

    /// The sums are exact, so moments accumulated in any order and any grouping, and merged in any order,
    /// are bit-identical: what makes results independent of --threads and of --shard splits.
    func testMomentsAreBitIdenticalForAnyOrderAndGrouping() {
        let values = zip(x, y).flatMap { [$0 - 1e8, $1, $0] }
        let cells = 3
        func moments(order: [Int], groups: Int, random: inout Xoshiro256StarStar) -> RunMoments {
            var parts = [RunMoments](repeating: RunMoments(shift: [7, 0, 1e8]), count: groups)
            for run in order {
                let g = Int(random.nextUniform() * Double(groups))
                Array(values[(run * cells)..<((run + 1) * cells)]).withUnsafeBufferPointer { parts[g].add(run: $0) }
            }
            random.shuffle(&parts)
            var total = RunMoments(shift: [7, 0, 1e8])
            for p in parts { total.add(p) }
            return total
        }
        var g = Xoshiro256StarStar(seed: 1)
        let reference = moments(order: Array(0..<1000), groups: 1, random: &g)
        for seed: UInt64 in [2, 3, 20201001] {
            var r = Xoshiro256StarStar(seed: seed)
            var order = Array(0..<1000)
            r.shuffle(&order)
            let other = moments(order: order, groups: 1 + Int(seed % 7), random: &r)
            XCTAssertEqual(other, reference, "seed \(seed)")
            for c in 0..<cells {
                XCTAssertEqual(other.moments(cell: c).mean.bitPattern, reference.moments(cell: c).mean.bitPattern)
                XCTAssertEqual(other.moments(cell: c).sd.bitPattern, reference.moments(cell: c).sd.bitPattern)
            }
        }
    }

    /// Negative, tiny and large addends round-trip through the 192-bit fixed point exactly.
    func testExactSumAddsAndCancelsExactly() {
        var acc: [UInt64] = [0, 0, 0]
        let parts = [1e20, -3.5, 1e-15, 0x1p-60, -1e20, 2.25, -0x1p-60]
        acc.withUnsafeMutableBufferPointer { a in
            guard let p = a.baseAddress else { return }
            for v in parts { ExactSum.add(v, to: p) }
        }
        let total = acc.withUnsafeBufferPointer { a in a.baseAddress.map { ExactSum.value($0) } ?? .nan }
        XCTAssertEqual(total, -1.25 + 1e-15, accuracy: 4e-16)
        acc.withUnsafeMutableBufferPointer { a in
            guard let p = a.baseAddress else { return }
            ExactSum.add(1.25, to: p)
            ExactSum.add(-1e-15, to: p)
        }
        XCTAssertEqual(acc, [0, 0, 0])
    }
}
