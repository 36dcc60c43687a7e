@testable import Simulation
import Stats
import XCTest

/// The yearly step writes every output cell, so the engine's buffers need no clearing between runs.
final class YearStepCoverageTests: XCTestCase {
    /// A year stepped into a buffer of NaNs and one stepped into zeros (same state, same generator)
    /// give the same bits in every cell, for each policy and for several seeds.
    func testYearStepWritesEveryOutputCell() throws {
        for policy in [FundingPolicy.uniform, .performance, .capacity, .need] {
            var scenario = Scenario.toy
            scenario.funding.policy = policy
            let sim = try Simulator(scenario: scenario, region: .toy)
            let cells = (1 + sim.inputs.districtCount) * RunState.metricCount
            for seed in [1, 7, 2024] as [UInt64] {
                var a = RunState(inputs: sim.inputs, scenario: scenario, random: Xoshiro256StarStar(seed: seed))
                var b = a
                var fromNaN = [Double](repeating: .nan, count: cells)
                var fromZero = [Double](repeating: 0, count: cells)
                for year in 0..<3 {
                    for j in 0..<cells { fromNaN[j] = .nan; fromZero[j] = 0 }
                    fromNaN.withUnsafeMutableBufferPointer { a.step(into: $0) }
                    fromZero.withUnsafeMutableBufferPointer { b.step(into: $0) }
                    for j in 0..<cells {
                        XCTAssertEqual(fromNaN[j].bitPattern, fromZero[j].bitPattern,
                                       "\(policy) seed \(seed) year \(year) cell \(j)")
                    }
                }
            }
        }
    }
}
