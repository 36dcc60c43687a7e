/// Assigns dense codes to distinct byte strings without creating a `String` per cell
/// (open addressing, FNV-1a hash, bytes kept in one arena). Used to dictionary-encode text
/// columns while reading; `strings()` decodes each distinct value once at the end.
struct ByteInterner {
    private var arena: [UInt8] = []
    private var starts: [Int] = [0]
    private var hashes: [UInt64] = []
    private var slots = [Int32](repeating: -1, count: 64)

    /// Number of distinct values so far.
    var count: Int { hashes.count }

    /// The code of these bytes, adding them when new. Amortised O(n).
    @inline(__always)
    mutating func intern(_ p: UnsafePointer<UInt8>, _ n: Int) -> Int32 {
        var h: UInt64 = 0xcbf2_9ce4_8422_2325
        for k in 0..<n { h = (h ^ UInt64(p[k])) &* 0x100_0000_01b3 }
        let mask = slots.count - 1
        var s = Int(truncatingIfNeeded: h ^ (h >> 29)) & mask
        while true {
            let c = slots[s]
            if c < 0 { break }
            if hashes[Int(c)] == h, equal(Int(c), p, n) { return c }
            s = (s + 1) & mask
        }
        let code = Int32(hashes.count)
        slots[s] = code
        hashes.append(h)
        arena.append(contentsOf: UnsafeBufferPointer(start: p, count: n))
        starts.append(arena.count)
        if hashes.count * 2 > slots.count { grow() }
        return code
    }

    private func equal(_ c: Int, _ p: UnsafePointer<UInt8>, _ n: Int) -> Bool {
        let a = starts[c], b = starts[c + 1]
        guard b - a == n else { return false }
        for k in 0..<n where arena[a + k] != p[k] { return false }
        return true
    }

    private mutating func grow() {
        slots = [Int32](repeating: -1, count: slots.count * 2)
        let mask = slots.count - 1
        for (c, h) in hashes.enumerated() {
            var s = Int(truncatingIfNeeded: h ^ (h >> 29)) & mask
            while slots[s] >= 0 { s = (s + 1) & mask }
            slots[s] = Int32(c)
        }
    }

    /// The distinct values as text, in code order (invalid UTF-8 is repaired with U+FFFD).
    func strings() -> [String] {
        (0..<count).map { c in String(decoding: arena[starts[c]..<starts[c + 1]], as: UTF8.self) }
    }
}
