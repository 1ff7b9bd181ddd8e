/// Whether bytes are well-formed UTF-8 (Unicode 15, table 3-7: no overlong forms, no
/// surrogates, nothing above U+10FFFF).
///
/// Hand-written because the standard library validates only while making a `String`
/// (`String(validating:as:)` takes its slow generic path on Linux; `String(decoding:)`
/// repairs instead of refusing), and `sia verify` must check each whole declaration, as
/// `String(data:encoding:)` did, without copying it. Runs of ASCII, nearly all of a
/// declaration, are checked eight bytes at a time.
enum UTF8Validation {
  static func isValid(_ bytes: UnsafeBufferPointer<UInt8>) -> Bool {
    guard let base = bytes.baseAddress else { return true }
    let count = bytes.count
    var index = 0
    while index < count {
      if index + 8 <= count,
        UnsafeRawPointer(base + index).loadUnaligned(as: UInt64.self) & 0x8080_8080_8080_8080 == 0
      {
        index += 8
        continue
      }
      let lead = bytes[index]
      if lead < 0x80 {
        index += 1
        continue
      }
      // The length of the sequence and the range its second byte must fall in.
      let length: Int
      var low: UInt8 = 0x80
      var high: UInt8 = 0xBF
      switch lead {
      case 0xC2...0xDF: length = 2
      case 0xE0: length = 3; low = 0xA0
      case 0xE1...0xEC, 0xEE...0xEF: length = 3
      case 0xED: length = 3; high = 0x9F
      case 0xF0: length = 4; low = 0x90
      case 0xF1...0xF3: length = 4
      case 0xF4: length = 4; high = 0x8F
      default: return false
      }
      guard count - index >= length, (low...high).contains(bytes[index + 1]) else { return false }
      for offset in 2..<length where !(0x80...0xBF).contains(bytes[index + offset]) { return false }
      index += length
    }
    return true
  }
}

extension String {
  /// `bytes` as text when they are valid UTF-8, else nil: what `String(validating:as:)`
  /// does, without its slow generic path on Linux (see `UTF8Validation`).
  init?(validUTF8 bytes: UnsafeBufferPointer<UInt8>) {
    guard UTF8Validation.isValid(bytes) else { return nil }
    self = String(decoding: bytes, as: UTF8.self)
  }
}
