"""Expected SHA-256 digests for Tests/PipelinesTests/SHA256Tests.swift (Python's hashlib, OpenSSL).

Run: python3 Tests/References/Pipelines/sha256_vectors.py
Vectors: NIST FIPS 180-4 examples ("abc", the 448- and 896-bit messages), the empty message,
lengths around the 55/56/64-byte padding boundaries, a million 'a's, and UTF-8 Chinese text.
"""
import hashlib

vectors = {
    "empty": b"",
    "abc": b"abc",
    "nist448": b"abcdbcdecdefdefgefghfghighijhijkijkljklmklmnlmnomnopnopq",
    "nist896": b"abcdefghbcdefghicdefghijdefghijkefghijklfghijklmghijklmnhijklmnoijklmnopjklmnopqklmnopqrlmnopqrsmnopqrstnopqrstu",
    "a55": b"a" * 55,
    "a56": b"a" * 56,
    "a63": b"a" * 63,
    "a64": b"a" * 64,
    "a65": b"a" * 65,
    "a127": b"a" * 127,
    "million_a": b"a" * 1_000_000,
    "chinese": "街镇社工站 济南市".encode("utf-8"),
}
for name, data in vectors.items():
    print(f'"{name}": "{hashlib.sha256(data).hexdigest()}",')
# bytes 0..255 repeated to 1000 bytes, fed in pieces of 1, 7, 64 and 1000 bytes
pattern = bytes(i % 256 for i in range(1000))
print(f'"pattern1000": "{hashlib.sha256(pattern).hexdigest()}",')
