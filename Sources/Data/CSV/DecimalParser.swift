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
        var digits = 0  // significant digits accumulated (leading zeros skipped)
        var dropped = false  // digits beyond 19 were seen
        var exponent = 0
        var sawDigit = false
        while i < n, p[i] &- 48 <= 9 {
            sawDigit = true
            let d = UInt64(p[i] &- 48)
            if digits < 19 {
                if mantissa != 0 || d != 0 { digits += 1 }
                mantissa = mantissa &* 10 &+ d
            } else {
                exponent += 1
                dropped = true
            }
            i += 1
        }
        if i < n, p[i] == UInt8(ascii: ".") {
            i += 1
            while i < n, p[i] &- 48 <= 9 {
                sawDigit = true
                let d = UInt64(p[i] &- 48)
                if digits < 19 {
                    if mantissa != 0 || d != 0 { digits += 1 }
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
        return slow(p, n)
    }

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
