import Stats
import XCTest

final class Xoshiro256StarStarTests: XCTestCase {
    // Expected values: the authors' reference C code (prng.di.unimi.it) with
    // SplitMix64 seeding, compiled and run as Tests/References/Stats/xoshiro256starstar_reference.c
    // (`gcc -O2 xoshiro256starstar_reference.c && ./a.out`).
    func testOutputsMatchReferenceImplementation() {
        var g = Xoshiro256StarStar(seed: 42)
        let expected: [UInt64] = [
            0x1578_0b2e_0c2e_c716, 0x6104_d986_6d11_3a7e, 0xae17_5332_39e4_99a1,
            0xecb8_ad47_03b3_60a1, 0xfde6_dc7f_e2ec_5e64,
        ]
        XCTAssertEqual((0..<5).map { _ in g.next() }, expected)
    }

    func testJumpMatchesReferenceImplementation() {
        var g = Xoshiro256StarStar(seed: 42, stream: 2)
        XCTAssertEqual((0..<3).map { _ in g.next() }, [0x8677_623e_e754_4e81, 0x1f59_1f21_3a3c_b979, 0xbee7_6be7_8f4b_fe6d])
    }

    func testStreamsComputedTogetherEqualStreamsComputedAlone() {
        for seed: UInt64 in [0, 1, 7, 20201001] {
            let all = Xoshiro256StarStar.streams(seed: seed, range: 3..<7)
            for (offset, g) in all.enumerated() {
                XCTAssertEqual(g, Xoshiro256StarStar(seed: seed, stream: 3 + offset), "seed \(seed) stream \(3 + offset)")
            }
        }
    }

    func testUniformIsInHalfOpenUnitInterval() {
        for seed: UInt64 in 0..<5 {
            var g = Xoshiro256StarStar(seed: seed)
            for _ in 0..<10_000 {
                let u = g.nextUniform()
                XCTAssertTrue(u >= 0 && u < 1)
            }
        }
    }
}
