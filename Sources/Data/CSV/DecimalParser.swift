import Foundation

/// Number parsing for CSV cells, straight from bytes.
///
/// Integers: `[+-]?[0-9]{1,18}` (19+ digits are read as doubles, so `Int.min` stays free as the
/// missing sentinel). Doubles: `[+-]?(digits[.digits]|.digits)([eE][+-]?digits)?` and
/// `inf`/`nan` (any case, signed). The fast path is Clinger's: when the decimal significand has
/// at most 19 digits, is < 2⁵³ and the decimal exponent is within ±22, `m · 10^e` (or `m / 10^−e`)
/// is one correctly rounded IEEE operation on two exact values, hence exact. Everything else
/// (long significands, large exponents) goes to `strtod`, which is correctly rounded, so every
/// number written with shortest round-trip formatting reads back bit-identical.
/// Reference: W. D. Clinger, "How to read floating point numbers accurately", PLDI 1990.
enum DecimalParser {
    private static let powersOfTen: [Double] = [
        1e0, 1e1, 1e2, 1e3, 1e4, 1e5, 1e6, 1e7, 1e8, 1e9, 1e10, 1e11,
        1e12, 1e13, 1e14, 1e15, 1e16, 1e17, 1e18, 1e19, 1e20, 1e21, 1e22,
    ]

    /// An integer, or nil when the bytes are not `[+-]?[0-9]{1,18}`.
    @inline(__always)
    static func int(_ p: UnsafePointer<UInt8>, _ n: Int) -> Int? {
        var i = 0
        var negative = false
        if n > 0, p[0] == UInt8(ascii: "-") || p[0] == UInt8(ascii: "+") {
            negative = p[0] == UInt8(ascii: "-")
            i = 1
        }
        guard i < n, n - i <= 18 else { return nil }
        var v = 0
        if n - i >= 8, let chunk = eightDigits(p + i) {
            v = Int(chunk)
            i += 8
        }
        while i < n {
            let d = p[i] &- 48
            if d > 9 { return nil }
            v = v &* 10 &+ Int(d)
            i += 1
        }
        return negative ? -v : v
    }

    /// A double, or nil when the bytes are not a decimal number (see the type's grammar).
    @inline(__always)
    static func double(_ p: UnsafePointer<UInt8>, _ n: Int) -> Double? {
        var i = 0
        var negative = false
        if n > 0, p[0] == UInt8(ascii: "-") || p[0] == UInt8(ascii: "+") {
            negative = p[0] == UInt8(ascii: "-")
            i = 1
        }
        var mantissa: UInt64 = 0
        // Digits are accumulated while the mantissa has at most 18 significant digits (< 10^18),
        // so it keeps up to 19; eight at a time while it stays below 10^11.
        let full: UInt64 = 1_000_000_000_000_000_000, roomForEight: UInt64 = 100_000_000_000
        var dropped = false  // digits beyond 19 were seen
        var exponent = 0
        var sawDigit = false
        while n - i >= 8, mantissa < roomForEight, let chunk = eightDigits(p + i) {
            sawDigit = true
            mantissa = mantissa &* 100_000_000 &+ chunk
            i += 8
        }
        while i < n, p[i] &- 48 <= 9 {
            sawDigit = true
            let d = UInt64(p[i] &- 48)
            if mantissa < full {
                mantissa = mantissa &* 10 &+ d
            } else {
                exponent += 1
                dropped = true
            }
            i += 1
        }
        if i < n, p[i] == UInt8(ascii: ".") {
            i += 1
            while n - i >= 8, mantissa < roomForEight, let chunk = eightDigits(p + i) {
                sawDigit = true
                mantissa = mantissa &* 100_000_000 &+ chunk
                exponent -= 8
                i += 8
            }
            while i < n, p[i] &- 48 <= 9 {
                sawDigit = true
                let d = UInt64(p[i] &- 48)
                if mantissa < full {
                    mantissa = mantissa &* 10 &+ d
                    exponent -= 1
                } else if d != 0 {
                    dropped = true
                }
                i += 1
            }
        }
        guard sawDigit else { return special(p, n) }
        if i < n, p[i] | 0x20 == UInt8(ascii: "e") {
            i += 1
            var expNegative = false
            if i < n, p[i] == UInt8(ascii: "-") || p[i] == UInt8(ascii: "+") {
                expNegative = p[i] == UInt8(ascii: "-")
                i += 1
            }
            guard i < n else { return nil }
            var e = 0
            while i < n, p[i] &- 48 <= 9 {
                if e < 100_000 { e = e * 10 + Int(p[i] &- 48) }
                i += 1
            }
            exponent += expNegative ? -e : e
        }
        guard i == n else { return nil }
        if !dropped, mantissa <= 1 << 53, exponent >= -22, exponent <= 22 {
            let m = Double(mantissa)
            let v = exponent >= 0 ? m * powersOfTen[exponent] : m / powersOfTen[-exponent]
            return negative ? -v : v
        }
        #if arch(x86_64)
        if !dropped, mantissa != 0, exponent >= -27, exponent <= 27, let v = extended(mantissa, exponent) {
            return negative ? -v : v
        }
        #endif
        return slow(p, n)
    }

