import Foundation

/// A JSON value, decoded from any JSON or built from any `Encodable`.
public enum JSONValue: Codable, Equatable, Sendable {
  case null
  case bool(Bool)
  case int(Int)
  case string(String)
  case array([JSONValue])
  case object([String: JSONValue])

  public init(from decoder: Decoder) throws {
    let container = try decoder.singleValueContainer()
    if container.decodeNil() {
      self = .null
    } else if let value = try? container.decode(Bool.self) {
      self = .bool(value)
    } else if let value = try? container.decode(Int.self) {
      self = .int(value)
    } else if let value = try? container.decode(String.self) {
      self = .string(value)
    } else if let value = try? container.decode([JSONValue].self) {
      self = .array(value)
    } else if let value = try? container.decode([String: JSONValue].self) {
      self = .object(value)
    } else {
      throw DecodingError.dataCorruptedError(
        in: container, debugDescription: "only integers, no fractions, in sia documents")
    }
  }

  public func encode(to encoder: Encoder) throws {
    var container = encoder.singleValueContainer()
    switch self {
    case .null: try container.encodeNil()
    case .bool(let value): try container.encode(value)
    case .int(let value): try container.encode(value)
    case .string(let value): try container.encode(value)
    case .array(let value): try container.encode(value)
    case .object(let value): try container.encode(value)
    }
  }
}

/// Canonical JSON in the sense of RFC 8785 (JCS) for the values `sia` writes: no
/// whitespace, object keys sorted by UTF-16 code units, strings escaped minimally.
/// The same content always gives the same bytes, so registries can hash and compare.
public enum CanonicalJSON {
  /// `value` as canonical JSON. Foundation's `JSONEncoder` runs the `Encodable`
  /// conformances; its output is read back with `JSONReader`, not `JSONDecoder`: the
  /// same `JSONValue` for whatever the encoder writes (integers, no duplicate keys, see
  /// `JSONReader`), at a tenth of the cost — `sia verify` re-renders every declaration
  /// it checks, and this round trip was more than half of its time per file.
  public static func encode<T: Encodable>(_ value: T) throws -> String {
    let encoder = JSONEncoder()
    encoder.dateEncodingStrategy = .iso8601
    let data = try encoder.encode(value)
    // `JSONReader` reads the encoder's output ten times faster than `JSONDecoder` (every
    // file `sia registry` verifies is rendered again), to the same value whenever it
    // accepts it; whatever it refuses goes the slow way, so the result never differs.
    if let value = try? JSONReader.parse(data) { return serialize(value) }
    return serialize(try JSONDecoder().decode(JSONValue.self, from: data))
  }

  public static func serialize(_ value: JSONValue) -> String {
    var out: [UInt8] = []
    out.reserveCapacity(4096)
    write(value, to: &out)
    return String(decoding: out, as: UTF8.self)
  }

  /// Written as UTF-8 bytes: appending scalar by scalar to a `String` cost three times
  /// as much. Bytes of a multi-byte character are never escaped, so they pass unchanged.
  static func write(_ value: JSONValue, to out: inout [UInt8]) {
    switch value {
    case .null: out += "null".utf8
    case .bool(let flag): out += (flag ? "true" : "false").utf8
    case .int(let number): out += String(number).utf8
    case .string(let text): writeString(text, to: &out)
    case .array(let items):
      out.append(UInt8(ascii: "["))
      for (index, item) in items.enumerated() {
        if index > 0 { out.append(UInt8(ascii: ",")) }
        write(item, to: &out)
      }
      out.append(UInt8(ascii: "]"))
    case .object(let members):
      out.append(UInt8(ascii: "{"))
      // Each key's UTF-16 units made once, not at every comparison.
      let keys = members.keys.map { ($0, Array($0.utf16)) }.sorted { $0.1.lexicographicallyPrecedes($1.1) }.map(\.0)
      for (index, key) in keys.enumerated() {
        if index > 0 { out.append(UInt8(ascii: ",")) }
        writeString(key, to: &out)
        out.append(UInt8(ascii: ":"))
        if let member = members[key] { write(member, to: &out) }
      }
      out.append(UInt8(ascii: "}"))
    }
  }

  static let hexDigits = Array("0123456789abcdef".utf8)

  static func writeString(_ text: String, to out: inout [UInt8]) {
    out.append(UInt8(ascii: "\""))
    // Most texts need no escape: copied whole.
    if !text.utf8.contains(where: { $0 < 0x20 || $0 == UInt8(ascii: "\"") || $0 == UInt8(ascii: "\\") }) {
      out.append(contentsOf: text.utf8)
      out.append(UInt8(ascii: "\""))
      return
    }
    for byte in text.utf8 {
      switch byte {
      case UInt8(ascii: "\""): out += [UInt8(ascii: "\\"), UInt8(ascii: "\"")]
      case UInt8(ascii: "\\"): out += [UInt8(ascii: "\\"), UInt8(ascii: "\\")]
      case 0x08: out += [UInt8(ascii: "\\"), UInt8(ascii: "b")]
      case 0x0C: out += [UInt8(ascii: "\\"), UInt8(ascii: "f")]
      case 0x0A: out += [UInt8(ascii: "\\"), UInt8(ascii: "n")]
      case 0x0D: out += [UInt8(ascii: "\\"), UInt8(ascii: "r")]
      case 0x09: out += [UInt8(ascii: "\\"), UInt8(ascii: "t")]
      case 0..<0x20:
        out += [
          UInt8(ascii: "\\"), UInt8(ascii: "u"), UInt8(ascii: "0"), UInt8(ascii: "0"), hexDigits[Int(byte >> 4)],
          hexDigits[Int(byte & 0x0F)],
        ]
      default: out.append(byte)
      }
    }
    out.append(UInt8(ascii: "\""))
  }
}
