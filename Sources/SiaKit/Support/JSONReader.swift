/// Strict JSON (RFC 8259) read straight from UTF-8 bytes into a `JSONValue`.
///
/// Hand-written because `sia verify` reads the structured block of every declaration it
/// is given, and Foundation's readers cost too much for that: on a declaration's block
/// (3 KB), `JSONDecoder` into `JSONValue` takes 2.5 M instructions, more than twice the
/// Ed25519 check, and `JSONSerialization` 0.43 M into an untyped `Any` tree (where
/// `true` and `1` read as each other), against 0.23 M here. Its input is hostile (a
/// tampered declaration is the threat `verify` exists for), so it never traps, recurses
/// at most `maxDepth` levels, and is stricter than `JSONDecoder`, never more lenient:
/// whatever it accepts, `JSONDecoder` decodes to the same `JSONValue` (the `json-reader`
/// fuzz target checks exactly that). Refused where `JSONDecoder` is lenient: a
/// byte-order mark, trailing commas, a number with a fraction or an exponent (sia
/// documents hold integers only, see `JSONValue`), and duplicate object keys —
/// `JSONDecoder` keeps the first, `JSONSerialization` the last, so a document showing
/// one value to sia and another to a registry is refused outright.
public enum JSONReader {
  /// Nesting limit: sia's documents nest 4 levels; a hostile one must not exhaust the stack.
  public static let maxDepth = 64

  public struct Failure: Error, Equatable, CustomStringConvertible {
    /// Byte offset where reading stopped.
    public var offset: Int
    public var reason: String
    public var description: String { "invalid JSON at byte \(offset): \(reason)" }
  }

  public static func parse<Bytes: Sequence>(_ bytes: Bytes) throws -> JSONValue where Bytes.Element == UInt8 {
    if let result = try bytes.withContiguousStorageIfAvailable({ try parse(buffer: $0) }) { return result }
    return try Array(bytes).withUnsafeBufferPointer { try parse(buffer: $0) }
  }

  public static func parse(_ text: String) throws -> JSONValue {
    var text = text
    return try text.withUTF8 { try parse(buffer: $0) }
  }

  static func parse(buffer: UnsafeBufferPointer<UInt8>) throws -> JSONValue {
    var reader = Reader(bytes: buffer)
    reader.skipWhitespace()
    let value = try reader.value(depth: 0)
    reader.skipWhitespace()
    guard reader.index == buffer.count else { throw reader.failure("unexpected text after the value") }
    return value
  }

  /// The cursor; `index` only grows, every read is bounds-checked first.
  struct Reader {
    let bytes: UnsafeBufferPointer<UInt8>
    var index = 0

    init(bytes: UnsafeBufferPointer<UInt8>) { self.bytes = bytes }

    func failure(_ reason: String) -> Failure { Failure(offset: index, reason: reason) }

    var atEnd: Bool { index >= bytes.count }

    mutating func skipWhitespace() {
      while index < bytes.count {
        switch bytes[index] {
        case 0x20, 0x09, 0x0A, 0x0D: index += 1
        default: return
        }
      }
    }

    mutating func value(depth: Int) throws -> JSONValue {
      guard !atEnd else { throw failure("a value is missing") }
      switch bytes[index] {
      case UInt8(ascii: "{"): return try object(depth: depth + 1)
      case UInt8(ascii: "["): return try array(depth: depth + 1)
      case UInt8(ascii: "\""): return .string(try string())
      case UInt8(ascii: "t"): try literal("true"); return .bool(true)
      case UInt8(ascii: "f"): try literal("false"); return .bool(false)
      case UInt8(ascii: "n"): try literal("null"); return .null
      case UInt8(ascii: "-"), UInt8(ascii: "0")...UInt8(ascii: "9"): return .int(try integer())
      default: throw failure("not a JSON value")
      }
    }

