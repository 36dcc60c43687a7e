// Why hand-written: the only hash the manifest needs is SHA-256 of files, and the offline choice,
// apple/swift-crypto 3.12.3, compiles BoringSSL (hundreds of C files) on Linux — minutes on the
// team's 2-core machine for ~100 lines of FIPS 180-4. Checked against Python's hashlib
// (Tests/References/Pipelines/sha256_vectors.py) including the NIST vectors and block boundaries.
import Data
import Foundation

/// SHA-256 (FIPS 180-4, §6.2), streaming: `update` with bytes in any pieces, then `finalize`.
///
/// Each 64-byte block takes 64 rounds of 32-bit additions, rotations and boolean functions;
/// O(n) time, O(1) memory. Reference: NIST FIPS PUB 180-4, *Secure Hash Standard* (2015).
public struct SHA256: Sendable {
    private var state: [UInt32] = [
        0x6a09e667, 0xbb67ae85, 0x3c6ef372, 0xa54ff53a, 0x510e527f, 0x9b05688c, 0x1f83d9ab, 0x5be0cd19,
    ]
    private var buffer: [UInt8] = []
    /// Bytes already compressed (whole blocks).
    private var length: UInt64 = 0

    private static let k: [UInt32] = [
        0x428a2f98, 0x71374491, 0xb5c0fbcf, 0xe9b5dba5, 0x3956c25b, 0x59f111f1, 0x923f82a4, 0xab1c5ed5,
        0xd807aa98, 0x12835b01, 0x243185be, 0x550c7dc3, 0x72be5d74, 0x80deb1fe, 0x9bdc06a7, 0xc19bf174,
        0xe49b69c1, 0xefbe4786, 0x0fc19dc6, 0x240ca1cc, 0x2de92c6f, 0x4a7484aa, 0x5cb0a9dc, 0x76f988da,
        0x983e5152, 0xa831c66d, 0xb00327c8, 0xbf597fc7, 0xc6e00bf3, 0xd5a79147, 0x06ca6351, 0x14292967,
        0x27b70a85, 0x2e1b2138, 0x4d2c6dfc, 0x53380d13, 0x650a7354, 0x766a0abb, 0x81c2c92e, 0x92722c85,
        0xa2bfe8a1, 0xa81a664b, 0xc24b8b70, 0xc76c51a3, 0xd192e819, 0xd6990624, 0xf40e3585, 0x106aa070,
        0x19a4c116, 0x1e376c08, 0x2748774c, 0x34b0bcb5, 0x391c0cb3, 0x4ed8aa4a, 0x5b9cca4f, 0x682e6ff3,
        0x748f82ee, 0x78a5636f, 0x84c87814, 0x8cc70208, 0x90befffa, 0xa4506ceb, 0xbef9a3f7, 0xc67178f2,
    ]

    /// A fresh hash (the initial state H⁽⁰⁾ of FIPS 180-4 §5.3.3).
    public init() {}

    /// Feeds `bytes` into the hash.
    /// - Parameter bytes: the next bytes of the message, any length.
    public mutating func update<S: Sequence>(_ bytes: S) where S.Element == UInt8 {
        let array = Array(bytes)
        array.withUnsafeBytes { update($0) }
    }

    /// Feeds the bytes at `raw` into the hash; whole blocks are compressed straight from memory.
    /// - Parameter raw: the next bytes of the message, any length.
    public mutating func update(_ raw: UnsafeRawBufferPointer) {
        guard let base = raw.baseAddress, raw.count > 0 else { return }
        var offset = 0
        if !buffer.isEmpty {
            let take = min(64 - buffer.count, raw.count)
            buffer.append(contentsOf: UnsafeRawBufferPointer(start: base, count: take))
            offset = take
            if buffer.count == 64 {
                let block = buffer  // a copy: compress mutates self
                buffer.removeAll(keepingCapacity: true)
                block.withUnsafeBytes { if let p = $0.baseAddress { compress(p) } }
            }
        }
        while raw.count - offset >= 64 {
            compress(base + offset)
            offset += 64
        }
        if offset < raw.count { buffer.append(contentsOf: UnsafeRawBufferPointer(start: base + offset, count: raw.count - offset)) }
    }