    /// The value of eight ASCII digits at `p`, or nil when one of the bytes is not a digit
    /// (SWAR: one unaligned little-endian load, a digit test and three multiplications; the
    /// method of simdjson / fast_float, D. Lemire, "Number parsing at a gigabyte per second",
    /// Software: Practice and Experience 51(8), 2021).
    @inline(__always)
    static func eightDigits(_ p: UnsafePointer<UInt8>) -> UInt64? {
        var v = UInt64(littleEndian: UnsafeRawPointer(p).loadUnaligned(as: UInt64.self))
        guard ((v &+ 0x4646_4646_4646_4646) | (v &- 0x3030_3030_3030_3030)) & 0x8080_8080_8080_8080 == 0 else {
            return nil
        }
        v &-= 0x3030_3030_3030_3030
        v = v &* 10 &+ (v >> 8)  // adjacent digit pairs
        let mask: UInt64 = 0x0000_00FF_0000_00FF
        let mul1: UInt64 = 100 &+ (1_000_000 << 32), mul2: UInt64 = 1 &+ (10_000 << 32)
        return ((v & mask) &* mul1 &+ ((v >> 16) & mask) &* mul2) >> 32
    }

    #if arch(x86_64)
    /// 10^0 … 10^27, exact in Float80 (5^27 < 2^63).
    private static let extendedPowers: [Float80] = {
        var p: [Float80] = [1]
        for _ in 1...27 { p.append(p[p.count - 1] * 10) }
        return p
    }()

    /// Significands of 17–19 digits (typical of shortest round-trip output) without `strtod`:
    /// m (< 2⁶⁴) and 10^|e| (|e| ≤ 27) are exact in Float80, so m·10^e is rounded once to 64
    /// bits. Rounding that to Double is correct unless the Float80 result lies within one of its
    /// ulps of a Double rounding midpoint (the 11 extra bits are 0x3FF, 0x400 or 0x401): then
    /// nil, and the caller falls back to `strtod`.
    @inline(__always)
    private static func extended(_ mantissa: UInt64, _ exponent: Int) -> Double? {
        let m = Float80(mantissa)
        let r = exponent >= 0 ? m * extendedPowers[exponent] : m / extendedPowers[-exponent]
        let extra = r.significandBitPattern & 0x7FF
        if extra >= 0x3FF && extra <= 0x401 { return nil }
        return Double(r)
    }
    #endif

    /// `inf`, `infinity`, `nan` with an optional sign, any case.
    private static func special(_ p: UnsafePointer<UInt8>, _ n: Int) -> Double? {
        var i = 0
        var negative = false
        if n > 0, p[0] == UInt8(ascii: "-") || p[0] == UInt8(ascii: "+") {
            negative = p[0] == UInt8(ascii: "-")
            i = 1
        }
        let rest = String(decoding: UnsafeBufferPointer(start: p + i, count: n - i), as: UTF8.self).lowercased()
        switch rest {
        case "inf", "infinity": return negative ? -.infinity : .infinity
        case "nan": return .nan
        default: return nil
        }
    }

    /// Correctly rounded conversion by the C library, for what the fast path cannot do exactly.
    private static func slow(_ p: UnsafePointer<UInt8>, _ n: Int) -> Double? {
        withUnsafeTemporaryAllocation(of: CChar.self, capacity: n + 1) { buf in
            for k in 0..<n { buf[k] = CChar(bitPattern: p[k]) }
            buf[n] = 0
            return strtod(buf.baseAddress!, nil)
        }
    }

    /// Whether the bytes look like a number with thousands separators (`1,234`, `-12,345.6`).
    static func hasThousandsSeparators(_ p: UnsafePointer<UInt8>, _ n: Int) -> Bool {
        var i = 0
        if n > 0, p[0] == UInt8(ascii: "-") || p[0] == UInt8(ascii: "+") { i = 1 }
        var lead = 0
        while i < n, p[i] &- 48 <= 9 {
            lead += 1
            i += 1
        }
        guard lead >= 1, lead <= 3, i < n, p[i] == UInt8(ascii: ",") else { return false }
        while i < n, p[i] == UInt8(ascii: ",") {
            var k = 0
            i += 1
            while i < n, p[i] &- 48 <= 9 {
                k += 1
                i += 1
            }
            if k != 3 { return false }
        }
        if i == n { return true }
        guard p[i] == UInt8(ascii: ".") else { return false }
        i += 1
        while i < n, p[i] &- 48 <= 9 { i += 1 }
        return i == n
    }
}