    mutating func literal(_ word: StaticString) throws {
      let count = word.utf8CodeUnitCount
      guard bytes.count - index >= count else { throw failure("truncated literal") }
      for offset in 0..<count where bytes[index + offset] != word.utf8Start[offset] {
        throw failure("not a JSON value")
      }
      index += count
    }

    mutating func object(depth: Int) throws -> JSONValue {
      guard depth <= JSONReader.maxDepth else { throw failure("nested too deeply") }
      index += 1  // `{`
      var members: [String: JSONValue] = [:]
      skipWhitespace()
      if !atEnd, bytes[index] == UInt8(ascii: "}") {
        index += 1
        return .object(members)
      }
      while true {
        skipWhitespace()
        guard !atEnd, bytes[index] == UInt8(ascii: "\"") else { throw failure("an object key must be a string") }
        let keyOffset = index
        let key = try string()
        skipWhitespace()
        guard !atEnd, bytes[index] == UInt8(ascii: ":") else { throw failure("':' expected after an object key") }
        index += 1
        skipWhitespace()
        let member = try value(depth: depth)
        // Swift compares keys by canonical equivalence, so `é` and `e\u0301` collide too.
        guard members.updateValue(member, forKey: key) == nil else {
          throw Failure(offset: keyOffset, reason: "duplicate object key")
        }
        skipWhitespace()
        guard !atEnd else { throw failure("unterminated object") }
        switch bytes[index] {
        case UInt8(ascii: ","): index += 1
        case UInt8(ascii: "}"):
          index += 1
          return .object(members)
        default: throw failure("',' or '}' expected in an object")
        }
      }
    }

    mutating func array(depth: Int) throws -> JSONValue {
      guard depth <= JSONReader.maxDepth else { throw failure("nested too deeply") }
      index += 1  // `[`
      var items: [JSONValue] = []
      skipWhitespace()
      if !atEnd, bytes[index] == UInt8(ascii: "]") {
        index += 1
        return .array(items)
      }
      while true {
        skipWhitespace()
        items.append(try value(depth: depth))
        skipWhitespace()
        guard !atEnd else { throw failure("unterminated array") }
        switch bytes[index] {
        case UInt8(ascii: ","): index += 1
        case UInt8(ascii: "]"):
          index += 1
          return .array(items)
        default: throw failure("',' or ']' expected in an array")
        }
      }
    }

    /// `-?(0|[1-9][0-9]*)` within `Int`; a fraction or an exponent is refused.
    mutating func integer() throws -> Int {
      let negative = bytes[index] == UInt8(ascii: "-")
      if negative { index += 1 }
      guard !atEnd, (UInt8(ascii: "0")...UInt8(ascii: "9")).contains(bytes[index]) else {
        throw failure("a digit is expected")
      }
      var magnitude: UInt64 = 0
      if bytes[index] == UInt8(ascii: "0") {
        index += 1
      } else {
        while !atEnd, (UInt8(ascii: "0")...UInt8(ascii: "9")).contains(bytes[index]) {
          let (times, overflow1) = magnitude.multipliedReportingOverflow(by: 10)
          let (plus, overflow2) = times.addingReportingOverflow(UInt64(bytes[index] - UInt8(ascii: "0")))
          guard !overflow1, !overflow2 else { throw failure("integer out of range") }
          magnitude = plus
          index += 1
        }
      }
      if !atEnd, bytes[index] == UInt8(ascii: ".") || bytes[index] | 0x20 == UInt8(ascii: "e") {
        throw failure("only integers are allowed")
      }
      if !atEnd, (UInt8(ascii: "0")...UInt8(ascii: "9")).contains(bytes[index]) {
        throw failure("leading zeros are not allowed")
      }
      if negative {
        guard magnitude <= UInt64(Int.max) + 1 else { throw failure("integer out of range") }
        return magnitude == UInt64(Int.max) + 1 ? Int.min : -Int(magnitude)
      }
      guard magnitude <= UInt64(Int.max) else { throw failure("integer out of range") }
      return Int(magnitude)
    }

