/// Exact, order-independent sums of doubles: 192-bit two's-complement fixed point with 64 fractional
/// bits, stored as three little-endian `UInt64` limbs.
///
/// Every addend is converted exactly to the grid 2⁻⁶⁴ (bits below 2⁻⁶⁴ ≈ 5.4·10⁻²⁰ are truncated toward
/// zero, a deterministic function of the addend alone) and integer addition is associative and
/// commutative, so the sum of a set of values is the same bit for bit whatever the order and grouping
/// in which it is accumulated: per thread, per shard, merged in any order. This is what makes the
/// simulation's mean and sd identical for any `--threads` and any `--shard` split without keeping the
/// per-run values. Addends must satisfy |x| < 2⁴⁸·2⁴⁸ = 2⁹⁶ so that 10⁷ of them cannot overflow 2¹²⁷.
///
/// Reference: the fixed-point "long accumulator" of U. Kulisch, *Computer Arithmetic and Validity*,
/// de Gruyter 2013, ch. 8 (here truncated to the 2⁻⁶⁴ … 2¹²⁷ range the simulation's outputs need).
enum ExactSum {
    /// Limbs per sum.
    static let limbs = 3
    /// Largest magnitude an addend may have (exclusive).
    static let limit = 0x1p96

    /// Adds `x` (finite, |x| < `limit`) to the sum at `acc[0..<3]`.
    /// - Complexity: O(1), a few integer operations.
    @inline(__always)
    static func add(_ x: Double, to acc: UnsafeMutablePointer<UInt64>) {
        if x == 0 { return }
        let bits = x.bitPattern
        let biased = Int((bits >> 52) & 0x7FF)
        var m = bits & 0x000F_FFFF_FFFF_FFFF
        let e: Int
        if biased == 0 { e = -1074 } else { m |= 1 << 52; e = biased - 1075 }
        // x = ±m·2^e; in units of 2^-64: m·2^s.
        let s = e + 64
        var l0: UInt64 = 0, l1: UInt64 = 0, l2: UInt64 = 0
        if s < 0 {
            if s <= -64 { return }
            l0 = m >> UInt64(-s)
        } else if s < 64 {
            l0 = m << UInt64(s)
            l1 = s == 0 ? 0 : m >> UInt64(64 - s)
        } else if s < 128 {
            let t = s - 64
            l1 = m << UInt64(t)
            l2 = t == 0 ? 0 : m >> UInt64(64 - t)
        } else {
            l2 = m << UInt64(s - 128)
        }
        if x < 0 { negate(&l0, &l1, &l2) }
        addLimbs(l0, l1, l2, to: acc)
    }

    /// Adds the whole number `v` to the sum at `acc[0..<3]`: the same result as `add(Double(v), to:)`
    /// for |v| < 2⁵³, without the exponent decoding (v·2⁶⁴ is limb 1 = v, limb 2 = its sign extension).
    /// - Complexity: O(1), one three-limb addition.
    @inline(__always)
    static func add(integer v: Int64, to acc: UnsafeMutablePointer<UInt64>) {
        addLimbs(0, UInt64(bitPattern: v), v < 0 ? UInt64.max : 0, to: acc)
    }

    /// Adds the sum at `other` to the sum at `acc`.
    @inline(__always)
    static func add(sum other: UnsafePointer<UInt64>, to acc: UnsafeMutablePointer<UInt64>) {
        addLimbs(other[0], other[1], other[2], to: acc)
    }

    /// The sum as the nearest double (within 2 ulp; a deterministic function of the exact sum).
    static func value(_ acc: UnsafePointer<UInt64>) -> Double {
        var l0 = acc[0], l1 = acc[1], l2 = acc[2]
        let negative = l2 >> 63 == 1
        if negative { negate(&l0, &l1, &l2) }
        let v = (Double(l2) * 0x1p128 + Double(l1) * 0x1p64 + Double(l0)) * 0x1p-64
        return negative ? -v : v
    }

    @inline(__always)
    private static func negate(_ l0: inout UInt64, _ l1: inout UInt64, _ l2: inout UInt64) {
        l0 = ~l0; l1 = ~l1; l2 = ~l2
        let (a, c0) = l0.addingReportingOverflow(1)
        l0 = a
        if c0 {
            let (b, c1) = l1.addingReportingOverflow(1)
            l1 = b
            if c1 { l2 &+= 1 }
        }
    }

    @inline(__always)
    private static func addLimbs(_ l0: UInt64, _ l1: UInt64, _ l2: UInt64, to acc: UnsafeMutablePointer<UInt64>) {
        let (a, c0) = acc[0].addingReportingOverflow(l0)
        let (b1, c1a) = acc[1].addingReportingOverflow(l1)
        let (b, c1b) = b1.addingReportingOverflow(c0 ? 1 : 0)
        acc[0] = a
        acc[1] = b
        acc[2] = acc[2] &+ l2 &+ ((c1a || c1b) ? 1 : 0)
    }
}
