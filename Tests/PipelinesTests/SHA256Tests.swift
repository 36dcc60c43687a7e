import Foundation
import XCTest
import Data
@testable import Pipelines

final class SHA256Tests: XCTestCase {
    // Expected: hashlib.sha256, Tests/References/Pipelines/sha256_vectors.py
    private let expected: [String: String] = [
        "empty": "e3b0c44298fc1c149afbf4c8996fb92427ae41e4649b934ca495991b7852b855",
        "abc": "ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad",
        "nist448": "248d6a61d20638b8e5c026930c3e6039a33ce45964ff2167f6ecedd419db06c1",
        "nist896": "cf5b16a778af8380036ce59e7b0492370b249b11e8f07a51afac45037afee9d1",
        "a55": "9f4390f8d30c2dd92ec9f095b65e2b9ae9b0a925a5258e241c9f1e910f734318",
        "a56": "b35439a4ac6f0948b6d6f9e3c6af0f5f590ce20f1bde7090ef7970686ec6738a",
        "a63": "7d3e74a05d7db15bce4ad9ec0658ea98e3f06eeecf16b4c6fff2da457ddc2f34",
        "a64": "ffe054fe7ae0cb6dc65c3af9b61d5209f439851db43d0ba5997337df154668eb",
        "a65": "635361c48bb9eab14198e76ea8ab7f1a41685d6ad62aa9146d301d4f17eb0ae0",
        "a127": "c57e9278af78fa3cab38667bef4ce29d783787a2f731d4e12200270f0c32320a",
        "million_a": "cdc76e5c9914fb9281a1c7e284d73e67f1809a48a497200e046d39ccc7112cd0",
        "chinese": "3914432a6486a1d9210e8dfe4d6ab3571b158f8677b0edce3ddcfeba6331d839",
        "pattern1000": "a8af099bf2e878609558dbf69d8f88f4a31040a8cf84b549a0cfa912f12ffc3f",
    ]

    func testDigestsMatchHashlibIncludingPaddingBoundaries() {
        let messages: [String: [UInt8]] = [
            "empty": [], "abc": Array("abc".utf8),
            "nist448": Array("abcdbcdecdefdefgefghfghighijhijkijkljklmklmnlmnomnopnopq".utf8),
            "nist896": Array("abcdefghbcdefghicdefghijdefghijkefghijklfghijklmghijklmnhijklmnoijklmnopjklmnopqklmnopqrlmnopqrsmnopqrstnopqrstu".utf8),
            "a55": Array(repeating: 97, count: 55), "a56": Array(repeating: 97, count: 56),
            "a63": Array(repeating: 97, count: 63), "a64": Array(repeating: 97, count: 64),
            "a65": Array(repeating: 97, count: 65), "a127": Array(repeating: 97, count: 127),
            "chinese": Array("街镇社工站 济南市".utf8),
        ]
        for (name, bytes) in messages {
            XCTAssertEqual(SHA256.hex(bytes), expected[name], name)
        }
    }

    func testStreamingInPiecesGivesTheSameDigest() {
        let pattern = (0..<1000).map { UInt8($0 % 256) }
        for piece in [1, 7, 64, 1000] {
            var h = SHA256()
            for start in stride(from: 0, to: pattern.count, by: piece) { h.update(pattern[start..<min(start + piece, pattern.count)]) }
            XCTAssertEqual(h.finalize().map { String(format: "%02x", $0) }.joined(), expected["pattern1000"], "pieces of \(piece)")
        }
    }

    func testFileDigestOfAMillionBytesMatchesHashlib() throws {
        let path = FileManager.default.temporaryDirectory.appendingPathComponent("sha256-\(UUID().uuidString)").path
        defer { try? FileManager.default.removeItem(atPath: path) }
        XCTAssertTrue(FileManager.default.createFile(atPath: path, contents: Foundation.Data(repeating: 97, count: 1_000_000)))
        XCTAssertEqual(try SHA256.hexOfFile(path), expected["million_a"])
    }

    func testMissingFileIsAMissingInputError() {
        XCTAssertThrowsError(try SHA256.hexOfFile("/nonexistent/file")) { error in
            XCTAssertEqual((error as? DataError)?.exitStatus, .noInput)
        }
    }
}
