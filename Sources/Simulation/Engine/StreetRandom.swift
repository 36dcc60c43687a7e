import Foundation

/// One street's generator for one year: xoshiro256** 1.0 seeded with SplitMix64, the same numbers as
/// Stats' `Xoshiro256StarStar(seed:)` with its `nextUniform()` and `nextNormal()`, compiled inside this
/// module so that the per-street draws of the yearly step inline (the Stats generator is called across
/// the module boundary and its normal sampler is unspecialised generic code, 18 % of a national run).
///
/// Equality with the Stats generator, draw for draw, is tested in `StreetRandomTests`.
/// Reference: D. Blackman and S. Vigna, "Scrambled linear pseudorandom number generators",
/// ACM TOMS 47(4), 2021; G. Marsaglia and T. A. Bray, "A convenient method for generating normal
/// variables", SIAM Review 6(3), 1964 (polar method).
struct StreetRandom {
    private var s0: UInt64 = 0, s1: UInt64 = 0, s2: UInt64 = 0, s3: UInt64 = 0

    /// Seeds the state from `seed` with SplitMix64 (as `Xoshiro256StarStar(seed:)`).
    @inline(__always)
    init(seed: UInt64) {
        var state = seed
        @inline(__always) func splitMix() -> UInt64 {
            state &+= 0x9e3779b97f4a7c15
            var z = state
            z = (z ^ (z >> 30)) &* 0xbf58476d1ce4e5b9
            z = (z ^ (z >> 27)) &* 0x94d049bb133111eb
            return z ^ (z >> 31)
        }
        s0 = splitMix(); s1 = splitMix(); s2 = splitMix(); s3 = splitMix()
    }

    /// The next 64 random bits.
    @inline(__always)
    mutating func next() -> UInt64 {
        let result = ((s1 &* 5) << 7 | (s1 &* 5) >> 57) &* 9
        let t = s1 << 17
        s2 ^= s0
        s3 ^= s1
        s1 ^= s2
        s0 ^= s3
        s2 ^= t
        s3 = s3 << 45 | s3 >> 19
        return result
    }

    /// A uniform double in [0, 1): `Double(next() >> 11) · 2⁻⁵³`.
    @inline(__always)
    mutating func nextUniform() -> Double {
        Double(next() >> 11) * 0x1.0p-53
    }

    /// A standard normal variate by Marsaglia's polar method, as Stats' `nextNormal()`.
    @inline(__always)
    mutating func nextNormal() -> Double {
        while true {
            let u = 2 * nextUniform() - 1
            let v = 2 * nextUniform() - 1
            let s = u * u + v * v
            if s > 0 && s < 1 {
                return u * (-2 * log(s) / s).squareRoot()  // glibc log, as RealModule's Double.log
            }
        }
    }
}