    /// A string from its opening quote; the bytes must be valid UTF-8, control
    /// characters escaped, `\u` surrogates paired.
    mutating func string() throws -> String {
      index += 1  // `"`
      let start = index
      // Fast path: no escape, the text is the bytes themselves.
      while index < bytes.count {
        let byte = bytes[index]
        if byte == UInt8(ascii: "\"") {
          let text = try Reader.text(UnsafeBufferPointer(rebasing: bytes[start..<index]), at: start)
          index += 1
          return text
        }
        if byte == UInt8(ascii: "\\") { break }
        guard byte >= 0x20 else { throw failure("unescaped control character in a string") }
        index += 1
      }
      var decoded = Array(bytes[start..<index])
      while true {
        guard index < bytes.count else { throw failure("unterminated string") }
        let byte = bytes[index]
        switch byte {
        case UInt8(ascii: "\""):
          index += 1
          return try decoded.withUnsafeBufferPointer { try Reader.text($0, at: start) }
        case UInt8(ascii: "\\"):
          index += 1
          try escape(into: &decoded)
        default:
          guard byte >= 0x20 else { throw failure("unescaped control character in a string") }
          decoded.append(byte)
          index += 1
        }
      }
    }

    static func text(_ utf8: UnsafeBufferPointer<UInt8>, at offset: Int) throws -> String {
      guard let text = String(validUTF8: utf8) else {
        throw Failure(offset: offset, reason: "a string is not valid UTF-8")
      }
      return text
    }

    /// One escape, after its backslash.
    mutating func escape(into decoded: inout [UInt8]) throws {
      guard !atEnd else { throw failure("unterminated escape") }
      let byte = bytes[index]
      index += 1
      switch byte {
      case UInt8(ascii: "\""), UInt8(ascii: "\\"), UInt8(ascii: "/"): decoded.append(byte)
      case UInt8(ascii: "b"): decoded.append(0x08)
      case UInt8(ascii: "f"): decoded.append(0x0C)
      case UInt8(ascii: "n"): decoded.append(0x0A)
      case UInt8(ascii: "r"): decoded.append(0x0D)
      case UInt8(ascii: "t"): decoded.append(0x09)
      case UInt8(ascii: "u"):
        var scalar = UInt32(try hex4())
        if (0xD800...0xDBFF).contains(scalar) {
          guard bytes.count - index >= 2, bytes[index] == UInt8(ascii: "\\"), bytes[index + 1] == UInt8(ascii: "u")
          else {
            throw failure("unpaired surrogate")
          }
          index += 2
          let low = UInt32(try hex4())
          guard (0xDC00...0xDFFF).contains(low) else { throw failure("unpaired surrogate") }
          scalar = 0x10000 + ((scalar - 0xD800) << 10) + (low - 0xDC00)
        } else if (0xDC00...0xDFFF).contains(scalar) {
          throw failure("unpaired surrogate")
        }
        guard let unicode = Unicode.Scalar(scalar) else { throw failure("invalid \\u escape") }
        UTF8.encode(unicode) { decoded.append($0) }
      default:
        throw failure("invalid escape")
      }
    }

    mutating func hex4() throws -> UInt16 {
      guard bytes.count - index >= 4 else { throw failure("truncated \\u escape") }
      var value: UInt16 = 0
      for _ in 0..<4 {
        let byte = bytes[index]
        let digit: UInt8
        switch byte {
        case UInt8(ascii: "0")...UInt8(ascii: "9"): digit = byte - UInt8(ascii: "0")
        case UInt8(ascii: "a")...UInt8(ascii: "f"): digit = byte - UInt8(ascii: "a") + 10
        case UInt8(ascii: "A")...UInt8(ascii: "F"): digit = byte - UInt8(ascii: "A") + 10
        default: throw failure("invalid \\u escape")
        }
        value = value << 4 | UInt16(digit)
        index += 1
      }
      return value
    }
  }
}
