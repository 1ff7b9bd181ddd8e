/// Lower-case hexadecimal of bytes (`%02x` each, joined), written from a table:
/// `String(format:)` per byte cost a registry more than its SHA-512 digests themselves
/// (three 64-byte digests per indexed file). No kept library offers it.
public enum Hex {
  static let digits = Array("0123456789abcdef".utf8)

  public static func lower<Bytes: Sequence>(_ bytes: Bytes) -> String where Bytes.Element == UInt8 {
    var text: [UInt8] = []
    text.reserveCapacity(bytes.underestimatedCount * 2)
    for byte in bytes {
      text.append(digits[Int(byte >> 4)])
      text.append(digits[Int(byte & 0x0F)])
    }
    return String(decoding: text, as: UTF8.self)
  }
}
