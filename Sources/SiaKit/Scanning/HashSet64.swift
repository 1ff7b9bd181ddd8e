/// A set of 64-bit word hashes with open addressing: the hashes are already uniform
/// (FNV-1a), so the slot is the hash's low bits and no second hash is computed.
/// Hand-written because `Set<UInt64>` hashes every key again with SipHash, which made
/// the per-token cue lookups and loading 450,000 dictionary words the slowest parts of
/// a scan. 0 marks an empty slot (the hash of 0 is stored as 1).
struct HashSet64: Sendable {
  private(set) var slots: [UInt64]
  private var mask: Int
  private var shift: UInt64
  private(set) var count = 0

  init(minimumCapacity: Int = 8) {
    var capacity = 16
    var bits: UInt64 = 4
    while capacity < minimumCapacity * 2 {
      capacity <<= 1
      bits += 1
    }
    slots = Array(repeating: 0, count: capacity)
    mask = capacity - 1
    shift = 64 - bits
  }

  /// Fibonacci hashing: the high bits of the product spread neighbouring FNV values.
  @inline(__always) private func slot(_ key: UInt64) -> Int {
    Int(truncatingIfNeeded: (key &* 0x9E37_79B9_7F4A_7C15) >> shift)
  }

  init<S: Sequence>(_ hashes: S) where S.Element == UInt64 {
    self.init(minimumCapacity: hashes.underestimatedCount)
    for hash in hashes { insert(hash) }
  }

  @inline(__always) private static func key(_ hash: UInt64) -> UInt64 { hash == 0 ? 1 : hash }

  @inline(__always) func contains(_ hash: UInt64) -> Bool {
    let key = HashSet64.key(hash)
    var index = slot(key)
    while true {
      let slot = slots[index]
      if slot == key { return true }
      if slot == 0 { return false }
      index = (index + 1) & mask
    }
  }

  mutating func insert(_ hash: UInt64) {
    if (count + 1) * 2 > slots.count { grow() }
    let key = HashSet64.key(hash)
    var index = slot(key)
    while true {
      let slot = slots[index]
      if slot == key { return }
      if slot == 0 {
        slots[index] = key
        count += 1
        return
      }
      index = (index + 1) & mask
    }
  }

  private mutating func grow() {
    let old = slots
    slots = Array(repeating: 0, count: old.count * 2)
    mask = slots.count - 1
    shift -= 1
    count = 0
    for key in old where key != 0 { insert(key) }
  }
}