    /// Pads the message (a 1 bit, zeros, the 64-bit big-endian bit length) and returns the digest.
    /// - Returns: the 32-byte digest.
    public mutating func finalize() -> [UInt8] {
        let bitLength = (length &+ UInt64(buffer.count)) &* 8
        var tail = buffer
        tail.append(0x80)
        while tail.count % 64 != 56 { tail.append(0) }
        for shift in stride(from: 56, through: 0, by: -8) { tail.append(UInt8(truncatingIfNeeded: bitLength >> UInt64(shift))) }
        tail.withUnsafeBytes { p in
            guard let base = p.baseAddress else { return }
            for start in stride(from: 0, to: p.count, by: 64) { compress(base + start) }
        }
        buffer.removeAll()
        var digest: [UInt8] = []
        digest.reserveCapacity(32)
        for word in state { for shift in [24, 16, 8, 0] { digest.append(UInt8(truncatingIfNeeded: word >> UInt32(shift))) } }
        return digest
    }

    /// One 64-byte block at `block` (FIPS 180-4 §6.2.2), on a stack buffer for the message schedule.
    private mutating func compress(_ block: UnsafeRawPointer) {
        length &+= 64
        let k = SHA256.k
        withUnsafeTemporaryAllocation(of: UInt32.self, capacity: 64) { w in
            for t in 0..<16 {
                let b = block + 4 * t
                w[t] = UInt32(b.load(as: UInt8.self)) << 24 | UInt32(b.load(fromByteOffset: 1, as: UInt8.self)) << 16
                    | UInt32(b.load(fromByteOffset: 2, as: UInt8.self)) << 8 | UInt32(b.load(fromByteOffset: 3, as: UInt8.self))
            }
            for t in 16..<64 {
                let s0 = rotr(w[t - 15], 7) ^ rotr(w[t - 15], 18) ^ (w[t - 15] >> 3)
                let s1 = rotr(w[t - 2], 17) ^ rotr(w[t - 2], 19) ^ (w[t - 2] >> 10)
                w[t] = w[t - 16] &+ s0 &+ w[t - 7] &+ s1
            }
            var (a, b, c, d, e, f, g, h) = (state[0], state[1], state[2], state[3], state[4], state[5], state[6], state[7])
            k.withUnsafeBufferPointer { k in
                for t in 0..<64 {
                    let t1 = h &+ (rotr(e, 6) ^ rotr(e, 11) ^ rotr(e, 25)) &+ ((e & f) ^ (~e & g)) &+ k[t] &+ w[t]
                    let t2 = (rotr(a, 2) ^ rotr(a, 13) ^ rotr(a, 22)) &+ ((a & b) ^ (a & c) ^ (b & c))
                    (h, g, f, e, d, c, b, a) = (g, f, e, d &+ t1, c, b, a, t1 &+ t2)
                }
            }
            state[0] &+= a; state[1] &+= b; state[2] &+= c; state[3] &+= d
            state[4] &+= e; state[5] &+= f; state[6] &+= g; state[7] &+= h
        }
    }

    @inline(__always) private func rotr(_ x: UInt32, _ n: UInt32) -> UInt32 { (x >> n) | (x << (32 - n)) }

    /// The lowercase hexadecimal SHA-256 of `bytes`.
    /// - Parameter bytes: the whole message.
    /// - Returns: 64 hex digits.
    public static func hex<S: Sequence>(_ bytes: S) -> String where S.Element == UInt8 {
        var h = SHA256()
        h.update(bytes)
        return hexString(h.finalize())
    }

    /// The lowercase hexadecimal SHA-256 of the file at `path`, read in 1 MiB pieces.
    /// - Parameter path: a regular file.
    /// - Returns: 64 hex digits.
    /// - Throws: `DataError` (`.missingInput`, exit 66) when the file cannot be read.
    public static func hexOfFile(_ path: String) throws -> String {
        guard let handle = FileHandle(forReadingAtPath: path) else {
            throw DataError(.missingInput, at: SourceLocation(file: path), "cannot read the file to hash it")
        }
        defer { try? handle.close() }
        var h = SHA256()
        while true {
            let chunk: Foundation.Data
            do { chunk = try handle.read(upToCount: 1 << 20) ?? Foundation.Data() } catch {
                throw DataError(.io, at: SourceLocation(file: path), "reading failed while hashing: \(error)")
            }
            if chunk.isEmpty { break }
            chunk.withUnsafeBytes { h.update($0) }
        }
        return hexString(h.finalize())
    }

    private static func hexString(_ digest: [UInt8]) -> String {
        let digits = Array("0123456789abcdef")
        return String(digest.flatMap { [digits[Int($0 >> 4)], digits[Int($0 & 15)]] })
    }
}
