/// xoshiro256** 1.0, a fast 64-bit generator with 2^256 − 1 period and jump-ahead.
///
/// Reference: D. Blackman and S. Vigna, "Scrambled linear pseudorandom number
/// generators", ACM TOMS 47(4), 2021; reference C code at prng.di.unimi.it.
/// The state is seeded from a 64-bit seed with SplitMix64, as the authors recommend.
///
/// Uniform doubles, normals and the other samplers come from the
/// `RandomNumberGenerator` extension in Sampling.swift (`nextUniform()` is
/// `Double(next() >> 11) * 0x1p-53`).
///
/// Independent streams: `jump()` advances by 2^128 steps, so stream `k` (the
/// generator after `k` jumps) never overlaps stream `k + 1` for 2^128 draws.
/// Monte Carlo run `k` always uses stream `k`, whatever thread runs it; this is
/// what makes results identical for any thread count.
public struct Xoshiro256StarStar: RandomNumberGenerator, Sendable, Equatable {
    // Internal and inlinable so that the per-street draws of the simulation inline across the module boundary.
    @usableFromInline internal var s0: UInt64, s1: UInt64, s2: UInt64, s3: UInt64

    /// Seeds the 256-bit state from `seed` with SplitMix64.
    @inlinable
    public init(seed: UInt64) {
        var sm = SplitMix64(state: seed)
        s0 = sm.next(); s1 = sm.next(); s2 = sm.next(); s3 = sm.next()
    }

    /// The generator for stream `index` of `seed`: the seeded state after `index` jumps.
    /// - Complexity: O(index) jumps of 256 steps each; use `streams(seed:range:)` for many.
    public init(seed: UInt64, stream index: Int) {
        self.init(seed: seed)
        for _ in 0..<max(0, index) { jump() }
    }

    /// The generators for streams `range` of `seed`, computed with one pass of jumps.
    /// - Complexity: O(range.upperBound) jumps.
    public static func streams(seed: UInt64, range: Range<Int>) -> [Xoshiro256StarStar] {
        var g = Xoshiro256StarStar(seed: seed, stream: range.lowerBound)
        var out: [Xoshiro256StarStar] = []
        out.reserveCapacity(range.count)
        for _ in range {
            out.append(g)
            g.jump()
        }
        return out
    }

    @inlinable @inline(__always)
    internal static func rotl(_ x: UInt64, _ k: UInt64) -> UInt64 { (x << k) | (x >> (64 &- k)) }

    /// The next 64 random bits.
    @inlinable @inline(__always)
    public mutating func next() -> UInt64 {
        let result = Self.rotl(s1 &* 5, 7) &* 9
        let t = s1 << 17
        s2 ^= s0
        s3 ^= s1
        s1 ^= s2
        s0 ^= s3
        s2 ^= t
        s3 = Self.rotl(s3, 45)
        return result
    }

    /// Advances the state by 2^128 steps (the reference `jump` polynomial).
    public mutating func jump() {
        applyJump([0x180ec6d33cfd0aba, 0xd5a61266f0c9392c, 0xa9582618e03fc9aa, 0x39abdc4529b1661c])
    }

    /// Advances the state by 2^192 steps (the reference `long_jump` polynomial).
    public mutating func longJump() {
        applyJump([0x76e15d3efefdcbbf, 0xc5004e441c522fb3, 0x77710069854ee241, 0x39109bb02acbe635])
    }

    private mutating func applyJump(_ poly: [UInt64]) {
        var t0: UInt64 = 0, t1: UInt64 = 0, t2: UInt64 = 0, t3: UInt64 = 0
        for word in poly {
            for b in 0..<64 {
                if word & (UInt64(1) << UInt64(b)) != 0 {
                    t0 ^= s0; t1 ^= s1; t2 ^= s2; t3 ^= s3
                }
                _ = next()
            }
        }
        s0 = t0; s1 = t1; s2 = t2; s3 = t3
    }
}

/// SplitMix64 (Steele, Lea and Flood, OOPSLA 2014), used to expand a 64-bit seed.
public struct SplitMix64: RandomNumberGenerator, Sendable {
    /// The 64-bit counter; advanced by the golden-ratio increment 0x9e3779b97f4a7c15 per draw.
    public var state: UInt64
    /// Starts the generator at `state`.
    @inlinable public init(state: UInt64) { self.state = state }
    /// The next 64 bits: the counter step followed by the MurmurHash3-style finaliser.
    @inlinable
    public mutating func next() -> UInt64 {
        state &+= 0x9e3779b97f4a7c15
        var z = state
        z = (z ^ (z >> 30)) &* 0xbf58476d1ce4e5b9
        z = (z ^ (z >> 27)) &* 0x94d049bb133111eb
        return z ^ (z >> 31)
    }
}
