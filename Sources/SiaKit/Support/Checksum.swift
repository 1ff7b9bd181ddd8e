/// A fast 64-bit checksum, to notice a damaged cache file (a disk error, a file cut
/// short by hand), not to resist tampering: the cache sits in the user's own private
/// folder, where anyone able to write could as well change the program. SHA-256
/// (swift-crypto) cost more than the rest of reading the cache, and no kept library
/// offers a non-cryptographic hash over bytes, hence these few lines: each 8-byte word
/// is mixed in with a multiply and a rotation, then the total is avalanched
/// (splitmix64's finaliser).
public enum Checksum {
  public static func of(_ bytes: UnsafeRawBufferPointer) -> UInt64 {
    var hash: UInt64 = 0x9E37_79B9_7F4A_7C15 ^ UInt64(bytes.count)
    let words = bytes.count / 8
    for word in 0..<words {
      let value = bytes.loadUnaligned(fromByteOffset: word * 8, as: UInt64.self)
      hash = (hash ^ value) &* 0xBF58_476D_1CE4_E5B9
      hash = (hash << 31) | (hash >> 33)
    }
    for offset in (words * 8)..<bytes.count {
      hash = (hash ^ UInt64(bytes[offset])) &* 0x94D0_49BB_1331_11EB
    }
    hash ^= hash >> 30
    hash &*= 0xBF58_476D_1CE4_E5B9
    hash ^= hash >> 27
    hash &*= 0x94D0_49BB_1331_11EB
    return hash ^ (hash >> 31)
  }

  public static func of(_ bytes: [UInt8]) -> UInt64 { bytes.withUnsafeBytes { of($0) } }
}
