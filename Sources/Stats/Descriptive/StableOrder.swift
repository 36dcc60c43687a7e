extension Descriptive {
    /// The permutation that sorts non-negative finite values ascending, ties in input order: the order a
    /// stable comparison sort gives, so results computed along it are the same bits either way.
    ///
    /// Below 256 values it is the standard library's stable sort of indices. From 256 on it is a
    /// least-significant-digit radix sort on the values' IEEE 754 bit patterns, which for x ≥ 0 order as
    /// unsigned integers exactly as the values do (−0 is first mapped to +0, which compares equal): one
    /// pass counts all eight byte digits, then one stable scatter pass per byte whose digits are not all
    /// equal (the exponent's high byte usually is).
    ///
    /// Reference: D. E. Knuth, TAOCP vol. 3, §5.2.5 (radix sorting; LSD passes are stable).
    /// - Parameter x: values, each ≥ 0 and finite (the caller checks).
    /// - Returns: indices into `x` in ascending order of value.
    /// - Complexity: O(n log n) below 256 values, else O(n) time (≤ 8 passes) and O(n) memory.
    static func stableAscendingOrder(nonNegative x: [Double]) -> [Int] {
        let n = x.count
        guard n >= 256 else { return x.indices.sorted { x[$0] < x[$1] } }
        var keys = x.map { ($0 + 0).bitPattern }  // −0 + 0 = +0
        var order = Array(0..<n)
        var keysOut = keys, orderOut = order
        var counts = [Int](repeating: 0, count: 8 * 256)
        counts.withUnsafeMutableBufferPointer { c in
            for k in keys {
                for byte in 0..<8 { c[byte << 8 | Int((k >> (8 * UInt64(byte))) & 0xFF)] += 1 }
            }
            for byte in 0..<8 {
                let digits = UnsafeMutableBufferPointer(rebasing: c[(byte << 8)..<((byte + 1) << 8)])
                if digits.contains(n) { continue }  // every key has the same digit here: nothing moves
                var total = 0
                for j in 0..<256 {
                    let count = digits[j]
                    digits[j] = total
                    total += count
                }
                let shift = 8 * UInt64(byte)
                keys.withUnsafeBufferPointer { kIn in
                    order.withUnsafeBufferPointer { oIn in
                        keysOut.withUnsafeMutableBufferPointer { kOut in
                            orderOut.withUnsafeMutableBufferPointer { oOut in
                                for i in 0..<n {
                                    let digit = Int((kIn[i] >> shift) & 0xFF)
                                    let to = digits[digit]
                                    digits[digit] = to + 1
                                    kOut[to] = kIn[i]
                                    oOut[to] = oIn[i]
                                }
                            }
                        }
                    }
                }
                swap(&keys, &keysOut)
                swap(&order, &orderOut)
            }
        }
        return order
    }
}
