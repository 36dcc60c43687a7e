/// Assigns dense codes to distinct byte strings without creating a `String` per cell
/// (open addressing with linear probing, FNV-1a hash, bytes kept in one arena). Used to
/// dictionary-encode text columns while reading; `strings()` decodes each distinct value once.
///
/// Each slot holds the upper 32 bits of the hash beside the code, so a probe costs one memory
/// access: on high-cardinality columns (ids) the table outgrows the caches and a second random
/// access per cell (to a separate hash array) doubled the time.
struct ByteInterner {
    private var arena: [UInt8] = []
    private var starts: [Int] = [0]
    /// `hash >> 32 << 32 | (code + 1)`; 0 = empty.
    private var slots = [UInt64](repeating: 0, count: 64)
    private var shift: UInt64 = 64 - 6

    /// Number of distinct values so far.
    var count: Int { starts.count - 1 }

    /// Fibonacci hashing: the high bits of h·2⁶⁴/φ spread FNV's weak low bits over the table.
    @inline(__always)
    private func slot(_ h: UInt64) -> Int { Int(truncatingIfNeeded: (h &* 0x9E37_79B9_7F4A_7C15) >> shift) }

    /// The code of these bytes, adding them when new. Amortised O(n).
    @inline(__always)
    mutating func intern(_ p: UnsafePointer<UInt8>, _ n: Int) -> Int32 {
        var h: UInt64 = 0xcbf2_9ce4_8422_2325
        for k in 0..<n { h = (h ^ UInt64(p[k])) &* 0x100_0000_01b3 }
        let tag = h & 0xFFFF_FFFF_0000_0000
        let mask = slots.count - 1
        var s = slot(h)
        while true {
            let e = slots[s]
            if e == 0 { break }
            if e & 0xFFFF_FFFF_0000_0000 == tag {
                let c = Int(e & 0xFFFF_FFFF) - 1
                if equal(c, p, n) { return Int32(c) }
            }
            s = (s + 1) & mask
        }
        let code = count
        slots[s] = tag | UInt64(code + 1)
        arena.append(contentsOf: UnsafeBufferPointer(start: p, count: n))
        starts.append(arena.count)
        if count * 2 > slots.count { grow() }
        return Int32(code)
    }

    private func equal(_ c: Int, _ p: UnsafePointer<UInt8>, _ n: Int) -> Bool {
        let a = starts[c], b = starts[c + 1]
        guard b - a == n else { return false }
        for k in 0..<n where arena[a + k] != p[k] { return false }
        return true
    }

    private mutating func grow() {
        let old = slots
        slots = [UInt64](repeating: 0, count: old.count * 2)
        shift -= 1
        let mask = slots.count - 1
        for e in old where e != 0 {
            let c = Int(e & 0xFFFF_FFFF) - 1
            var h: UInt64 = 0xcbf2_9ce4_8422_2325
            for k in starts[c]..<starts[c + 1] { h = (h ^ UInt64(arena[k])) &* 0x100_0000_01b3 }
            var s = slot(h)
            while slots[s] != 0 { s = (s + 1) & mask }
            slots[s] = e
        }
    }

    /// The distinct values as text, in code order (invalid UTF-8 is repaired with U+FFFD).
    func strings() -> [String] {
        (0..<count).map { c in String(decoding: arena[starts[c]..<starts[c + 1]], as: UTF8.self) }
    }
}
