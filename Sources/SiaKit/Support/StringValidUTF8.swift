import Foundation

extension String {
  /// `bytes` as text when they are valid UTF-8, else nil: what `String(validating:as:)`
  /// does, through the standard library's fast UTF-8 decoder instead — on Linux the
  /// former takes the generic transcoding path, and `sia verify` validates every
  /// declaration it reads.
  init?(validUTF8 bytes: UnsafeBufferPointer<UInt8>) {
    var text = String(decoding: bytes, as: UTF8.self)
    // Decoding puts U+FFFD in place of each invalid sequence: the bytes come out
    // unchanged exactly when they were valid UTF-8.
    let unchanged = text.withUTF8 { decoded in
      guard decoded.count == bytes.count, let left = decoded.baseAddress, let right = bytes.baseAddress else {
        return decoded.count == bytes.count
      }
      return memcmp(left, right, bytes.count) == 0
    }
    guard unchanged else { return nil }
    self = text
  }
}
