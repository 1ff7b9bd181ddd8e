import Foundation

/// The RFC 4251 encoding that every OpenSSH structure uses (`uint32` big-endian,
/// `string` = `uint32` length + bytes). Reading never traps: a short or lying length
/// gives `nil`, so a truncated or hostile file is a clean refusal, never a crash.
public struct SSHWireReader {
  private let bytes: [UInt8]
  public private(set) var offset = 0

  public init(_ data: Data) { bytes = [UInt8](data) }
  public init(_ bytes: [UInt8]) { self.bytes = bytes }

  public var isAtEnd: Bool { offset == bytes.count }
  public var remaining: Int { bytes.count - offset }

  public mutating func readUInt32() -> UInt32? {
    guard remaining >= 4 else { return nil }
    let value = bytes[offset..<offset + 4].reduce(UInt32(0)) { $0 << 8 | UInt32($1) }
    offset += 4
    return value
  }

  /// Reads exactly `count` raw bytes (no length prefix).
  public mutating func readBytes(_ count: Int) -> [UInt8]? {
    guard count >= 0, remaining >= count else { return nil }
    defer { offset += count }
    return Array(bytes[offset..<offset + count])
  }

  /// Reads a length-prefixed `string`.
  public mutating func readString() -> [UInt8]? {
    let start = offset
    guard let length = readUInt32(), let value = readBytes(Int(length)) else {
      offset = start
      return nil
    }
    return value
  }

  /// Reads a `string` that must be UTF-8 text (key types, namespaces, algorithm names).
  public mutating func readText() -> String? {
    guard let value = readString() else { return nil }
    return String(bytes: value, encoding: .utf8)
  }
}

/// Builds RFC 4251 structures byte by byte.
public struct SSHWireWriter {
  public private(set) var bytes: [UInt8] = []

  public init() {}

  public var data: Data { Data(bytes) }

  public mutating func writeUInt32(_ value: UInt32) {
    bytes += [UInt8(value >> 24 & 0xFF), UInt8(value >> 16 & 0xFF), UInt8(value >> 8 & 0xFF), UInt8(value & 0xFF)]
  }

  public mutating func writeRaw<C: Collection>(_ raw: C) where C.Element == UInt8 { bytes += raw }

  public mutating func writeString<C: Collection>(_ value: C) where C.Element == UInt8 {
    writeUInt32(UInt32(value.count))
    bytes += value
  }

  public mutating func writeString(_ text: String) { writeString(Array(text.utf8)) }
}

/// Base64 as OpenSSH writes it inside armored files: lines of 70 characters.
enum SSHBase64 {
  static func wrapped(_ data: Data, width: Int = 70) -> [String] {
    let text = data.base64EncodedString()
    var lines: [String] = []
    var index = text.startIndex
    while index < text.endIndex {
      let end = text.index(index, offsetBy: width, limitedBy: text.endIndex) ?? text.endIndex
      lines.append(String(text[index..<end]))
      index = end
    }
    return lines
  }
}
